import Foundation

/// Whether the configured scanner answers: `scanimage -L` lists it (or,
/// with no device set, lists any). Stopped after a timeout: a stuck SANE
/// backend must not hang a monitoring probe.
public enum ScannerPresence {
  public static func check(device: String?, program: String = "/usr/bin/scanimage", timeoutSeconds: Double = 20)
    -> Bool
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = ["-L"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let stop = DispatchWorkItem { if process.isRunning { process.terminate() } }
    defer { stop.cancel() }
    do { try process.run() } catch { return false }
    DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: stop)
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return listed(device: device, scanimageOutput: text)
  }

  /// Lines look like "device `test:0' is a Noname frontend-tester virtual device".
  static func listed(device: String?, scanimageOutput text: String) -> Bool {
    let devices = text.split(separator: "\n").compactMap { line -> Substring? in
      guard line.hasPrefix("device `"), let end = line.firstIndex(of: "'") else { return nil }
      return line[line.index(line.startIndex, offsetBy: 8)..<end]
    }
    guard let device else { return !devices.isEmpty }
    return devices.contains { $0 == device }
  }
}
