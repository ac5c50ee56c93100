import KioskConfig
import Terminal

/// The mediator's PIN: opening its screen, the digits typed, the answer of
/// the check, and the lock after five wrong PINs. The count outlives the
/// visit (`KioskApp.handover`), so ending a visit does not reset it; the
/// digits live in the session (`MediatorSession`), wiped with it.
public struct MediatorPIN: Hashable, Sendable {
  public internal(set) var pinGuard = PINGuard()

  /// The mediator key: the menu when the mode is on, else the PIN screen.
  func open(_ session: inout SessionState, configured: Bool, now: Instant) {
    guard configured else { return }
    if session.mediator.active {
      if session.route != .mediatorMenu { session.push(.mediatorMenu) }
      return
    }
    guard session.route != .mediatorPIN, session.route != .mediatorConsent else { return }
    session.mediator.pinDigits = ""
    session.mediator.pinProblem = pinGuard.isLocked(at: now) ? pinGuard.lockedUntil.map { .locked(until: $0) } : nil
    session.push(.mediatorPIN)
  }

  /// Digits, Backspace and Enter on the PIN screen; other keys are global
  /// (Esc goes back, the help key opens help).
  func handle(_ key: Key, _ session: inout SessionState, now: Instant) -> ScreenOutcome {
    if session.mediator.pinChecking {
      return key == .escape ? .ignored : .handled
    }
    if pinGuard.isLocked(at: now), let until = pinGuard.lockedUntil {
      session.mediator.pinProblem = .locked(until: until)
      session.mediator.pinDigits = ""
      if key == .enter { return .handled }
      if case let .char(c) = key, c.isNumber { return .handled }
      return .ignored
    }
    switch key {
    case let .char(c) where c.isASCII && c.isNumber:
      if session.mediator.pinDigits.count < PINHash.digits.upperBound { session.mediator.pinDigits.append(c) }
      return .handled
    case .backspace where !session.mediator.pinDigits.isEmpty:
      session.mediator.pinDigits.removeLast()
      return .handled
    case .enter:
      let typed = session.mediator.pinDigits
      session.mediator.pinDigits = ""
      guard PINHash.isWellFormed(typed) else {
        session.mediator.pinProblem = .tooShort
        return .handled
      }
      session.mediator.pinChecking = true
      return .effects([.checkPIN(.mediator, typed)])
    default:
      return .ignored
    }
  }

  /// The answer for the PIN typed on the mediator screen. A wrong PIN
  /// counts even when the screen was left meanwhile (Esc cannot dodge the
  /// lock); only the screen still waiting moves on.
  mutating func checked(_ matched: Bool, _ session: inout SessionState, now: Instant) {
    let waiting = session.route == .mediatorPIN && session.mediator.pinChecking
    session.mediator.pinChecking = false
    guard matched else {
      let left = pinGuard.failed(at: now)
      if waiting {
        session.mediator.pinProblem = left.map { .wrong(attemptsLeft: $0) } ?? pinGuard.lockedUntil.map { .locked(until: $0) }
      }
      return
    }
    pinGuard.succeeded()
    guard waiting else { return }
    session.mediator.pinProblem = nil
    session.back()
    if session.mediator.consented {
      session.mediator.active = true
      session.push(.mediatorMenu)
    } else {
      session.push(.mediatorConsent)
    }
  }
}
