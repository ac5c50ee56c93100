import Foundation
import WorkingDays

/// Lists and reads files under the mount root (`/media` by default) where
/// the system mounts USB sticks. Links are never followed: a stick could
/// point one at a system file.
public struct USBDrive: Sendable {
  public let root: URL
  /// How deep to look inside folders.
  public static let maxDepth = 4
  /// Files shown at most, newest first.
  public static let maxFiles = 60

  /// The site's zone (`site.time_zone`): a file's day is the agency's day.
  public let timeZone: TimeZone

  public init(root: URL, timeZone: TimeZone) {
    self.root = root
    self.timeZone = timeZone
  }

  /// The day of `seconds` since 1970 in the site's zone.
  func day(_ seconds: Int) -> CivilDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(seconds)))
    return CivilDate(year: parts.year!, month: parts.month!, day: parts.day!)!
  }

  /// Regular files, newest first; hidden files and folders are skipped.
  public func files() -> [USBFile] {
    var out: [USBFile] = []
    walk(root, relative: "", depth: 0, into: &out)
    return Array(out.sorted { ($0.modifiedSeconds, $1.name) > ($1.modifiedSeconds, $0.name) }.prefix(Self.maxFiles))
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
        let seconds = Int(info.st_mtim.tv_sec)
        out.append(USBFile(path: url.path, name: shown, bytes: Int(info.st_size), modifiedSeconds: seconds,
                           day: day(seconds)))
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
