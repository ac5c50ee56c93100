import Foundation

/// Writes that are all or nothing: a temporary file in the same folder,
/// flushed to disk (fsync), then renamed over the target, then the folder
/// flushed, so a crash or a power cut leaves the old state or the new one,
/// never half a file.
public enum AtomicFile {
  public struct Failure: Error, CustomStringConvertible {
    public let operation: String
    public let path: String
    public let code: Int32
    public var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
  }

  /// Temporary files start with this, so recovery knows them.
  public static let temporaryPrefix = ".tmp-"

  public static func write(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws(Failure) {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent("\(temporaryPrefix)\(UUID().uuidString)")
    try writeNew(bytes, to: temporary, mode: mode)
    guard rename(temporary.path, url.path) == 0 else {
      let code = errno
      unlink(temporary.path)
      throw Failure(operation: "rename", path: url.path, code: code)
    }
    try syncFolder(folder)
  }

  /// Creates `url` (it must not exist), writes and flushes it.
  public static func writeNew(_ bytes: [UInt8], to url: URL, mode: mode_t = 0o600) throws(Failure) {
    let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else { throw Failure(operation: "create", path: url.path, code: errno) }
    var written = 0
    let failure: Failure? = bytes.withUnsafeBytes { raw -> Failure? in
      while written < raw.count {
        let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
        if n < 0 {
          if errno == EINTR { continue }
          return Failure(operation: "write", path: url.path, code: errno)
        }
        written += n
      }
      return fsync(fd) == 0 ? nil : Failure(operation: "fsync", path: url.path, code: errno)
    }
    close(fd)
    if let failure {
      unlink(url.path)
      throw failure
    }
  }

  /// Makes a rename or a new file in `folder` durable.
  public static func syncFolder(_ folder: URL) throws(Failure) {
    let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw Failure(operation: "open folder", path: folder.path, code: errno) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw Failure(operation: "fsync folder", path: folder.path, code: errno) }
  }

  /// A folder only its owner may enter (0700), created when missing.
  public static func makePrivateFolder(_ url: URL) throws {
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
  }

  public static func read(_ url: URL) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: url))
  }
}
