import Journeys
import Obligations
import Terminal
import Wording

/// The ranked deadlines of a journey's answers: what is at risk first, with
/// its word; or a clear reassurance.
enum RiskListScreen {
  enum Extra: CaseIterable { case sanctions, print, home }

  static func all(_ a: RiskAssessment) -> [Risk] { a.risks + a.upcoming }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text(JourneyRegistry.definition(c.session.activeJourney ?? "risk", c).titleKey),
                                title: c.text("risk_list.title"))
    guard let assessment = JourneyRegistry.assessment(c) else { return content }
    let wording = RiskWording(catalog: c.catalog)
    var blocks: [Block] = []
    if assessment.noRiskFound {
      blocks.append(.status(word: c.text("risk_list.ok.word"), text: c.text("risk.none_found"), role: .ok))
    } else {
      blocks.append(.paragraph(c.catalog.count(assessment.risks.count, "risk.count"), Style(.normal, bold: true)))
    }
    var labels = all(assessment).map { risk in
      c.text("risk_list.line", ["status": wording.statusWord(risk.status), "what": wording.headline(risk),
                                "due": c.catalog.longDate(risk.deadline.due)])
    }
    labels += [c.text("risk_list.sanctions"), c.text("action.print"), c.text("calc_result.home")]
    blocks.append(.paragraph(c.text("risk_list.choose")))
    blocks.append(.choices(labels, selected: c.session.selection[.riskList] ?? 0))
    blocks += c.sourceBlocks(all(assessment).map(\.deadline.rule))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard let assessment = JourneyRegistry.assessment(c) else { return .ignored }
    let risks = all(assessment)
    return .choice(key, count: risks.count + Extra.allCases.count, route: .riskList, session: &session) { i, session in
      if i < risks.count {
        session.push(.riskDetail(i))
        return .handled
      }
      switch Extra.allCases[i - risks.count] {
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
/// can help; "why?" shows the count and the source.
enum RiskDetailScreen {
  static func risk(_ index: Int, _ c: ScreenContext) -> Risk? {
    guard let a = JourneyRegistry.assessment(c) else { return nil }
    let risks = RiskListScreen.all(a)
    return risks.indices.contains(index) ? risks[index] : nil
  }

  static func content(_ index: Int, _ c: ScreenContext) -> ScreenContent {
    guard let risk = risk(index, c) else { return ScreenContent(title: c.text("calc_result.missing")) }
    let wording = RiskWording(catalog: c.catalog)
    var content = ScreenContent(journey: c.text("risk_list.title"), title: wording.headline(risk))
    var blocks: [Block] = [
      .status(word: wording.statusWord(risk.status),
              text: c.text("risk.due", ["due": c.catalog.longDate(risk.deadline.due)]),
              role: CalculatorResultScreen.statusRole(risk.status)),
      .paragraph(wording.timeLeft(risk)),
    ]
    blocks += wording.subjectNotes(risk).map { .paragraph($0) }
    blocks.append(.paragraph(wording.consequence(risk)))
    blocks.append(.bullets(risk.rule.actionKeys.map { c.text($0) }))
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

  static func handle(_ index: Int, _ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 2, route: .riskDetail(index), session: &session) { choice, session in
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
    let benefit = c.session.journeys[JourneyRegistry.riskID]?.answers.choice("benefit")
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
      blocks.append(.paragraph(DeadlineWording(catalog: c.catalog).source(scale.source, confidence: scale.confidence),
                               Style(.muted)))
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
