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

  /// What a mediator changed (WCAG 2.2.1: lengthen without limit, or
  /// pause). It is read from the session each time, so leaving mediator
  /// mode or wiping the visit sets it back without a copy to keep in step.
  public struct Allowance: Hashable, Sendable {
    /// Seconds added before the warning.
    public var extraSeconds = 0.0
    /// No warning, no wipe.
    public var paused = false
    public static let none = Allowance()
    public init(extraSeconds: Double = 0, paused: Bool = false) {
      self.extraSeconds = extraSeconds
      self.paused = paused
    }
  }

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

  public func phase(at now: Instant, allowance: Allowance = .none) -> Phase {
    if allowance.paused { return .active }
    let idle = now.since(lastActivity)
    let warning = warningAfter + allowance.extraSeconds
    if idle < warning { return .active }
    let left = warning + countdown - idle
    if left <= 0 { return .expired }
    return .warning(secondsLeft: Int(left.rounded(.up)))
  }

  /// A key was pressed.
  public mutating func touch(at now: Instant, allowance: Allowance = .none) {
    if case .warning = phase(at: now, allowance: allowance) { extensions += 1 }
    lastActivity = now
  }
}
