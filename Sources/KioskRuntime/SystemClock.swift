import Foundation
import KioskUI
import WorkingDays

/// The machine's clocks: monotonic time for timeouts (never jumps with NTP)
/// and the local date for deadlines.
public struct SystemClock: KioskClock {
  public init() {}

  public var now: Instant {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Instant(seconds: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9)
  }

  /// Today: the machine's local date, or the day `PASSERELLE_TODAY` pins.
  public var today: CivilDate { KioskDate.today() }

  public var timeOfDay: TimeOfDay {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }
}
