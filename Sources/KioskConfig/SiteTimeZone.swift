import Foundation
import WorkingDays

/// The time zone a kiosk's dates are in: overseas departments are not on
/// Paris time, and "today" decides every deadline shown.
public enum SiteTimeZone {
  /// The zone of a department; `site.time_zone` overrides it.
  public static func of(_ department: Department) -> String {
    switch department.code {
    case "971", "977", "978": "America/Guadeloupe"
    case "972": "America/Martinique"
    case "973": "America/Cayenne"
    case "974": "Indian/Reunion"
    case "975": "America/Miquelon"
    case "976": "Indian/Mayotte"
    default: "Europe/Paris"
    }
  }

  /// A zone name the C library can load (a file under /usr/share/zoneinfo).
  public static func isKnown(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else { return false }
    return FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/" + name)
  }
}
