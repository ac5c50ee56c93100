import KioskConfig
import Terminal

/// Ctrl-] then the staff code and Enter leaves the kiosk; Esc, any other
/// key or a wrong code cancels quietly. It owns the digits being typed and
/// the count of wrong codes, which outlives the visit (`KioskApp.handover`).
public struct StaffExit: Hashable, Sendable {
  /// Digits typed after Ctrl-]; nil when not typing.
  public private(set) var code: String?
  public internal(set) var pinGuard = PINGuard()

  /// Takes the key while a code is typed (or Ctrl-] starts one, when a
  /// staff code is configured); nil leaves the key to the screens.
  mutating func handle(_ key: Key, configured: Bool, now: Instant) -> [Effect]? {
    if key == .control("]"), configured {
      code = ""
      return []
    }
    guard var typed = code else { return nil }
    switch key {
    case let .char(c) where c.isASCII && c.isNumber:
      typed.append(c)
      code = String(typed.suffix(32))
      return []
    case .enter:
      code = nil
      guard PINHash.isWellFormed(typed), !pinGuard.isLocked(at: now) else { return [] }
      return [.checkPIN(.staffExit, typed)]
    default:
      code = nil
      return []
    }
  }

  /// The answer for the code typed: leave, or count one more wrong code.
  mutating func checked(_ matched: Bool, now: Instant) -> [Effect] {
    guard matched else {
      _ = pinGuard.failed(at: now)
      return []
    }
    pinGuard.succeeded()
    return [.exitKiosk]
  }

  /// A wipe drops a code being typed; the count stays.
  mutating func cancel() { code = nil }
}
