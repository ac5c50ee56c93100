import WorkingDays

/// This version of Passerelle, in one place: `kiosk --version`, the health
/// report and `scripts/package` (which reads the two lines below) use it.
public enum Release {
  public static let version = "1.0.0"
  /// The day this version was made. A machine whose clock says earlier is
  /// clearly wrong (a flat battery, no time sync): its deadlines would be.
  public static let date = CivilDate(year: 2026, month: 11, day: 29)!
}
