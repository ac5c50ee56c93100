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

  /// Today in the local time zone (TZ, /etc/localtime). The C library
  /// answers without loading ICU, which `Calendar` would.
  public var today: CivilDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
  }

  public var timeOfDay: TimeOfDay {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }
}
