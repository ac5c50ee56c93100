import Foundation
import KioskConfig
import PINHashing
import KioskUI

/// Checks a typed PIN against its scrypt hash off the screen process:
/// scrypt takes about 0.1 s and 32 MiB, which would freeze the screen and
/// raise the kiosk's memory for good (the allocator keeps it). The kiosk
/// runs itself as `kiosk pin check HASH` with the PIN on standard input;
/// without a helper (tests), it checks on a background queue.
public final class PINChecker: Sendable {
  let helper: URL?
  private let results = Mailbox<Event>()
  private let queue = DispatchQueue(label: "passerelle.pin")

  public init(helper: URL?) { self.helper = helper }

  /// The running program, for `kiosk pin check`.
  public static var currentExecutable: URL? {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return URL(fileURLWithPath: String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self))
  }

  public func check(_ purpose: PINPurpose, _ pin: String, against hash: PINHash?) {
    guard let hash else { return results.put(.pinChecked(purpose, false)) }
    queue.async {
      let matched = self.helper.flatMap { self.runHelper($0, pin: pin, hash: hash) } ?? hash.verify(pin)
      self.results.put(.pinChecked(purpose, matched))
    }
  }

  /// nil when the helper cannot run (then the caller checks in process).
  private func runHelper(_ helper: URL, pin: String, hash: PINHash) -> Bool? {
    let process = Process()
    process.executableURL = helper
    process.arguments = ["pin", "check", hash.description]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
      try input.fileHandleForWriting.write(contentsOf: Data((pin + "\n").utf8))
      try input.fileHandleForWriting.close()
    } catch {
      SystemLog.error("PIN check: \(helper.path) could not start; checking in the kiosk")
      return nil
    }
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0: return true
    case 1: return false
    default:
      SystemLog.error("PIN check: \(helper.path) pin check exited \(process.terminationStatus); checking in the kiosk")
      return nil
    }
  }

  public func take() -> Event? { results.take() }

  /// Waits for the checks asked so far (before the kiosk replaces its
  /// process: a wrong PIN must still count).
  public func drain() { queue.sync {} }
}
