/// Wrong PINs in a row: after `attempts`, that PIN is refused for
/// `lockSeconds`, even if right. The app keeps one per PIN, outside the
/// session, so ending a visit does not reset the count.
public struct PINGuard: Hashable, Sendable {
  public static let attempts = 5
  public static let lockSeconds = 300.0

  public private(set) var failures = 0
  public private(set) var lockedUntil: Instant?

  public init(failures: Int = 0, lockedUntil: Instant? = nil) {
    self.failures = failures
    self.lockedUntil = lockedUntil
  }

  /// "3" or "0@81234.5" (failures, then the lock's end on the monotonic
  /// clock): what the fresh process started at each wipe inherits. It says
  /// nothing of a person.
  public var handover: String { lockedUntil.map { "\(failures)@\($0.seconds)" } ?? "\(failures)" }

  public init?(handover: String) {
    let parts = handover.split(separator: "@", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let failures = Int(parts[0]), (0..<Self.attempts).contains(failures) else { return nil }
    self.failures = failures
    if parts.count == 2 {
      guard let seconds = Double(parts[1]), seconds.isFinite else { return nil }
      lockedUntil = Instant(seconds: seconds)
    }
  }

  public func isLocked(at now: Instant) -> Bool { lockedUntil.map { $0 > now } ?? false }

  /// A wrong PIN; returns the tries left, or nil when it now locks.
  public mutating func failed(at now: Instant) -> Int? {
    failures += 1
    guard failures >= Self.attempts else { return Self.attempts - failures }
    failures = 0
    lockedUntil = now.advanced(by: Self.lockSeconds)
    return nil
  }

  public mutating func succeeded() { failures = 0 }
}
