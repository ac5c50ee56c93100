import KioskUI
import Statistics
import Terminal
import Testing

/// The anonymous step events the app emits: which step, what happened,
/// the language and whether a mediator assisted. Never an answer.
@Suite struct FrictionEventTests {
  static func kinds(_ events: [FrictionEvent], step: String) -> [FrictionEvent.Kind] {
    events.filter { $0.step == step }.map(\.kind)
  }
}

extension FrictionEventTests {
  @Test func `a calculator visit: entered, refused, back, help, person, completed`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator)
    #expect(h.recorded.last == FrictionEvent(journey: "calculator", step: "stats.step.calc_event", kind: .entered,
                                             language: "fr", assisted: false))
    h.press(.char("1"), .enter)
    h.type("31/02/2026")
    h.press(.enter)
    #expect(Self.kinds(h.recorded, step: "stats.step.calc_date") == [.entered, .validationError])
    h.press(.char("?"), .escape, .char("*"), .escape)
    #expect(h.recorded.suffix(2).map(\.kind) == [.helpAsked, .personCalled])
    #expect(h.recorded.suffix(2).allSatisfy { $0.step == "stats.step.calc_date" })
    h.press(.escape)  // back to the choice of event
    #expect(h.recorded.contains { $0.kind == .back && $0.step == "stats.step.calc_date" })
    h.press(.char("1"), .enter)
    for _ in 0..<10 { h.press(.backspace) }
    h.type("18/11/2026")
    h.press(.enter)
    #expect(Self.kinds(h.recorded, step: "stats.step.calc_result") == [.entered, .completed])
    // Nothing typed reaches an event.
    #expect(!h.recorded.contains { "\($0)".contains("18/11") || "\($0)".contains("31/02") })
  }

  @Test func `the idle wipe counts an abandon on the step left, in the visit's language, assisted or not`() {
    var h = Harness()
    h.toHome(language: 2)
    h.press(Home.document, .char("1"))
    h.wait(200)
    #expect(h.effects == [.wipeScreen])
    #expect(h.recorded.last == FrictionEvent(journey: "document", step: "stats.step.doc_visible",
                                             kind: .abandonedByTimeout, language: "en", assisted: false))
    // With a mediator, the same events say "assisted".
    h.toHome()
    MediatorModeTests.assisted(&h)
    h.press(.escape, Home.document)
    #expect(h.recorded.last?.assisted == true)
    #expect(h.recorded.last?.kind == .entered)
  }

  @Test func `a journey question counts under its summary, the check page under its title`() {
    var h = Harness()
    h.toHome()
    h.press(Home.risk)
    #expect(h.recorded.last?.step == "risk.s.benefit")  // the first question, under its summary
    h.press(Array(JourneyScreenTests.riskAnswers.dropFirst()))
    #expect(h.recorded.last?.step == "check.title")
    h.press(.enter)
    #expect(Self.kinds(h.recorded, step: "stats.step.risk_list") == [.entered, .completed])
  }

  @Test func `finishing a journey and walking away is not an abandon`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/11/2026")
    h.press(.enter)
    h.wait(200)
    #expect(h.effects == [.wipeScreen])
    #expect(!h.recorded.contains { $0.kind == .abandonedByTimeout })
  }
}

extension FrictionEventTests {
  @Test func `coming back to a finished journey's result does not count it finished twice`() {
    var h = Harness()
    h.toHome()
    h.press(JourneyScreenTests.riskAnswers + [.enter])
    // Back to the home menu (Esc goes back one question at a time), then the
    // journey again: its check page, then the same result.
    for _ in 0..<30 where h.route != .home { h.press(.escape) }
    #expect(h.route == .home)
    h.press(Home.risk)
    for _ in 0..<30 where !h.plain.contains("Vérifiez vos réponses") { h.press(.enter) }
    h.press(.enter)
    #expect(h.route == .riskList)
    let finished = h.recorded.filter { $0.journey == "risk" && $0.kind == .completed }
    let started = h.recorded.filter { $0.journey == "risk" && $0.kind == .entered && $0.step == "risk.s.benefit" }
    #expect(finished.count == 1)
    #expect(finished.count <= started.count)
  }
}

extension FrictionEventTests {
  /// The statistics ids are stored in the journal: "declare" is the monthly
  /// declaration's, whatever the code calls it.
  @Test func `a declaration visit's keys give exactly these events`() {
    var h = Harness()
    h.toHome()
    h.press(Home.declare, .char("?"), .escape, .char("1"), .escape, .escape)
    func event(_ step: String, _ kind: FrictionEvent.Kind, journey: String = "declare") -> FrictionEvent {
      FrictionEvent(journey: journey, step: step, kind: kind, language: "fr", assisted: false)
    }
    #expect(h.recorded == [
      event("stats.step.declaration_intro", .entered),
      event("stats.step.declaration_intro", .helpAsked),
      event("monthly.s.looking", .entered),
      event("monthly.s.looking", .back),
      event("stats.step.declaration_intro", .back),
    ])
    h.press(.char("*"))
    #expect(h.recorded.last == event("stats.step.home", .personCalled, journey: "kiosk"))
  }
}
