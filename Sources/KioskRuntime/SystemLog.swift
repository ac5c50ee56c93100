import Foundation
import Logging

/// Where the kiosk writes what staff need to know, through swift-log.
/// While the TUI owns the terminal, stderr would draw over the screen, so
/// the kiosk logs to syslog (the journal on systemd), or to the file named
/// by `PASSERELLE_LOG_FILE`. Messages never carry what a claimant typed:
/// only configuration problems, device failures, counts, references and
/// lifecycle events. `LogPrivacyTests` fails if an answer reaches a line.
public enum SystemLog {
  public static let label = "passerelle-kiosk"

  /// Sends every logger of the process to syslog, or to a file.
  public static func bootstrap(environment: [String: String] = ProcessInfo.processInfo.environment) {
    let file = environment["PASSERELLE_LOG_FILE"].flatMap { $0.isEmpty ? nil : $0 }
    LoggingSystem.bootstrap { label in
      if let file { return FileLogHandler(label: label, path: file) }
      return SyslogLogHandler(label: label)
    }
  }

  static var logger: Logger { Logger(label: label) }

  public static func error(_ message: String) { logger.error("\(message)") }
  public static func info(_ message: String) { logger.info("\(message)") }
}

/// One line per message to syslog, under the ident "passerelle-kiosk".
struct SyslogLogHandler: LogHandler {
  let label: String
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .info

  init(label: String) {
    self.label = label
    Self.open
  }

  /// `openlog` keeps the ident pointer: a static C string, opened once.
  private static let open: Void = {
    openlog(strdup(SystemLog.label), LOG_PID, LOG_USER)
  }()

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let priority: Int32
    switch event.level {
    case .trace, .debug: priority = LOG_DEBUG
    case .info: priority = LOG_INFO
    case .notice: priority = LOG_NOTICE
    case .warning: priority = LOG_WARNING
    case .error: priority = LOG_ERR
    case .critical: priority = LOG_CRIT
    }
    event.message.description.withCString { text in
      withVaList([text]) { vsyslog(priority, "%s", $0) }
    }
  }
}

/// Appends lines to a file (tests, and kiosks without syslog).
struct FileLogHandler: LogHandler {
  let label: String
  let path: String
  var metadata: Logger.Metadata = [:]
  var logLevel: Logger.Level = .info

  subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  func log(event: LogEvent) {
    let line = "\(Date()) \(event.level) \(label): \(event.message)\n"
    let fd = Foundation.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    _ = line.withCString { Foundation.write(fd, $0, strlen($0)) }
  }
}
