import Foundation
import KioskUI
import WorkingDays

/// The machine's clocks: monotonic time for timeouts (never jumps with NTP)
/// and the local date for deadlines.
struct SystemClock: KioskClock {
  var now: Instant {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Instant(seconds: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9)
  }

  var today: CivilDate { Input.today() }

  var timeOfDay: TimeOfDay {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return TimeOfDay(hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }
}
