import Foundation
import KioskConfig

/// A copy of the bundled `kiosk-config/` in a temporary folder that a test
/// may break, then load.
struct ConfigFixture {
  static let bundled = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("kiosk-config")

  let directory: URL

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("passerelle-config-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.bundled, to: directory)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(path), encoding: .utf8)
  }

  func write(_ path: String, _ text: String) throws {
    try text.write(to: directory.appendingPathComponent(path), atomically: true, encoding: .utf8)
  }

  /// Replaces the first occurrence of `old` in `path`; fails loudly when the
  /// text is not there, so a test never silently breaks nothing.
  func replace(_ path: String, _ old: String, with new: String) throws {
    let text = try read(path)
    guard let range = text.range(of: old) else { throw FixtureError.textNotFound(old, path) }
    try write(path, text.replacingCharacters(in: range, with: new))
  }

  /// The line number where `needle` first appears in `path`.
  func line(of needle: String, in path: String) throws -> Int {
    let lines = try read(path).components(separatedBy: "\n")
    guard let index = lines.firstIndex(where: { $0.contains(needle) }) else {
      throw FixtureError.textNotFound(needle, path)
    }
    return index + 1
  }

  func diagnostics() -> [ConfigDiagnostic] {
    do {
      _ = try ConfigLoader.load(directory: directory)
      return []
    } catch {
      return error.diagnostics
    }
  }

  func remove() { try? FileManager.default.removeItem(at: directory) }

  enum FixtureError: Error { case textNotFound(String, String) }
}
