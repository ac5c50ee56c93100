/// One problem in `kiosk-config/`: which file, which line, which key, what
/// is wrong and what was expected. Staff read these; they never reach a
/// claimant's screen.
public struct ConfigDiagnostic: Hashable, Sendable, CustomStringConvertible {
  /// Path relative to the configuration folder ("rules/obligations.yaml").
  public let file: String
  public let line: Int?
  /// Dotted path of the key ("rules[2].count"); empty for the whole file.
  public let key: String
  public let message: String
  public let severity: Severity

  /// Errors stop the kiosk (out of service); warnings are reported by
  /// `kiosk config check` and logged, and the kiosk runs.
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public init(file: String, line: Int?, key: String, message: String, severity: Severity = .error) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
    self.severity = severity
  }

  public var description: String {
    let place = line.map { "\(file):\($0)" } ?? file
    let text = severity == .warning ? "warning: \(message)" : message
    return key.isEmpty ? "\(place): \(text)" : "\(place): \(key): \(text)"
  }
}

/// Collects every problem instead of stopping at the first, so one run of
/// `kiosk config check` lists them all.
public struct DiagnosticLog: Sendable {
  public private(set) var diagnostics: [ConfigDiagnostic] = []

  public init() {}

  public mutating func add(_ diagnostic: ConfigDiagnostic) {
    diagnostics.append(diagnostic)
  }

  public var errors: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .error } }
  public var warnings: [ConfigDiagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Thrown when the configuration cannot be used; lists every problem.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
  public let diagnostics: [ConfigDiagnostic]

  public init(diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
