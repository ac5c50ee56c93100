import Wording

/// The agency's own texts — `site.help/desk/usb_port/hours` of kiosk.yaml,
/// the document types of documents.yaml, the checklists — are written
/// inline, one text per language. A language missing inline is read from
/// its catalog under a key named after the text (`site.help`,
/// `document_type.<id>.visible.<n>`, `checklist.<id>.items.<n>`), so a
/// translator adds a language without editing the agency's shared files.
/// A text missing in both places is reported, naming both.
struct AgencyTexts {
  let languages: [String]
  let catalogs: [String: Catalog]
  /// The catalog keys read from, for reporting the ones nothing uses.
  private(set) var used = Set<String>()

  init(languages: [String], catalogs: [String: Catalog]) {
    self.languages = languages
    self.catalogs = catalogs
  }

  /// Every language of `text`: inline first, then the catalog's `key`.
  /// `inline` names the place in the shared file ("kiosk.yaml site.help").
  mutating func complete(_ text: LocalizedText, key: String, file: String, inline: String,
                         log: inout DiagnosticLog) -> LocalizedText {
    var out = text
    for language in languages {
      if catalogs[language]?.has(key) == true { used.insert(key) }
      guard out[language] == nil else { continue }
      if let fromCatalog = catalogs[language]?.optionalText(key) {
        out[language] = fromCatalog
      } else {
        log.add(ConfigDiagnostic(
          file: file, line: nil, key: inline,
          message: "no \(language) text: write it here, or as \(key) in content/\(language).yaml"))
      }
    }
    return out
  }

  /// Optional texts (hours, an intro…) are asked in every language only
  /// when the agency wrote them in at least one.
  mutating func completeOptional(_ text: LocalizedText?, key: String, file: String, inline: String,
                         log: inout DiagnosticLog) -> LocalizedText? {
    guard let text, !text.isEmpty else { return nil }
    return complete(text, key: key, file: file, inline: inline, log: &log)
  }

  mutating func completeSite(_ site: inout SiteSettings, log: inout DiagnosticLog) {
    site.helpText = complete(site.helpText, key: "site.help", file: "kiosk.yaml", inline: "site.help", log: &log)
    site.desk = completeOptional(site.desk, key: "site.desk", file: "kiosk.yaml", inline: "site.desk", log: &log) ?? [:]
    site.usbPort = completeOptional(site.usbPort, key: "site.usb_port", file: "kiosk.yaml", inline: "site.usb_port", log: &log) ?? [:]
    site.hours = completeOptional(site.hours, key: "site.hours", file: "kiosk.yaml", inline: "site.hours", log: &log) ?? [:]
  }

  mutating func completeDocuments(_ documents: inout DocumentSettings, log: inout DiagnosticLog) {
    documents.types = documents.types.map { type in
      let prefix = "document_type.\(type.id)"
      let place = "types \(type.id)"
      let title = complete(type.title, key: "\(prefix).title", file: "documents.yaml", inline: "\(place) title", log: &log)
      let visible = type.visible.enumerated().map { index, text in
        complete(text, key: "\(prefix).visible.\(index + 1)", file: "documents.yaml",
                 inline: "\(place) visible[\(index)]", log: &log)
      }
      return DocumentType(id: type.id, order: type.order, title: title, visible: visible)
    }
  }

  mutating func completeChecklist(_ checklist: AppointmentChecklist, log: inout DiagnosticLog) -> AppointmentChecklist {
    let prefix = "checklist.\(checklist.id)"
    let file = "checklists/ (id \(checklist.id))"
    func list(_ texts: [LocalizedText], _ name: String, log: inout DiagnosticLog) -> [LocalizedText] {
      texts.enumerated().map { index, text in
        complete(text, key: "\(prefix).\(name).\(index + 1)", file: file, inline: "\(name)[\(index)]", log: &log)
      }
    }
    return AppointmentChecklist(
      id: checklist.id, order: checklist.order,
      title: complete(checklist.title, key: "\(prefix).title", file: file, inline: "title", log: &log),
      intro: completeOptional(checklist.intro, key: "\(prefix).intro", file: file, inline: "intro", log: &log),
      items: list(checklist.items, "items", log: &log), notes: list(checklist.notes, "notes", log: &log))
  }

  /// A catalog key of an agency text that names no text of the shared
  /// files (a removed item, a misspelt id) would never be shown: a warning,
  /// since the agency may remove a text before the translator does.
  func reportUnused(log: inout DiagnosticLog) {
    for language in languages {
      guard let catalog = catalogs[language] else { continue }
      for key in catalog.entries.keys.sorted() where CatalogKeys.isAgencyText(key) && !used.contains(key) {
        log.add(ConfigDiagnostic(
          file: "content/\(language).yaml", line: nil, key: key,
          message: "no such text in kiosk.yaml, documents.yaml or checklists/: remove this key or check its id and number",
          severity: .warning))
      }
    }
  }
}

/// Which catalog keys a language may have that French has not, and why.
public enum CatalogKeys {
  /// `site.help`, `document_type.payslip.visible.2`, `checklist.training.items.3`…
  public static func isAgencyText(_ key: String) -> Bool {
    let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    switch parts.first {
    case "site":
      return parts.count == 2 && ["help", "desk", "usb_port", "hours"].contains(parts[1])
    case "document_type":
      return (parts.count == 3 && parts[2] == "title") || (parts.count == 4 && parts[2] == "visible" && isIndex(parts[3]))
    case "checklist":
      return (parts.count == 3 && ["title", "intro"].contains(parts[2]))
        || (parts.count == 4 && ["items", "notes"].contains(parts[2]) && isIndex(parts[3]))
    default:
      return false
    }
  }

  /// `date.month_in_date.12`: the month's form inside a date, for the
  /// languages that change it.
  public static func isMonthInDate(_ key: String) -> Bool {
    key.hasPrefix("date.month_in_date.")
  }

  /// The counted key and category of `unit.hours.few`; nil for a key that
  /// is not a plural form.
  public static func pluralForm(_ key: String) -> (base: String, category: PluralCategory)? {
    guard let dot = key.lastIndex(of: "."), let category = PluralCategory(rawValue: String(key[key.index(after: dot)...]))
    else { return nil }
    return (String(key[..<dot]), category)
  }

  static func isIndex(_ text: String) -> Bool {
    !text.isEmpty && text.allSatisfy(\.isNumber) && text.first != "0"
  }
}
