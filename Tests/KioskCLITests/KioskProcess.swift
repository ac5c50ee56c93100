import Foundation
import Synchronization

/// Runs the built `kiosk` binary, as scripts and staff do.
struct KioskProcess {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
    /// True when the watchdog stopped it: it would never have answered.
    var stoppedByWatchdog = false

    /// stdout parsed as JSON.
    func json() throws -> Any {
      try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }
  }

  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary SwiftPM built next to the test bundle.
  static let binary: URL = {
    let candidates = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
      .map { $0.appendingPathComponent("kiosk") }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  /// `watchdog`: seconds after which a process that has not ended is
  /// stopped, so a hang fails the test instead of freezing the run. It is
  /// a guard, not a measure: set it far above any normal run.
  static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                  watchdog: Double? = nil) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = repository
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PASSERELLE_CONFIG")
    // Commands that default to today get a pinned day, never the machine's.
    env["PASSERELLE_TODAY"] = "2026-11-29"
    env.merge(environment) { _, new in new }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let input = Pipe()
    process.standardInput = stdin == nil ? FileHandle.nullDevice : input
    try process.run()
    let stopped = Mutex(false)
    if let watchdog {
      DispatchQueue.global().asyncAfter(deadline: .now() + watchdog) {
        if process.isRunning {
          stopped.withLock { $0 = true }
          process.terminate()
        }
      }
    }
    if let stdin {
      try input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8))
      try input.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                  stderr: String(decoding: errData, as: UTF8.self), stoppedByWatchdog: stopped.withLock { $0 })
  }

  /// A temporary file holding `text`.
  static func file(_ text: String, suffix: String = ".json") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-test-\(UUID().uuidString)\(suffix)")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }
}
