import Foundation
import KioskConfig
import WorkingDays

/// The repository's own `kiosk-config/`, loaded once: tests run on the
/// rules that ship, so a wrong edit of a rule file fails a test.
enum BundledConfig {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("kiosk-config")

  static let shared: KioskConfiguration = {
    do { return try ConfigLoader.load(directory: directory) } catch {
      fatalError("bundled kiosk-config is broken:\n\(error)")
    }
  }()
}

func d(_ iso: String) -> CivilDate {
  guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
  return date
}

func dept(_ code: String) -> Department { try! Department(code: code) }
