import Foundation

/// Times in the statistics are kept to the hour, in the kiosk's local time
/// ("2026-11-23 14:00"): enough to see busy hours, too coarse to match a
/// visit with a person. Computed with the C library, not `Calendar`, which
/// would load ICU into the kiosk.
public enum HourBucket {
  /// The hour of `date` on this machine's clock (TZ, /etc/localtime), or
  /// at a fixed offset from UTC in seconds.
  public static func of(_ date: Date, utcOffset: Int? = nil) -> String {
    var parts = brokenDown(date, utcOffset: utcOffset)
    return format(&parts)
  }

  /// The first bucket of a local day ("2026-11-23 00:00").
  public static func startOfDay(_ year: Int, _ month: Int, _ day: Int) -> String {
    var parts = tm()
    parts.tm_year = Int32(year - 1900)
    parts.tm_mon = Int32(month - 1)
    parts.tm_mday = Int32(day)
    return format(&parts)
  }

  /// The bucket `months` calendar months before `date`: older rows go.
  public static func monthsBefore(_ date: Date, months: Int, utcOffset: Int? = nil) -> String {
    var parts = brokenDown(date, utcOffset: utcOffset)
    let total = Int(parts.tm_year) * 12 + Int(parts.tm_mon) - months
    parts.tm_year = Int32(total / 12)
    parts.tm_mon = Int32(total % 12)
    // Strings compare in order even for a day a month lacks ("…-09-31").
    return format(&parts)
  }

  static func brokenDown(_ date: Date, utcOffset: Int?) -> tm {
    var parts = tm()
    if let utcOffset {
      var seconds = time_t(date.timeIntervalSince1970) + time_t(utcOffset)
      gmtime_r(&seconds, &parts)
    } else {
      var seconds = time_t(date.timeIntervalSince1970)
      localtime_r(&seconds, &parts)
    }
    return parts
  }

  static func format(_ parts: inout tm) -> String {
    func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday)) \(two(parts.tm_hour)):00"
  }
}
