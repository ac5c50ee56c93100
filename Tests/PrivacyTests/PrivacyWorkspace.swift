import Foundation
import KioskConfig
import TestSupport

/// A kiosk configuration whose every folder is inside one temporary folder:
/// the outbox, its key, the session pages, the kept sheets, the statistics,
/// and a USB mount root. Everything the kiosk writes can then be searched.
struct PrivacyWorkspace {
  let root: URL
  let config: KioskConfiguration
  var data: URL { root.appendingPathComponent("data") }
  var stick: URL { root.appendingPathComponent("media/STICK") }

  /// `deliveryWorks: false` points delivery at a file, so documents stay
  /// in the encrypted outbox, as when the agency share is down.
  init(deliveryWorks: Bool = false) throws {
    let fm = FileManager.default
    root = fm.temporaryDirectory.appendingPathComponent("privacy-\(UUID().uuidString)")
    let configDir = root.appendingPathComponent("kiosk-config")
    try fm.createDirectory(at: root.appendingPathComponent("media/STICK"), withIntermediateDirectories: true)
    let data = root.appendingPathComponent("data")
    var also = [
      ("mount_root: \"/media\"", "mount_root: \"\(root.path)/media\""),
      ("  enabled: true\n  # The SANE", "  enabled: false\n  # The SANE"),
    ]
    if !deliveryWorks {
      try Data("x".utf8).write(to: root.appendingPathComponent("not-a-folder"))
      also.append(("\"\(data.path)/delivered\"", "\"\(root.path)/not-a-folder/delivered\""))
    }
    try PrivateKioskConfig.make(at: configDir, data: data, also: also)
    config = try ConfigLoader.load(directory: configDir)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Files under `folder` (recursively) holding `needle` in their bytes
  /// or in their name.
  static func files(under folder: URL, containing needles: [String], modifiedSince: Date? = nil) -> [String] {
    let fm = FileManager.default
    guard let walker = fm.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey, .contentModificationDateKey],
                                     options: [], errorHandler: { _, _ in true })
    else { return [] }
    var hits: [String] = []
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .contentModificationDateKey])
      guard values?.isRegularFile == true else { continue }
      if let since = modifiedSince, let date = values?.contentModificationDate, date < since { continue }
      let bytes = (try? Data(contentsOf: url, options: .mappedIfSafe)) ?? Data()
      for needle in needles where url.lastPathComponent.contains(needle) || bytes.range(of: Data(needle.utf8)) != nil {
        hits.append("\(url.path) holds \"\(needle)\"")
      }
    }
    return hits
  }
}
