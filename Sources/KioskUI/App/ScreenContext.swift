import KioskConfig
import Obligations
import Terminal
import WorkingDays
import Wording

/// What a screen may read to draw itself or handle a key.
public struct ScreenContext {
  public let config: KioskConfiguration
  public let session: SessionState
  public let today: CivilDate
  /// The visit being served: device work a screen asks for carries it, so
  /// an answer that comes back after a wipe is dropped.
  let generation: Int
  public var timeOfDay = TimeOfDay(hour: 0, minute: 0)
  /// The app's clock, for countdowns (a locked PIN).
  public var now = Instant(seconds: 0)
  /// The terminal joins Arabic letters and writes right to left (not the
  /// Linux console): a spoken-only language may show its own name.
  public var showsRightToLeft = false

  public var catalog: Catalog { config.catalog(session.language) }

  func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalog.typeset(key, arguments)
  }

  /// Risk sentences in the person's language, with the desk hours for
  /// "what you can still do today".
  var riskWording: RiskWording {
    RiskWording(catalog: catalog, deskHours: config.site.hours[session.language])
  }

  /// Whether this kiosk can take a document at all (a scanner or sticks).
  var canReceiveDocuments: Bool { canScan || canUseUSB }
  var canScan: Bool { config.site.devices.scanner != nil }
  var canUseUSB: Bool { config.site.devices.usbRoot != nil }

  /// A document type's name in the person's language ("" for none).
  func documentTypeTitle(_ id: String?) -> String {
    id.flatMap { config.documents.type($0) }.map { localized($0.title) } ?? ""
  }

  var calculator: DeadlineCalculator {
    DeadlineCalculator(ruleBook: config.ruleBook, department: config.site.department)
  }
}

/// What a screen did with a key.
enum ScreenOutcome {
  /// Not a key for this screen.
  case ignored
  case handled
  /// Handled, and the outside world must do something.
  case effects([Effect])
}

/// Digits choose directly; arrows and Tab move; Enter confirms. On a list
/// of ten or more, a digit that may start a two-digit number highlights its
/// choice and waits: "1" then "5" chooses 15, "1" then Enter chooses 1.
enum ChoiceInput {
  enum Action { case none, moved(Int), activate(Int), waitForSecondDigit(Int) }

  static func handle(_ key: Key, count: Int, selected: Int, pending: Int? = nil) -> Action {
    guard count > 0 else { return .none }
    switch key {
    case let .char(c):
      guard let n = c.wholeNumberValue, c.isASCII else { return .none }
      if let pending, (1...count).contains(pending * 10 + n) { return .activate(pending * 10 + n - 1) }
      guard (1...count).contains(n) else { return .none }
      return n * 10 <= count ? .waitForSecondDigit(n) : .activate(n - 1)
    case .down, .tab, .right: return .moved((selected + 1) % count)
    case .up, .backTab, .left: return .moved((selected + count - 1) % count)
    case .home: return .moved(0)
    case .end: return .moved(count - 1)
    case .enter: return .activate(min(max(0, selected), count - 1))
    default: return .none
    }
  }
}

extension ScreenOutcome {
  /// A screen whose only choice is "Back": 1 or Enter goes back.
  static func backOnly(_ key: Key, route: Route, session: inout SessionState) -> ScreenOutcome {
    .choice(key, count: 1, route: route, session: &session) { _, session in
      session.selection[route] = nil
      session.back()
      return .handled
    }
  }

  /// Runs a choice screen's key handling: moves the highlight, or calls
  /// `activate` with the chosen index.
  static func choice(
    _ key: Key, count: Int, route: Route, session: inout SessionState,
    activate: (Int, inout SessionState) -> ScreenOutcome
  ) -> ScreenOutcome {
    let pending = session.pendingDigit.flatMap { $0.route == route ? $0.digit : nil }
    session.pendingDigit = nil
    switch ChoiceInput.handle(key, count: count, selected: session.selection[route] ?? 0, pending: pending) {
    case .none: return .ignored
    case let .moved(index):
      session.selection[route] = index
      return .handled
    case let .waitForSecondDigit(digit):
      session.selection[route] = digit - 1
      session.pendingDigit = PendingDigit(route: route, digit: digit)
      return .handled
    case let .activate(index):
      session.selection[route] = index
      return activate(index, &session)
    }
  }
}
