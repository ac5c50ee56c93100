import Obligations
import Wording

/// Checks across files: every rule the risk check needs exists, every key a
/// rule names exists in every language, and every language has the same
/// keys with the same placeholders.
struct ConsistencyCheck {
  let ruleBook: RuleBook
  let catalogs: [String: Catalog]
  let ruleFiles: [String]

  func run(log: inout DiagnosticLog) {
    let rulesFile = ruleFiles.first.map { "rules/\($0)" } ?? "rules/"
    for id in RiskAssessor.RuleID.all where !ruleBook.rules.contains(where: { $0.id == id }) {
      log.add(ConfigDiagnostic(file: rulesFile, line: nil, key: "rules",
                               message: "no rule with id \"\(id)\": the risk check needs it"))
    }
    var seen: [String: [Rule]] = [:]
    for rule in ruleBook.rules { seen[rule.id, default: []].append(rule) }
    for (id, versions) in seen where versions.count > 1 {
      let sorted = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
      for (a, b) in zip(sorted, sorted.dropFirst()) where a.effectiveUntil.map({ $0 >= b.effectiveFrom }) ?? true {
        log.add(ConfigDiagnostic(file: rulesFile, line: nil, key: "rules.\(id)",
                                 message: "two versions are in force at once: end the first (effective_until) before \(b.effectiveFrom.iso)"))
      }
    }
    let languages = catalogs.keys.sorted()
    let counted = countedKeys
    for language in languages {
      guard let catalog = catalogs[language] else { continue }
      let file = "content/\(language).yaml"
      for key in referencedKeys where !catalog.has(key) {
        log.add(ConfigDiagnostic(file: file, line: nil, key: key, message: "missing text: a rule uses this key"))
      }
      checkPlurals(catalog, counted: counted, file: file, log: &log)
      for other in languages where other != language {
        guard let otherCatalog = catalogs[other] else { continue }
        for key in otherCatalog.entries.keys.sorted() where !catalog.has(key) && !isLanguageSpecific(key, counted: counted) {
          log.add(ConfigDiagnostic(file: file, line: nil, key: key,
                                   message: "missing: content/\(other).yaml has this key, add its \(language) text"))
        }
        for key in catalog.entries.keys.sorted() where otherCatalog.has(key) {
          let mine = catalog.placeholders(of: key)
          let theirs = otherCatalog.placeholders(of: key)
          if language < other, mine != theirs {
            log.add(ConfigDiagnostic(file: file, line: nil, key: key,
                                     message: "placeholders {\(mine.sorted().joined(separator: "}, {"))} differ from content/\(other).yaml"))
          }
        }
      }
    }
  }

  /// Keys one language has and another need not: the agency's texts
  /// (inline in the shared files for some languages), a month's form inside
  /// a date, and the plural forms beyond `.one`/`.other`.
  func isLanguageSpecific(_ key: String, counted: Set<String>) -> Bool {
    if CatalogKeys.isAgencyText(key) || CatalogKeys.isMonthInDate(key) { return true }
    guard let form = CatalogKeys.pluralForm(key) else { return false }
    return counted.contains(form.base) && form.category != .one && form.category != .other
  }

  /// Keys counted with a number ("{n} jours"): every `<key>.one` of any
  /// catalog names one.
  var countedKeys: Set<String> {
    var keys = Set<String>()
    for catalog in catalogs.values {
      for key in catalog.entries.keys {
        if let form = CatalogKeys.pluralForm(key), form.category == .one { keys.insert(form.base) }
      }
    }
    return keys
  }

  /// Each counted key has exactly the plural forms of its language's CLDR
  /// rule: Ukrainian needs `.few` and `.many`, French must not have them.
  func checkPlurals(_ catalog: Catalog, counted: Set<String>, file: String, log: inout DiagnosticLog) {
    let language = catalog.language
    let needed = PluralRules.categories(language)
    let name = Self.languageName(language)
    for base in counted.sorted() {
      for category in needed where !catalog.has("\(base).\(category.rawValue)") {
        let numbers = PluralRules.examples(category, language).map(String.init).joined(separator: ", ")
        log.add(ConfigDiagnostic(
          file: file, line: nil, key: "\(base).\(category.rawValue)",
          message: "missing plural form \"\(category.rawValue)\" of \(base): \(name) uses it for numbers like \(numbers); add this key"))
      }
    }
    for key in catalog.entries.keys.sorted() {
      guard let form = CatalogKeys.pluralForm(key), counted.contains(form.base), !needed.contains(form.category) else { continue }
      log.add(ConfigDiagnostic(
        file: file, line: nil, key: key,
        message: "\(name) has no plural form \"\(form.category.rawValue)\" (it uses \(needed.map(\.rawValue).joined(separator: ", "))): remove this key"))
    }
  }

  /// English names of the languages, for the staff reading the check.
  static func languageName(_ code: String) -> String {
    let names = ["fr": "French", "en": "English", "es": "Spanish", "pt": "Portuguese", "uk": "Ukrainian",
                 "ro": "Romanian", "tr": "Turkish", "ar": "Arabic"]
    return names[code] ?? "The language \"\(code)\""
  }

  /// Catalog keys named by rules and sanction scales.
  var referencedKeys: [String] {
    var keys: [String] = []
    for rule in ruleBook.rules {
      keys += [rule.titleKey, rule.consequenceKey] + rule.actionKeys + rule.lateActionKeys + rule.noteKeys
    }
    for scale in ruleBook.sanctionScales {
      keys.append(scale.titleKey)
      keys += scale.steps.map(\.measureKey)
    }
    var seen = Set<String>()
    return keys.filter { seen.insert($0).inserted }
  }
}
