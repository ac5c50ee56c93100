import Foundation
import KioskConfig

/// Puts the process on the site's time zone (kiosk.yaml), so "today" is the
/// agency's day, not the machine's default zone's.
public enum SiteClock {
  public static func apply(_ site: SiteSettings) {
    setenv("TZ", site.timeZone, 1)
    tzset()
  }
}
