/// The top of every screen of the document journey: its name and the step.
enum DocumentHeader {
  /// Progress shown at the top: type, what must show, where, pages, check.
  static let steps = 5

  /// Each screen a step of its own, but the capture screens, which are
  /// one step taken as many times as there are pages.
  static func step(_ route: Route) -> Int? {
    switch route {
    case .docType: return 1
    case .docVisible: return 2
    case .docSource: return 3
    case .docScan, .docPage, .docUSB, .docFile, .docPages: return 4
    case .docCheck: return 5
    case .docReceipt, .start, .language, .home, .calculatorEvent, .calculatorDate, .calculatorResult, .calculatorWhy,
      .calculatorTodo, .talkToPerson, .help, .endSession, .declarationIntro, .journey, .riskList, .riskDetail, .riskWhy,
      .sanctions, .declarationResult, .documents, .printed, .checklists, .checklist, .glossary, .mediatorPIN,
      .mediatorConsent, .mediatorMenu, .mediatorAnswers, .mediatorStats, .attestationReason, .attestation:
      return nil
    }
  }

  static func content(_ c: ScreenContext, title: String) -> ScreenContent {
    let progress = step(c.session.route).map { c.text("doc.step", ["step": String($0), "total": String(steps)]) }
    return ScreenContent(journey: c.text(Journey.document.titleKey), progress: progress, title: title)
  }
}
