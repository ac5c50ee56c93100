import WorkingDays

/// Whether the machine's date can be trusted for deadlines. A kiosk showing
/// deadlines computed from a wrong date would mislead people, so a clock
/// before the release date shows "out of service" instead.
public enum ClockCheck: Equatable, Sendable {
  /// `PASSERELLE_TODAY` fixes the day: a test rig or a demonstration, trusted.
  case pinned(CivilDate)
  /// The machine's date, on or after the release date.
  case sane(CivilDate)
  /// The machine's date is before this version existed.
  case beforeRelease(CivilDate)

  public static func current() -> ClockCheck {
    if let pinned = try? KioskDate.pinned() { return .pinned(pinned) }
    return judge(machineDate: KioskDate.machineToday())
  }

  public static func judge(machineDate: CivilDate, release: CivilDate = Release.date) -> ClockCheck {
    machineDate < release ? .beforeRelease(machineDate) : .sane(machineDate)
  }

  public var isUsable: Bool {
    switch self {
    case .pinned, .sane: true
    case .beforeRelease: false
    }
  }

  /// One line for the log and `kiosk health`.
  public var description: String {
    switch self {
    case let .pinned(date): "date pinned by \(KioskDate.variable) to \(date.iso)"
    case let .sane(date): "machine date \(date.iso)"
    case let .beforeRelease(date):
      "machine date \(date.iso) is before this version's release (\(Release.date.iso)): set the clock (timedatectl, NTP)"
    }
  }
}
