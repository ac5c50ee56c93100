/// Every sentence a person reads, for one language: a flat map from key to
/// text with `{name}` placeholders. Loaded from `kiosk-config/content/`.
public struct Catalog: Hashable, Sendable {
  /// BCP 47 code of the language ("fr", "en").
  public let language: String
  public let entries: [String: String]

  public init(language: String, entries: [String: String]) {
    self.language = language
    self.entries = entries
  }

  public func has(_ key: String) -> Bool { entries[key] != nil }

  /// The text of `key` with its placeholders filled. A missing key shows as
  /// `[key]`: visible in tests and to staff, never a crash; `kiosk config
  /// check` reports it before it reaches a screen.
  public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
    guard let template = entries[key] else { return "[\(key)]" }
    return Self.fill(template, arguments)
  }

  /// The text of `key`, or nil when the catalog has none.
  public func optionalText(_ key: String, _ arguments: [String: String] = [:]) -> String? {
    entries[key].map { Self.fill($0, arguments) }
  }

  /// Replaces each `{name}` by its argument; unknown names stay visible.
  static func fill(_ template: String, _ arguments: [String: String]) -> String {
    guard template.contains("{") else { return template }
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      out += arguments[name] ?? "{\(name)}"
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    return out
  }

  /// The placeholder names used in `key`'s text.
  public func placeholders(of key: String) -> Set<String> {
    guard let template = entries[key] else { return [] }
    var names = Set<String>()
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.insert(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}
