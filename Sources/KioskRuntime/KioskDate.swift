import Foundation
import WorkingDays

/// The date the kiosk works on: the machine's local date, or the day
/// `PASSERELLE_TODAY=YYYY-MM-DD` pins. The variable is a test-rig setting:
/// tests and demonstrations fix the day so that nothing depends on when
/// they run; the time of day still comes from the clock.
public enum KioskDate {
  public static let variable = "PASSERELLE_TODAY"

  /// `PASSERELLE_TODAY` is set but is not a real date.
  public struct BadPin: Error, CustomStringConvertible {
    public let text: String
    public var description: String {
      "\(KioskDate.variable)=\"\(text)\" is not a real date: expected YYYY-MM-DD between \(HolidayCalendar.supportedYears.lowerBound) and \(HolidayCalendar.supportedYears.upperBound), or leave it unset to use this machine's date"
    }
  }

  /// The pinned day, nil when the variable is unset or empty.
  public static func pinned(in environment: [String: String] = ProcessInfo.processInfo.environment)
    throws(BadPin) -> CivilDate?
  {
    guard let text = environment[variable], !text.isEmpty else { return nil }
    guard let date = CivilDate(iso: text), HolidayCalendar.supportedYears.contains(date.year) else {
      throw BadPin(text: text)
    }
    return date
  }

  /// Today: the pinned day, else the machine's date in its local time zone
  /// (TZ, /etc/localtime). A malformed pin is refused at start-up
  /// (`checkPin`), so here it can only be valid or absent.
  public static func today() -> CivilDate {
    (try? pinned()) ?? machineToday()
  }

  /// Exits with one line when the pin is malformed: every command calls it
  /// first, so a typo never silently falls back to the machine's date.
  public static func checkPin() throws(BadPin) {
    _ = try pinned()
  }

  /// The machine's local date. The C library answers without loading ICU,
  /// which `Calendar` would (a third of the kiosk's start-up time).
  public static func machineToday() -> CivilDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))!
  }
}
