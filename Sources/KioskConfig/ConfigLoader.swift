import Foundation
import Obligations
import Wording
import Yams

/// Loads and cross-checks `kiosk-config/`: kiosk.yaml, rules/*.yaml and
/// content/<language>.yaml. Every problem is collected with its file, line
/// and key; nothing half-loaded is ever returned.
public enum ConfigLoader {
  public static func load(directory: URL) throws(ConfigError) -> KioskConfiguration {
    var log = DiagnosticLog()
    let fm = FileManager.default
    var isDirectory: ObjCBool = false
    guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw ConfigError(diagnostics: [ConfigDiagnostic(
        file: directory.path, line: nil, key: "",
        message: "no configuration folder here: give the path of kiosk-config/ with --config")])
    }

    var site = YAMLSection.load(url: directory.appendingPathComponent("kiosk.yaml"),
                                relativePath: "kiosk.yaml", log: &log)
      .flatMap { SiteSettings.read($0, log: &log) }

    var reader = RulesReader()
    let ruleFiles = yamlFiles(in: directory.appendingPathComponent("rules"))
    if ruleFiles.isEmpty {
      log.add(ConfigDiagnostic(file: "rules/", line: nil, key: "", message: "no rule files (*.yaml) found"))
    }
    for name in ruleFiles {
      if let file = YAMLSection.load(url: directory.appendingPathComponent("rules/\(name)"),
                                     relativePath: "rules/\(name)", log: &log) {
        reader.read(file, log: &log)
      }
    }
    let ruleBook = RuleBook(rules: reader.rules, declarationCalendar: DeclarationCalendar(published: reader.windows),
                            sanctionScales: reader.scales.sorted { $0.effectiveFrom < $1.effectiveFrom })

    var catalogs: [String: Catalog] = [:]
    for language in site?.languages ?? [] {
      let path = "content/\(language).yaml"
      if let file = YAMLSection.load(url: directory.appendingPathComponent(path), relativePath: path, log: &log) {
        catalogs[language] = readCatalog(file, language: language, log: &log)
      }
    }

    var checklists: [AppointmentChecklist] = []
    for name in yamlFiles(in: directory.appendingPathComponent("checklists")) {
      if let file = YAMLSection.load(url: directory.appendingPathComponent("checklists/\(name)"),
                                     relativePath: "checklists/\(name)", log: &log),
        let checklist = ChecklistsReader.read(file, languages: [], log: &log)
      {
        checklists.append(checklist)
      }
    }
    checklists.sort { ($0.order, $0.id) < ($1.order, $1.id) }

    var documents = DocumentSettings()
    if let file = YAMLSection.load(url: directory.appendingPathComponent("documents.yaml"), relativePath: "documents.yaml",
                                   log: &log) {
      documents = DocumentSettingsReader.read(file, languages: [], log: &log)
    }

    // Inline texts were read without asking every language: the ones
    // missing inline come from the catalogs, or are reported here.
    var agencyTexts = AgencyTexts(languages: site?.languages ?? [], catalogs: catalogs)
    if var settings = site {
      agencyTexts.completeSite(&settings, log: &log)
      site = settings
    }
    agencyTexts.completeDocuments(&documents, log: &log)
    checklists = checklists.map { agencyTexts.completeChecklist($0, log: &log) }
    agencyTexts.reportUnused(log: &log)

    ConsistencyCheck(ruleBook: ruleBook, catalogs: catalogs, ruleFiles: ruleFiles).run(log: &log)
    guard log.errors.isEmpty, let site else { throw ConfigError(diagnostics: log.errors + log.warnings) }
    return KioskConfiguration(directory: directory, site: site, ruleBook: ruleBook, catalogs: catalogs,
                              checklists: checklists, documents: documents, warnings: log.warnings)
  }

  static func yamlFiles(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .sorted()
  }

  static func readCatalog(_ file: YAMLSection, language: String, log: inout DiagnosticLog) -> Catalog {
    var entries: [String: String] = [:]
    for (key, node) in file.entries {
      if let text = node.scalar?.string { entries[key] = text } else {
        file.problem(key, "expected a text (put it in quotes if it contains a colon)", at: node, log: &log)
      }
    }
    return Catalog(language: language, entries: entries)
  }
}
