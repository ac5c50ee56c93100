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

  public init(file: String, line: Int?, key: String, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  public var description: String {
    let place = line.map { "\(file):\($0)" } ?? file
    return key.isEmpty ? "\(place): \(message)" : "\(place): \(key): \(message)"
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

  public var isEmpty: Bool { diagnostics.isEmpty }
}

/// Thrown when the configuration cannot be used; lists every problem.
public struct ConfigError: Error, Sendable, CustomStringConvertible {
  public let diagnostics: [ConfigDiagnostic]

  public init(diagnostics: [ConfigDiagnostic]) { self.diagnostics = diagnostics }

  public var description: String {
    diagnostics.map(\.description).joined(separator: "\n")
  }
}
