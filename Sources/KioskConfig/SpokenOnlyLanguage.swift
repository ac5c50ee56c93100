/// A language offered for speech only. The Linux console cannot join Arabic
/// letters nor write right to left: a person who chooses Arabic hears the
/// screens in Arabic while they show in a language the console can write
/// (docs/admin/configuration.md, "Arabic").
///
/// ```yaml
/// spoken_only:
///   ar:
///     display_language: fr
///     label: "Arabic / Arabe — (spoken)"
/// ```
public struct SpokenOnlyLanguage: Hashable, Sendable {
  /// The screen's language when the person chose this one first; nil: the
  /// kiosk's first language.
  public var displayLanguage: String?
  /// The entry of the language screen on a terminal that cannot write the
  /// language's own name ("العربية" on TERM=linux).
  public var label: String

  public init(displayLanguage: String? = nil, label: String) {
    self.displayLanguage = displayLanguage
    self.label = label
  }

  static func read(_ file: YAMLSection, languages: [String], log: inout DiagnosticLog) -> [String: SpokenOnlyLanguage] {
    guard let section = file.section("spoken_only", required: false, log: &log) else { return [:] }
    var out: [String: SpokenOnlyLanguage] = [:]
    for (code, _) in section.entries {
      guard let entry = section.section(code, log: &log) else { continue }
      entry.rejectUnknownKeys(allowed: ["display_language", "label"], log: &log)
      if !languages.contains(code) {
        section.problem(code, "\"\(code)\" is not in languages: add it there, where it should appear in the list", log: &log)
      }
      let display = entry.string("display_language", required: false, log: &log)
      if let display, !languages.contains(display) || display == code {
        entry.problem("display_language", "expected a language of the list \"languages\" that the screen can show, like \(languages.first ?? "fr")",
                      log: &log)
      }
      guard let label = entry.string("label", log: &log) else { continue }
      out[code] = SpokenOnlyLanguage(displayLanguage: display, label: label)
    }
    for (code, spoken) in out {
      if let display = spoken.displayLanguage, out[display] != nil {
        section.problem(code, "display_language \"\(display)\" is itself spoken only: choose a language the screen can show", log: &log)
      }
    }
    if let first = languages.first, out[first] != nil {
      file.problem("spoken_only", "\"\(first)\" is the first language, the screen's language at the start: put a language the screen can show first in languages",
                   log: &log)
    }
    return out
  }
}
