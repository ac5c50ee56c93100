import Foundation

/// A file found on a USB stick.
public struct USBFile: Hashable, Sendable {
  public let path: String
  /// The name shown, relative to the stick ("Documents/fiche de paie.pdf").
  public let name: String
  public let bytes: Int
  public let modified: Date
  /// The local day it was last changed, to show people.
  public let day: LocalDay

  public init(path: String, name: String, bytes: Int, modified: Date) {
    self.path = path
    self.name = name
    self.bytes = bytes
    self.modified = modified
    day = LocalDay(modified)
  }
}

/// A calendar day in the kiosk's time zone.
public struct LocalDay: Hashable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(_ date: Date) {
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    year = Int(parts.tm_year) + 1900
    month = Int(parts.tm_mon) + 1
    day = Int(parts.tm_mday)
  }
}

/// Lists and reads files under the mount root (`/media` by default) where
/// the system mounts USB sticks. Links are never followed: a stick could
/// point one at a system file.
public struct USBDrive: Sendable {
  public let root: URL
  /// How deep to look inside folders.
  public static let maxDepth = 4
  /// Files shown at most, newest first.
  public static let maxFiles = 60

  public init(root: URL) { self.root = root }

  /// Regular files, newest first; hidden files and folders are skipped.
  public func files() -> [USBFile] {
    var out: [USBFile] = []
    walk(root, relative: "", depth: 0, into: &out)
    return Array(out.sorted { ($0.modified, $1.name) > ($1.modified, $0.name) }.prefix(Self.maxFiles))
  }

  private func walk(_ folder: URL, relative: String, depth: Int, into out: inout [USBFile]) {
    guard depth <= Self.maxDepth, out.count < 2_000,
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
    else { return }
    for name in names.sorted() where !name.hasPrefix(".") {
      let url = folder.appendingPathComponent(name)
      let shown = relative.isEmpty ? name : "\(relative)/\(name)"
      var info = stat()
      guard lstat(url.path, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        // "System Volume Information" and the like hold nothing of the person's.
        if name != "System Volume Information" { walk(url, relative: shown, depth: depth + 1, into: &out) }
      case S_IFREG:
        out.append(USBFile(path: url.path, name: shown, bytes: Int(info.st_size),
                           modified: Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec))))
      default:
        continue
      }
    }
  }

  public enum ReadFailure: Error, Hashable, Sendable {
    /// The stick was pulled out, or the file moved.
    case gone
    case tooLarge(bytes: Int)
  }

  /// The file's bytes, refusing links and files over `limit`.
  public static func read(_ file: USBFile, limit: Int) -> Result<[UInt8], ReadFailure> {
    var info = stat()
    guard lstat(file.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.gone) }
    guard Int(info.st_size) <= limit else { return .failure(.tooLarge(bytes: Int(info.st_size))) }
    // FileBytes checks the type again on what it opened, without blocking:
    // a file swapped for a pipe after lstat cannot hang the worker.
    switch FileBytes.read(file.path, limit: limit) {
    case let .success(bytes): return .success(bytes)
    case .failure(.missing), .failure(.notRegularFile): return .failure(.gone)
    case let .failure(.tooLarge(bytes)): return .failure(.tooLarge(bytes: bytes))
    }
  }
}
