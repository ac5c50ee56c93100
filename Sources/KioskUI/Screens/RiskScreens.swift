import Journeys
import Obligations
import Terminal
import Wording

/// The answer to "am I at risk?" in one sentence, then the ranked
/// deadlines (what is late first, with its word) and the rules to know.
enum RiskListScreen {
  enum Extra: CaseIterable { case sanctions, print, home }

  static func all(_ a: RiskAssessment) -> [Risk] { a.risks + a.upcoming }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.session.activeJourney.map { c.text($0.titleKey) },
                                title: c.text("risk_list.title"))
    guard let assessment = JourneyRegistry.assessment(c) else { return content }
    let wording = c.riskWording
    var blocks: [Block] = [
      .status(word: c.text(assessment.atRisk ? "risk_list.risk.word" : "risk_list.ok.word"),
              text: wording.answer(assessment), role: assessment.atRisk ? .danger : .ok),
    ]
    if let counts = wording.counts(assessment) { blocks.append(.paragraph(counts, Style(.normal, bold: true))) }
    var labels = all(assessment).map { risk in
      c.text("risk_list.line", ["status": wording.statusWord(risk.status), "what": wording.headline(risk),
                                "due": c.catalog.longDate(risk.deadline.due)])
    }
    labels += assessment.explanations.map {
      c.text("risk_list.info_line", ["status": c.text("status.info"), "what": wording.deadlines.title($0.rule)])
    }
    labels += [c.text("risk_list.sanctions"), c.text("action.print"), c.text("calc_result.home")]
    blocks.append(.paragraph(c.text("risk_list.choose")))
    blocks.append(.choices(labels, selected: c.session.selection[.riskList] ?? 0))
    blocks += c.sourceBlocks(all(assessment).map(\.deadline.rule) + assessment.explanations.map(\.rule))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard let assessment = JourneyRegistry.assessment(c) else { return .ignored }
    let items = all(assessment).count + assessment.explanations.count
    return .choice(key, count: items + Extra.allCases.count, route: .riskList, session: &session) { i, session in
      if i < items {
        session.push(.riskDetail(i))
        return .handled
      }
      switch Extra.allCases[i - items] {
      case .sanctions: session.push(.sanctions)
      case .print:
        session.print = .printing
        session.push(.printed)
        return .effects([.print(PrintSheets.risks(assessment, c))])
      case .home: session.goHome()
      }
      return .handled
    }
  }
}

/// One deadline: when, how close, what happens if missed, what to do, who
/// can help; "why?" shows the count and the source. Indexes past the
/// deadlines show the rules to know, which have no date.
enum RiskDetailScreen {
  static func risk(_ index: Int, _ c: ScreenContext) -> Risk? {
    guard let a = JourneyRegistry.assessment(c) else { return nil }
    let risks = RiskListScreen.all(a)
    return risks.indices.contains(index) ? risks[index] : nil
  }

  static func explanation(_ index: Int, _ c: ScreenContext) -> Explanation? {
    guard let a = JourneyRegistry.assessment(c) else { return nil }
    let i = index - RiskListScreen.all(a).count
    return a.explanations.indices.contains(i) ? a.explanations[i] : nil
  }

  static func content(_ index: Int, _ c: ScreenContext) -> ScreenContent {
    if let explanation = explanation(index, c) { return content(explanation, index, c) }
    guard let risk = risk(index, c) else { return ScreenContent(title: c.text("calc_result.missing")) }
    let wording = c.riskWording
    var content = ScreenContent(journey: c.text("risk_list.title"), title: wording.headline(risk))
    var blocks: [Block] = [
      .status(word: wording.statusWord(risk.status),
              text: c.text("risk.due", ["due": c.catalog.longDate(risk.deadline.due)]),
              role: CalculatorResultScreen.statusRole(risk.status)),
      .paragraph(wording.timeLeft(risk)),
    ]
    blocks += wording.subjectNotes(risk).map { .paragraph($0) }
    blocks.append(.paragraph(wording.consequence(risk)))
    blocks.append(.bullets(wording.actions(risk)))
    if risk.rule.confidence != .high {
      blocks.append(.paragraph(c.text("note.confidence.\(risk.rule.confidence.rawValue)"), Style(.warning, bold: true)))
    }
    blocks.append(.paragraph(c.text("risk_detail.help_title"), Style(.normal, bold: true)))
    blocks.append(.paragraph(c.config.site.helpText[c.session.language] ?? ""))
    blocks += c.sourceBlocks([risk.deadline.rule])
    blocks.append(.choices([c.text("calc_result.why"), c.text("action.back")],
                           selected: c.session.selection[.riskDetail(index)] ?? 0))
    content.blocks = blocks
    return content
  }

