/// The idle timeout (WCAG 2.2.1): after `warningAfter` seconds without a
/// key, a warning with a visible countdown; after `countdown` more seconds,
/// the session is wiped. Any key during the warning continues, as many
/// times as needed.
public struct IdleTimer: Hashable, Sendable {
  public let warningAfter: Double
  public let countdown: Double
  public private(set) var lastActivity: Instant
  /// Times the person chose to continue (for the anonymous statistics).
  public private(set) var extensions = 0
  /// Seconds a mediator added before the warning.
  public private(set) var extraSeconds = 0.0
  /// A mediator paused the timeout: no warning, no wipe.
  public private(set) var paused = false

  public enum Phase: Hashable, Sendable {
    case active
    /// The warning is shown; this many whole seconds remain.
    case warning(secondsLeft: Int)
    case expired
  }

  public init(warningAfter: Double, countdown: Double, now: Instant) {
    self.warningAfter = warningAfter
    self.countdown = countdown
    self.lastActivity = now
  }

  public func phase(at now: Instant) -> Phase {
    if paused { return .active }
    let idle = now.since(lastActivity)
    if idle < warningAfter + extraSeconds { return .active }
    let left = warningAfter + extraSeconds + countdown - idle
    if left <= 0 { return .expired }
    return .warning(secondsLeft: Int(left.rounded(.up)))
  }

  /// A key was pressed.
  public mutating func touch(at now: Instant) {
    if case .warning = phase(at: now) { extensions += 1 }
    lastActivity = now
  }

  /// Mediator mode may lengthen the timeout without limit, or pause it
  /// (WCAG 2.2.1); leaving the mode sets both back.
  public mutating func adjust(extraSeconds: Double, paused: Bool) {
    self.extraSeconds = extraSeconds
    self.paused = paused
  }
}
