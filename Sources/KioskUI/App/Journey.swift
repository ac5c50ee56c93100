import Journeys
import Obligations

/// Every journey the kiosk offers, and everything the kiosk knows about
/// each one, in one place. Adding a journey is adding a case here (with its
/// definition and its texts): every switch below is exhaustive, so the
/// compiler lists what is left to say about it (docs/architecture.md).
public enum Journey: String, CaseIterable, Hashable, Sendable {
  /// The cases are in the home menu's order, which the mediator overview follows.
  case declaration = "declare"
  case risk
  case document
  case appointment
  case calculator

  /// The journey's id in the statistics (`FrictionEvent.journey`, the
  /// journal's counters, `kiosk stats`). Counters already stored use these
  /// spellings: changing one splits a journey's history in two.
  public var id: String { rawValue }

  /// Where a person is outside every journey, in the statistics (help and
  /// "talk to a person" asked from the home menu).
  static let outsideID = "kiosk"

  /// Its name above its questions, in the mediator overview and in the report.
  var titleKey: String {
    switch self {
    case .declaration: return "monthly.journey"
    case .risk: return "risk.journey"
    case .document: return "doc.journey"
    case .appointment: return "checklists.journey"
    case .calculator: return "calc.journey"
    }
  }

  /// Its line in the home menu.
  var homeKey: String {
    switch self {
    case .declaration: return "home.declare"
    case .risk: return "home.risk"
    case .document: return "home.document"
    case .appointment: return "home.appointment"
    case .calculator: return "home.calculator"
    }
  }

  /// Its entries in the home menu, in order. The monthly window is the
  /// calculator's answer for the most asked deadline, listed just before it.
  var homeEntries: [HomeScreen.Item] {
    switch self {
    case .declaration, .risk, .document, .appointment: return [.journey(self)]
    case .calculator: return [.monthlyWindow, .journey(self)]
    }
  }

  /// Entering this step starts the journey (the report's "started").
  public var firstStep: String {
    switch self {
    case .declaration: return "stats.step.declaration_intro"
    case .risk: return "risk.s.benefit"
    case .document: return "stats.step.doc_type"
    case .appointment: return "stats.step.checklists"
    case .calculator: return "stats.step.calc_event"
    }
  }

  /// Reaching this step is finishing the journey.
  var lastStep: String {
    switch self {
    case .declaration: return "stats.step.declaration_result"
    case .risk: return "stats.step.risk_list"
    case .document: return "stats.step.doc_receipt"
    case .appointment: return "stats.step.checklist"
    case .calculator: return "stats.step.calc_result"
    }
  }

  /// A journey asked one question at a time (`JourneyScreen`): its
  /// questions, built for today and this kiosk, and the screen its check
  /// page leads to. nil for a journey made of screens of its own.
  func questions(_ c: ScreenContext) -> QuestionFlow? {
    switch self {
    case .declaration:
      return QuestionFlow(definition: JourneyRegistry.monthly(c), result: .declarationResult)
    case .risk:
      return QuestionFlow(definition: RiskCheckJourney(calendar: c.config.ruleBook.declarationCalendar,
                                                       department: c.config.site.department.code),
                          result: .riskList)
    case .document, .appointment, .calculator:
      return nil
    }
  }

  /// What choosing the journey on the home menu does.
  func start(_ session: inout SessionState, _ c: ScreenContext) {
    switch self {
    case .declaration: session.push(.declarationIntro)
    case .risk: JourneyRegistry.open(self, &session, c)
    case .document: DocumentFlow.start(&session)
    case .appointment: session.push(.checklists)
    case .calculator: session.push(.calculatorEvent)
    }
  }

  /// The journey a screen belongs to, for the statistics; nil outside any.
  static func of(_ route: Route, in session: SessionState) -> Journey? {
    switch route {
    case .journey, .riskList, .riskDetail, .riskWhy, .sanctions:
      // The questions and the deadlines they lead to: the declaration's or the risk check's.
      return session.activeJourney
    case .declarationIntro, .declarationResult, .documents: return .declaration
    case .docType, .docVisible, .docSource, .docScan, .docPage, .docUSB, .docFile, .docCheck, .docPages, .docReceipt:
      return .document
    case .checklists, .checklist: return .appointment
    case .calculatorEvent, .calculatorDate, .calculatorResult, .calculatorWhy, .calculatorTodo:
      // The monthly window (home menu) opens a result directly: not the calculator.
      return session.stack.contains(.calculatorEvent) ? .calculator : nil
    case .start, .language, .home, .talkToPerson, .help, .endSession, .printed, .glossary, .mediatorPIN,
      .mediatorConsent, .mediatorMenu, .mediatorAnswers, .mediatorStats, .attestationReason, .attestation:
      return nil
    }
  }
}

/// A journey of questions: what to ask, and where its check page leads.
struct QuestionFlow {
  let definition: any JourneyDefinition
  let result: Route
}
