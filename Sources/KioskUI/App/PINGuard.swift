/// Wrong PINs in a row: after `attempts`, that PIN is refused for
/// `lockSeconds`, even if right. The app keeps one per PIN, outside the
/// session, so ending a visit does not reset the count.
public struct PINGuard: Hashable, Sendable {
  public static let attempts = 5
  public static let lockSeconds = 300.0

  public private(set) var failures = 0
  public private(set) var lockedUntil: Instant?

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
