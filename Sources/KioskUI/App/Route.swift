/// Every screen of the kiosk. The session keeps a stack of them: Esc pops
/// one, so going back never loses an answer (answers live in the session,
/// not in the screens).
public enum Route: Hashable, Sendable {
  case start
  case language
  case home
  case calculatorEvent
  case calculatorDate
  case calculatorResult
  case calculatorWhy
  case calculatorTodo
  case talkToPerson
  case help
  case endSession
  /// What the monthly declaration is, and this month's window.
  case declarationIntro
  /// The active journey: its current question, or its check page.
  case journey
  /// The ranked deadlines of the active journey.
  case riskList
  case riskDetail(Int)
  case riskWhy(Int)
  /// Sanctions in force by status, and how to contest.
  case sanctions
  case declarationResult
  case documents
  /// What happened to the last print.
  case printed
  /// The kinds of appointment to prepare.
  case checklists
  case checklist(Int)
  /// The words to explain (actualisation, radiation…).
  case glossary
  /// Sending a document: its type, what must be visible, where it is.
  case docType
  case docVisible
  case docSource
  /// Scanning a page; showing a page; the files on a stick.
  case docScan
  case docPage(Int)
  case docUSB
  /// A file that cannot be sent, and why.
  case docFile
  /// Check the document; its pages; the receipt.
  case docCheck
  case docPages
  case docReceipt
  /// Mediator mode: the PIN, the person's consent, the mediator's menu,
  /// the answers so far, the kiosk's anonymous statistics.
  case mediatorPIN
  case mediatorConsent
  case mediatorMenu
  case mediatorAnswers
  case mediatorStats
  /// "I could not do it here": what failed; then the dated attestation.
  case attestationReason
  case attestation

  /// The catalog key prefix of the screen ("screen.home").
  public var key: String {
    switch self {
    case .start: return "start"
    case .language: return "language"
    case .home: return "home"
    case .calculatorEvent: return "calc_event"
    case .calculatorDate: return "calc_date"
    case .calculatorResult: return "calc_result"
    case .calculatorWhy: return "calc_why"
    case .calculatorTodo: return "calc_todo"
    case .talkToPerson: return "person"
    case .help: return "help"
    case .endSession: return "end"
    case .declarationIntro: return "declaration_intro"
    case .journey: return "journey"
    case .riskList: return "risk_list"
    case .riskDetail: return "risk_detail"
    case .riskWhy: return "calc_why"
    case .sanctions: return "sanctions"
    case .declarationResult: return "declaration_result"
    case .documents: return "documents"
    case .printed: return "printed"
    case .checklists: return "checklists"
    case .checklist: return "checklist"
    case .glossary: return "glossary"
    case .docType: return "doc_type"
    case .docVisible: return "doc_visible"
    case .docSource: return "doc_source"
    case .docScan: return "doc_scan"
    case .docPage: return "doc_page"
    case .docUSB: return "doc_usb"
    case .docFile: return "doc_file"
    case .docCheck: return "doc_check"
    case .docPages: return "doc_pages"
    case .docReceipt: return "doc_receipt"
    case .mediatorPIN: return "mediator_pin"
    case .mediatorConsent: return "mediator_consent"
    case .mediatorMenu: return "mediator_menu"
    case .mediatorAnswers: return "mediator_answers"
    case .mediatorStats: return "mediator_stats"
    case .attestationReason: return "attestation_reason"
    case .attestation: return "attestation"
    }
  }
}
