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
    for language in languages {
      guard let catalog = catalogs[language] else { continue }
      let file = "content/\(language).yaml"
      for key in referencedKeys where !catalog.has(key) {
        log.add(ConfigDiagnostic(file: file, line: nil, key: key, message: "missing text: a rule uses this key"))
      }
      for other in languages where other != language {
        guard let otherCatalog = catalogs[other] else { continue }
        for key in otherCatalog.entries.keys.sorted() where !catalog.has(key) {
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
