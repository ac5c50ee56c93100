import WorkingDays

/// A moment on a monotonic clock, in seconds. Only differences matter.
public struct Instant: Hashable, Comparable, Sendable {
  public var seconds: Double
  public init(seconds: Double) { self.seconds = seconds }
  public static func < (a: Instant, b: Instant) -> Bool { a.seconds < b.seconds }
  public func advanced(by s: Double) -> Instant { Instant(seconds: seconds + s) }
  public func since(_ other: Instant) -> Double { seconds - other.seconds }
}

/// Where the app gets time: injected, so tests advance it instead of
/// sleeping.
public protocol KioskClock {
  var now: Instant { get }
  /// Today's date where the kiosk stands.
  var today: CivilDate { get }
  /// The local time of day, for the dated record of a visit.
  var timeOfDay: TimeOfDay { get }
}

public struct TimeOfDay: Hashable, Sendable {
  public let hour: Int
  public let minute: Int
  public init(hour: Int, minute: Int) {
    self.hour = hour
    self.minute = minute
  }
}

/// A clock tests move by hand.
public struct TestClock: KioskClock {
  public var now: Instant
  public var today: CivilDate
  public var timeOfDay = TimeOfDay(hour: 10, minute: 30)
  public init(today: CivilDate, now: Instant = Instant(seconds: 1000)) {
    self.today = today
    self.now = now
  }
  public mutating func advance(by seconds: Double) { now = now.advanced(by: seconds) }
}