  /// A rule to know: what it means and what to do; no date, so no "why?".
  static func content(_ explanation: Explanation, _ index: Int, _ c: ScreenContext) -> ScreenContent {
    let wording = c.riskWording
    var content = ScreenContent(journey: c.text("risk_list.title"), title: wording.deadlines.title(explanation.rule))
    var blocks: [Block] = []
    if case let .jobOfferRefused(times) = explanation.subject {
      blocks.append(.paragraph(c.catalog.count(times, "risk.offers_refused")))
    }
    blocks.append(.paragraph(c.text(explanation.rule.consequenceKey)))
    blocks.append(.bullets(explanation.rule.actionKeys.map { c.text($0) }))
    if explanation.rule.confidence != .high {
      blocks.append(.paragraph(c.text("note.confidence.\(explanation.rule.confidence.rawValue)"),
                               Style(.warning, bold: true)))
    }
    blocks.append(.paragraph(c.text("risk_detail.help_title"), Style(.normal, bold: true)))
    blocks.append(.paragraph(c.config.site.helpText[c.session.language] ?? ""))
    blocks += c.sourceBlocks([explanation.rule])
    blocks.append(.choices([c.text("action.back")], selected: 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ index: Int, _ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    if explanation(index, c) != nil {
      return .choice(key, count: 1, route: .riskDetail(index), session: &session) { _, session in
        session.back()
        return .handled
      }
    }
    return .choice(key, count: 2, route: .riskDetail(index), session: &session) { choice, session in
      if choice == 0 { session.push(.riskWhy(index)) } else { session.back() }
      return .handled
    }
  }

  static func why(_ index: Int, _ c: ScreenContext) -> ScreenContent {
    guard let risk = risk(index, c) else { return ScreenContent(title: c.text("calc_result.missing")) }
    return CalculatorWhyScreen.content(risk.deadline, journey: c.text("risk_list.title"), c)
  }
}

/// The sanctions in force for the person's status, the difference with a
/// cessation d'inscription, and how to contest: from the rules data.
enum SanctionsScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("risk_list.title"), title: c.text("sanctions.title"))
    var blocks: [Block] = [.paragraph(c.text("sanctions.cessation"))]
    let benefit = c.session.journeys[.risk]?.answers.choice("benefit")
      .flatMap(BenefitStatus.init(rawValue:))
    if let scale = c.config.ruleBook.sanctionScale(on: c.today) {
      blocks.append(.paragraph(c.text(scale.titleKey), Style(.normal, bold: true)))
      let statuses = benefit.map { [$0] } ?? BenefitStatus.allCases
      for status in statuses {
        blocks.append(.paragraph(c.text("sanction.title", ["status": c.text("benefit.\(status.rawValue)")])))
        blocks.append(.bullets(scale.steps(for: status).map {
          c.text("sanctions.step", ["when": c.text("occurrence.\($0.occurrence.rawValue)"), "what": c.text($0.measureKey)])
        }))
      }
      if c.mediatorMode {
        blocks.append(.paragraph(DeadlineWording(catalog: c.catalog).source(scale.source, confidence: scale.confidence),
                                 Style(.muted)))
      }
    }
    blocks.append(.paragraph(c.text("sanctions.letter")))
    blocks.append(.paragraph(c.text("sanctions.contest.title"), Style(.normal, bold: true)))
    blocks.append(.bullets([c.text("rule.contest-decision.action.1"), c.text("rule.contest-decision.action.2"),
                            c.text("rule.contest-decision.action.3")]))
    blocks.append(.paragraph(c.text("sanctions.contest.delay")))
    blocks.append(.paragraph(c.text("calc_why.back"), Style(.accent, bold: true)))
    content.blocks = blocks
    return content
  }
}
