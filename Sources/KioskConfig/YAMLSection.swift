import Foundation
import WorkingDays
import Yams

/// A mapping or value in a YAML file, with where it came from, so every
/// problem names the file, the line and the key.
struct YAMLSection {
  let node: Node
  let file: String
  /// Dotted key path from the root of the file ("site.department").
  let path: String

  var line: Int? { node.mark?.line }

  /// Reads and parses one file; a syntax error becomes a diagnostic with
  /// libyaml's line.
  static func load(url: URL, relativePath: String, log: inout DiagnosticLog) -> YAMLSection? {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      log.add(ConfigDiagnostic(file: relativePath, line: nil, key: "",
                               message: "cannot be read as UTF-8 text: check that the file exists and is readable"))
      return nil
    }
    do {
      // The basic resolver tags every scalar as text: we read scalars as
      // strings ourselves, and the default resolver's regular expressions
      // were most of the kiosk's start-up time.
      guard let node = try Yams.compose(yaml: text, .basic) else {
        log.add(ConfigDiagnostic(file: relativePath, line: 1, key: "", message: "the file is empty"))
        return nil
      }
      return YAMLSection(node: node, file: relativePath, path: "")
    } catch let error as YamlError {
      log.add(Self.diagnostic(for: error, file: relativePath))
      return nil
    } catch {
      log.add(ConfigDiagnostic(file: relativePath, line: nil, key: "", message: "is not valid YAML"))
      return nil
    }
  }

  static func diagnostic(for error: YamlError, file: String) -> ConfigDiagnostic {
    switch error {
    case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
      return ConfigDiagnostic(file: file, line: mark.line, key: "",
                              message: "YAML syntax: \(problem) (check indentation, colons and quotes)")
    case let .duplicatedKeysInMapping(duplicates, _):
      return ConfigDiagnostic(file: file, line: nil, key: duplicates.joined(separator: ", "),
                              message: "the key appears twice in the same block: keep one")
    default:
      return ConfigDiagnostic(file: file, line: nil, key: "", message: "YAML syntax: \(error)")
    }
  }

  func childPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  func problem(
    _ key: String, _ message: String, at node: Node? = nil, severity: ConfigDiagnostic.Severity = .error,
    log: inout DiagnosticLog
  ) {
    log.add(ConfigDiagnostic(file: file, line: node?.mark?.line ?? line, key: childPath(key), message: message,
                             severity: severity))
  }

  /// The value at `key`; when `required` and absent, says so.
  func value(_ key: String, required: Bool, log: inout DiagnosticLog) -> Node? {
    guard case let .mapping(mapping) = node else {
      log.add(ConfigDiagnostic(file: file, line: line, key: path, message: "expected a block of keys"))
      return nil
    }
    // "key:" with nothing after it, "key: null" or "key: ~" counts as absent.
    if let found = mapping[Node(key)], !Self.isNull(found) { return found }
    if required { problem(key, "missing: this key is required", log: &log) }
    return nil
  }

  static func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "null", "Null", "NULL", "~"].contains(scalar.string)
  }

  func string(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> String? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let text = node.scalar?.string, !text.isEmpty else {
      problem(key, "expected text", at: node, log: &log)
      return nil
    }
    return text
  }

  func int(_ key: String, required: Bool = true, range: ClosedRange<Int>, log: inout DiagnosticLog) -> Int? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let text = node.scalar?.string, let number = Int(text), range.contains(number) else {
      problem(key, "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \"\(node.scalar?.string ?? "a block")\"",
              at: node, log: &log)
      return nil
    }
    return number
  }

  func bool(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> Bool? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    switch node.scalar?.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default:
      problem(key, "expected true or false", at: node, log: &log)
      return nil
    }
  }

  func date(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> CivilDate? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let text = node.scalar?.string, let date = CivilDate(iso: text) else {
      problem(key, "expected a real date written YYYY-MM-DD, found \"\(node.scalar?.string ?? "a block")\"",
              at: node, log: &log)
      return nil
    }
    return date
  }

  func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, _ type: T.Type, required: Bool = true, log: inout DiagnosticLog
  ) -> T? where T.RawValue == String {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let text = node.scalar?.string, let value = T(rawValue: text) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      problem(key, "expected one of \(allowed), found \"\(node.scalar?.string ?? "a block")\"", at: node, log: &log)
      return nil
    }
    return value
  }

  func strings(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [String]? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let sequence = node.sequence else {
      problem(key, "expected a list, like [a, b]", at: node, log: &log)
      return nil
    }
    var out: [String] = []
    for item in sequence {
      guard let text = item.scalar?.string, !text.isEmpty else {
        problem(key, "expected a list of texts", at: item, log: &log)
        return nil
      }
      out.append(text)
    }
    return out
  }

  func section(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> YAMLSection? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard node.mapping != nil else {
      problem(key, "expected a block of keys", at: node, log: &log)
      return nil
    }
    return YAMLSection(node: node, file: file, path: childPath(key))
  }

  func list(_ key: String, required: Bool = true, log: inout DiagnosticLog) -> [YAMLSection]? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let sequence = node.sequence else {
      problem(key, "expected a list of blocks (lines starting with \"- \")", at: node, log: &log)
      return nil
    }
    return sequence.enumerated().map { index, item in
      YAMLSection(node: item, file: file, path: "\(childPath(key))[\(index)]")
    }
  }

  /// Keys of this mapping with their values, in file order.
  var entries: [(key: String, node: Node)] {
    guard case let .mapping(mapping) = node else { return [] }
    return mapping.compactMap { pair in pair.key.scalar.map { ($0.string, pair.value) } }
  }

  /// Flags keys this section does not know: a typo ("dapartment") must not
  /// silently fall back to a default.
  func rejectUnknownKeys(allowed: Set<String>, log: inout DiagnosticLog) {
    for (key, node) in entries where !allowed.contains(key) {
      problem(key, "unknown key: expected one of \(allowed.sorted().joined(separator: ", "))", at: node, log: &log)
    }
  }
}
