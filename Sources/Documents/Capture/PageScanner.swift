import Foundation

/// Scans one page with `scanimage` into a PNM file. A separate process,
/// so a backend that hangs or crashes cannot take the kiosk with it.
public struct PageScanner: Sendable {
  public let settings: ScannerSettings

  public init(settings: ScannerSettings) { self.settings = settings }

  public var arguments: [String] {
    var args: [String] = []
    if let device = settings.device { args += ["--device-name", device] }
    args += ["--mode", "Gray", "--resolution", String(settings.resolution), "-x", "210", "-y", "297", "--format=pnm"]
    return args + settings.extraArguments
  }

  /// Scans into `output` (created 0600); nil when a page came. On
  /// failure, `output` is removed and the reason returned.
  public func scan(to output: URL) -> ScanFailure? {
    guard FileManager.default.isExecutableFile(atPath: settings.program) else { return .noScanner }
    _ = FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600])
    guard let handle = FileHandle(forWritingAtPath: output.path) else { return .failed }
    let errors = Pipe()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: settings.program)
    process.arguments = arguments
    process.standardOutput = handle
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do { try process.run() } catch {
      try? handle.close()
      try? FileManager.default.removeItem(at: output)
      return .noScanner
    }
    // Read stderr as it comes, so a chatty backend never blocks on a full pipe.
    let collected = Collected()
    errors.fileHandleForReading.readabilityHandler = { handle in collected.append(handle.availableData) }
    let deadline = Date().addingTimeInterval(settings.timeoutSeconds)
    var failedAt: Date?
    while process.isRunning, Date() < deadline {
      usleep(20_000)
      // Once scanimage has said what went wrong, a backend stuck in its
      // cancel path (seen with SANE's own test backend, 1 time in 8) must
      // not keep the person waiting: two seconds, then it is stopped.
      if failedAt == nil, Self.saysFailure(collected.text) { failedAt = Date() }
      if let failedAt, Date().timeIntervalSince(failedAt) > 2 {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        errors.fileHandleForReading.readabilityHandler = nil
        try? handle.close()
        try? FileManager.default.removeItem(at: output)
        return ScanFailure.from(message: collected.text)
      }
    }
    if process.isRunning {
      // scanimage catches SIGTERM to cancel the scan, and a stuck backend
      // may never return: one second of grace, then SIGKILL.
      process.terminate()
      let grace = Date().addingTimeInterval(1)
      while process.isRunning, Date() < grace { usleep(20_000) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      errors.fileHandleForReading.readabilityHandler = nil
      try? handle.close()
      try? FileManager.default.removeItem(at: output)
      return .timedOut
    }
    process.waitUntilExit()
    errors.fileHandleForReading.readabilityHandler = nil
    collected.append(errors.fileHandleForReading.readDataToEndOfFile())
    try? handle.synchronize()
    try? handle.close()
    let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
    if process.terminationStatus == 0, size > 0 { return nil }
    try? FileManager.default.removeItem(at: output)
    return ScanFailure.from(message: collected.text)
  }

  /// scanimage's failure lines ("sane_read: Document feeder jammed");
  /// its other messages (rounded geometry) are harmless.
  static func saysFailure(_ text: String) -> Bool {
    text.contains("sane_read:") || text.contains("sane_start:") || text.contains("open of device")
  }
}

/// Bytes gathered from another thread.
final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()
  func append(_ more: Data) { lock.withLock { data.append(more) } }
  var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
