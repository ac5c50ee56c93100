import KioskConfig

/// The codes the bundled kiosk.yaml ships with (README, configuration.md).
/// Anyone who read the documentation knows them, so a kiosk still using
/// them can be left by any visitor: `config check` and `kiosk health` say so.
public enum DemonstrationPINs {
  public static let staffExit = "4711"
  public static let mediator = "2468"

  /// Which of the site's codes are still the demonstration ones, as the
  /// kiosk.yaml keys to change. Each check is one slow hash (~0.1 s), so the
  /// kiosk's own start-up does not run it.
  public static func inPlace(_ site: SiteSettings) -> [String] {
    var keys: [String] = []
    if site.staffExitHash?.verify(staffExit) == true { keys.append("staff.exit_code_hash") }
    if site.mediatorPINHash?.verify(mediator) == true { keys.append("mediator.pin_hash") }
    return keys
  }

  /// The loud warning `config check` prints for each.
  public static func warning(_ key: String) -> String {
    let pin = key == "staff.exit_code_hash" ? staffExit : mediator
    return "WARNING: kiosk.yaml \(key) is still the demonstration code \(pin), which anyone can read in the documentation: make a new one with `kiosk pin hash` and put its line there before the kiosk is used by the public"
  }
}
