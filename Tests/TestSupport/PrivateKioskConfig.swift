import Foundation

/// A copy of the bundled `kiosk-config/` whose every folder the kiosk
/// writes (under /var/lib/passerelle and /var/spool/passerelle: outbox,
/// key, delivery, session, kept sheets, statistics) is moved into `data`,
/// so a test can break it, search it and delete it.
public enum PrivateKioskConfig {
  public static let bundled = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("kiosk-config")

  /// Copies the configuration to `folder`; `also` are further exact
  /// replacements in kiosk.yaml, each required to match.
  public static func make(at folder: URL, data: URL, also: [(String, String)] = []) throws {
    try FileManager.default.copyItem(at: bundled, to: folder)
    let yaml = folder.appendingPathComponent("kiosk.yaml")
    var text = try String(contentsOf: yaml, encoding: .utf8)
    for (old, new) in [("/var/lib/passerelle", data.path), ("/var/spool/passerelle", data.path)] + also {
      guard text.contains(old) else { throw CocoaError(.fileReadCorruptFile, userInfo: ["missing": old]) }
      text = text.replacingOccurrences(of: old, with: new)
    }
    try text.write(to: yaml, atomically: true, encoding: .utf8)
  }
}
