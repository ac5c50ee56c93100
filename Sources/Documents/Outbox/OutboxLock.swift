import Foundation

/// A lock every process using one outbox folder shares: the kiosk, a staff
/// `kiosk outbox …` command, the cron delivery. It is `flock(2)` on a file
/// in the outbox folder, so the kernel releases it when its holder dies
/// (SIGKILL, power cut): a crash never leaves the outbox locked.
///
/// Two locks, so a slow delivery never delays a person's receipt:
/// - `.commits`: held while a document is written and journalled, and while
///   recovery looks for abandoned files. Recovery holding it proves that no
///   commit is in progress: a temporary or unjournalled file is abandoned.
/// - `.delivery`: one delivery run at a time, so two runs never hand the
///   same document over or update its journal row from stale copies.
///
/// The outbox folder must be on a local disk: `flock` on a network share
/// may not reach other machines.
public enum OutboxLock: String, Sendable, CaseIterable {
  case commits = "commits.lock"
  case delivery = "delivery.lock"

  /// Another process held the lock longer than we may wait.
  public struct Busy: Error, CustomStringConvertible {
    public let lock: OutboxLock
    public let folder: String
    public var description: String {
      switch lock {
      case .commits:
        return "the outbox in \(folder) is busy (another process is saving a document): try again in a minute"
      case .delivery:
        return "another delivery of the outbox in \(folder) is running (the kiosk or a cron job) and delivers these documents too: try again in a minute"
      }
    }
  }

  /// Runs `body` holding this lock of the outbox in `folder`, waiting up to
  /// `timeout` seconds for another holder to finish.
  @discardableResult
  public func hold<T>(in folder: URL, timeout: Double, _ body: () throws -> T) throws -> T {
    let path = folder.appendingPathComponent(rawValue).path
    // Read-only and readable by all (it is empty): a lock file created by
    // root running a staff command must not shut the kiosk's user out.
    let fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AtomicFile.Failure(operation: "open lock", path: path, code: errno) }
    // Closing the descriptor releases the lock.
    defer { close(fd) }
    let deadline = Date().addingTimeInterval(timeout)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else {
        throw AtomicFile.Failure(operation: "lock", path: path, code: code)
      }
      guard Date() < deadline else { throw Busy(lock: self, folder: folder.path) }
      usleep(5_000)
    }
    return try body()
  }
}
