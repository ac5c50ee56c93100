import Journeys
import Obligations
import Statistics
import WorkingDays

/// Everything one person's visit holds. Wiping a session replaces this with
/// a fresh value: nothing of it survives for the next person.
public struct SessionState: Hashable, Sendable {
  /// The language the screen shows.
  public var language: String
  /// A language chosen for speech only (Arabic: the console cannot show
  /// it): the screens are spoken with its catalog while they show in
  /// `language`. nil: speech follows the screen.
  public var spokenLanguage: String?
  /// The person chose the screen's language on the language screen in this
  /// visit: choosing a spoken-only language after it keeps it.
  public var displayLanguageChosen = false
  /// The screens visited; the last is shown.
  public var stack: [Route] = [.start]
  /// The highlighted choice on each screen.
  public var selection: [Route: Int] = [:]
  /// On a list of ten choices or more, a first digit that may start a
  /// two-digit number ("1" of "15"): it highlights its choice and waits for
  /// a second digit or Enter.
  public var pendingDigit: PendingDigit?
  /// Journeys already counted as finished in this visit, by statistics id.
  public var completedJourneys: Set<String> = []
  /// How far each screen's body is scrolled.
  public var scroll: [Route: Int] = [:]
  public var calculator = CalculatorAnswers()
  /// What happened to the last call to staff, if any.
  public var staffCall: StaffCallStatus = .notCalled
  /// Each journey's answers: leaving a journey and coming back finds them
  /// again.
  public var journeys: [Journey: JourneyProgress] = [:]
  /// The journey the journey screens show.
  public var activeJourney: Journey?
  public var print: PrintStatus = .none
  /// Sheets sent to the printer whose outcome has not come back yet.
  public var printsInFlight = 0
  /// The references of the sheets kept for staff during this visit.
  public var keptReferences: [String] = []
  /// The visit ends once every sheet sent is out ("print the handout, then
  /// wipe everything", or the end asked while a sheet prints): the
  /// reference of a kept sheet is shown first, until a key is pressed.
  public var endsAfterPrint = false
  /// What was ticked in each appointment checklist, by checklist id.
  public var checklistTicks: [String: ChecklistInput.State] = [:]
  /// The document being sent.
  public var document = DocumentDraft()
  /// Mediator mode for this visit: consent, and whether it is on.
  public var mediator = MediatorSession()
  /// The statistics report, when a mediator opened it.
  public var statistics: StatisticsView = .notLoaded
  /// The attestation that the person tried, when one is asked.
  public var attestation = AttestationDraft()
  /// The person turned speech on (key = or F5): each screen is read aloud
  /// for the rest of the visit. A wipe turns it off (EN 301 549 5.1.3.13).
  public var speechOn = false

  public init(language: String) { self.language = language }

  public var route: Route { stack.last ?? .start }

  /// The language the screens are spoken in.
  public var speechLanguage: String { spokenLanguage ?? language }

  /// A screen pushed opens at its top (its title and first lines in
  /// sight); the first key that moves its highlight brings that in sight.
  public mutating func push(_ route: Route) {
    pendingDigit = nil
    if stack.last != route {
      stack.append(route)
      scroll[route] = 0
    }
  }

  /// Goes one screen back; the start screen has nothing before it.
  public mutating func back() {
    pendingDigit = nil
    if stack.count > 1 { stack.removeLast() }
  }

  /// Goes back to `route` when it is on the stack (dropping what is above
  /// it), else opens it: loops (check → add a page → check) do not pile up.
  public mutating func reveal(_ route: Route) {
    if let index = stack.lastIndex(of: route) { stack.removeSubrange((index + 1)...) } else { stack.append(route) }
  }

  /// Back to the home menu, keeping the stack's root.
  public mutating func goHome() {
    pendingDigit = nil
    stack = [.start, .language, .home]
  }
}

/// The deadline calculator's answers: kept when the person goes back.
public struct CalculatorAnswers: Hashable, Sendable {
  /// The rule chosen on the first step.
  public var ruleID: String?
  /// What the person typed, exactly, even when wrong.
  public var dateText = ""
  /// Why the typed date was refused.
  public var dateProblem: InputProblem?
  public var date: CivilDate?
}

public enum StaffCallStatus: Hashable, Sendable {
  case notCalled
  case calling
  case called
  case failed
}

/// Where the last printed sheet is.
public enum PrintStatus: Hashable, Sendable {
  case none
  case printing
  case printed
  /// No printer, or it failed: the sheet was kept for staff under this
  /// reference.
  case keptForStaff(reference: String)
  /// Neither printed nor kept: say so, never pretend.
  case failed
}

/// A mediator beside the person, for this visit only: a new visit starts
/// without it.
public struct MediatorSession: Hashable, Sendable {
  /// The person agreed to be helped (asked once, at the start).
  public var consented = false
  /// Mediator mode is on: the badge, the sources, the mediator menu.
  public var active = false
  /// The digits typed on the PIN screen (shown as dots; never kept).
  public var pinDigits = ""
  /// Why the last PIN was refused.
  public var pinProblem: PINProblem?
  /// A typed PIN is being checked: keys wait for the answer.
  public var pinChecking = false
  /// Minutes the mediator added to the idle timeout.
  public var extraMinutes = 0
  /// The mediator paused the idle timeout.
  public var idlePaused = false

  /// The mediator hands control back: everything of the mode is hidden
  /// and the timeout is the usual one again (see `KioskApp.idleAllowance`).
  /// Consent stays for the visit.
  public mutating func leave() {
    active = false
    extraMinutes = 0
    idlePaused = false
  }

  public enum PINProblem: Hashable, Sendable {
    case wrong(attemptsLeft: Int)
    case tooShort
    /// Too many wrong PINs: the mode is closed until this instant.
    case locked(until: Instant)
  }
}

/// The statistics report as the mediator screen shows it.
public enum StatisticsView: Hashable, Sendable {
  case notLoaded
  case loading
  case loaded(FrictionReport)
  /// The journal could not be read.
  case unavailable
}

/// The first digit of a two-digit choice, on the screen it was typed on.
public struct PendingDigit: Hashable, Sendable {
  public let route: Route
  public let digit: Int
}
