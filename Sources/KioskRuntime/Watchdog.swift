import Foundation

/// Tells systemd's watchdog the kiosk is alive: one "WATCHDOG=1" datagram
/// to `$NOTIFY_SOCKET` (the sd_notify protocol; no libsystemd needed). If
/// the loop hangs, the pings stop and systemd restarts the kiosk
/// (`WatchdogSec=` in the getty drop-in). Without the variable, nothing.
public struct Watchdog {
  let socketPath: String?
  /// Seconds between pings: well inside the unit's 60-second WatchdogSec.
  let interval: Double
  var lastPing: Double?

  public init(environment: [String: String] = ProcessInfo.processInfo.environment, interval: Double = 5) {
    let path = environment["NOTIFY_SOCKET"] ?? ""
    socketPath = path.isEmpty ? nil : path
    self.interval = interval
  }

  /// Called from the key loop with the monotonic time; sends at most one
  /// ping per interval.
  public mutating func alive(at seconds: Double) {
    guard let socketPath else { return }
    if let lastPing, seconds - lastPing < interval { return }
    lastPing = seconds
    Self.send("WATCHDOG=1", to: socketPath)
  }

  /// Sends one datagram; an abstract socket starts with "@". Failures are
  /// ignored: a missing watchdog must never stop the kiosk.
  @discardableResult
  static func send(_ message: String, to path: String) -> Bool {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    var bytes = Array(path.utf8)
    if bytes.first == UInt8(ascii: "@") { bytes[0] = 0 }
    let capacity = MemoryLayout.size(ofValue: address.sun_path)
    guard bytes.count < capacity else { return false }
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, byte) in bytes.enumerated() { raw[i] = byte }
    }
    let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count)
    let payload = Array(message.utf8)
    let sent = withUnsafePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        sendto(fd, payload, payload.count, 0, socketAddress, length)
      }
    }
    return sent == payload.count
  }
}
