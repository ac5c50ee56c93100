import Yams

/// A text in every offered language, by language code.
public typealias LocalizedText = [String: String]

/// What to prepare for one kind of appointment, from
/// `kiosk-config/checklists/*.yaml` (agency-editable).
public struct AppointmentChecklist: Hashable, Sendable, Identifiable {
  public let id: String
  /// Position in the list of purposes.
  public let order: Int
  public let title: LocalizedText
  public let intro: LocalizedText?
  /// Things to tick: documents to bring, steps to take.
  public let items: [LocalizedText]
  /// Things to know, not ticked.
  public let notes: [LocalizedText]

  public init(id: String, order: Int, title: LocalizedText, intro: LocalizedText?, items: [LocalizedText],
              notes: [LocalizedText]) {
    self.id = id
    self.order = order
    self.title = title
    self.intro = intro
    self.items = items
    self.notes = notes
  }
}

extension YAMLSection {
  /// A `{fr: "…", en: "…"}` block with every language offered.
  func localized(_ key: String, required: Bool = true, languages: [String], log: inout DiagnosticLog) -> LocalizedText? {
    guard let node = value(key, required: required, log: &log) else { return nil }
    return localizedNode(node, key: key, languages: languages, log: &log)
  }

  func localizedNode(_ node: Yams.Node, key: String, languages: [String], log: inout DiagnosticLog) -> LocalizedText? {
    guard case .mapping = node else {
      problem(key, "expected one text per language, like {fr: \"…\", en: \"…\"}", at: node, log: &log)
      return nil
    }
    let section = YAMLSection(node: node, file: file, path: childPath(key))
    var out: LocalizedText = [:]
    for (language, value) in section.entries {
      if let text = value.scalar?.string, !text.isEmpty { out[language] = text }
    }
    for language in languages where out[language] == nil {
      problem(key, "missing the \(language) text", at: node, log: &log)
    }
    return out
  }

  func localizedList(_ key: String, required: Bool = true, languages: [String], log: inout DiagnosticLog)
    -> [LocalizedText]?
  {
    guard let node = value(key, required: required, log: &log) else { return nil }
    guard let sequence = node.sequence else {
      problem(key, "expected a list of texts, each {fr: \"…\", en: \"…\"}", at: node, log: &log)
      return nil
    }
    return sequence.enumerated().compactMap { index, item in
      localizedNode(item, key: "\(key)[\(index)]", languages: languages, log: &log)
    }
  }
}

enum ChecklistsReader {
  static func read(_ file: YAMLSection, languages: [String], log: inout DiagnosticLog) -> AppointmentChecklist? {
    file.rejectUnknownKeys(allowed: ["id", "order", "title", "intro", "items", "notes"], log: &log)
    let id = file.string("id", log: &log)
    let order = file.int("order", required: false, range: 0...999, log: &log) ?? 999
    let title = file.localized("title", languages: languages, log: &log)
    let intro = file.localized("intro", required: false, languages: languages, log: &log)
    let items = file.localizedList("items", languages: languages, log: &log)
    let notes = file.localizedList("notes", required: false, languages: languages, log: &log) ?? []
    guard let id, let title, let items else { return nil }
    return AppointmentChecklist(id: id, order: order, title: title, intro: intro, items: items, notes: notes)
  }
}
