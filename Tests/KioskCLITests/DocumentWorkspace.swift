import Documents
import Foundation
import TestSupport

/// A copy of the bundled configuration whose outbox, key, delivery and
/// session folders live in a temporary folder, and a few page files.
struct DocumentWorkspace {
  let root: URL
  var config: URL { root.appendingPathComponent("config") }
  var outbox: URL { root.appendingPathComponent("outbox") }
  var delivered: URL { root.appendingPathComponent("delivered") }
  var files: URL { root.appendingPathComponent("files") }
  var statistics: URL { root.appendingPathComponent("stats.sqlite") }
  var prints: URL { root.appendingPathComponent("prints") }

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("passerelle-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
    // The kiosk's folders land in root: root/outbox, root/delivered, root/prints…
    try PrivateKioskConfig.make(at: config, data: root)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }

  /// Writes `bytes` as `name` in the files folder; its path.
  @discardableResult
  func file(_ name: String, _ bytes: [UInt8]) throws -> String {
    let url = files.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// A page of text at 150 dpi as PGM: small and quick to assemble.
  static let textPage: [UInt8] = {
    var page = SyntheticPage(dpi: 150, seed: 21)
    page.text(fromInches: 1, toInches: 5)
    return page.pgm
  }()

  /// A quarter of a page: the crash test runs the debug binary 200 times.
  /// Give it `--dpi 150` (a PGM declares no resolution).
  static let smallPage: [UInt8] = {
    var page = SyntheticPage(dpi: 150, widthInches: 4, heightInches: 3, seed: 22)
    page.text(fromInches: 0.5, toInches: 2.5)
    return page.pgm
  }()

  func run(_ arguments: [String]) throws -> KioskProcess.Result {
    try KioskProcess.run(arguments + ["--config", config.path])
  }
}
