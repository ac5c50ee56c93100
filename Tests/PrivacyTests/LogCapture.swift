import Logging
import Synchronization

/// Every log line of this test process, as the kiosk's handler would write
/// it. swift-log is bootstrapped once per process: the first suite that
/// needs it does it.
final class LogCapture: Sendable {
  static let shared: LogCapture = {
    let capture = LogCapture()
    LoggingSystem.bootstrap { label in Handler(label: label, capture: capture) }
    return capture
  }()

  private let lines = Mutex<[String]>([])

  var all: [String] { lines.withLock { $0 } }
  func append(_ line: String) { lines.withLock { $0.append(line) } }

  struct Handler: LogHandler {
    let label: String
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
      get { metadata[key] }
      set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
      capture.append("\(event.level) \(label): \(event.message) \(metadata) \(event.metadata ?? [:])")
    }
  }
}
