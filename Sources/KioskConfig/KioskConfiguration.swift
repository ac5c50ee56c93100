import Foundation
import Obligations
import Wording

/// Everything the kiosk reads from `kiosk-config/`, checked.
public struct KioskConfiguration: Sendable {
  public let directory: URL
  public let site: SiteSettings
  public let ruleBook: RuleBook
  /// One catalog per offered language, by code.
  public let catalogs: [String: Catalog]
  /// Appointment checklists, in the order shown.
  public let checklists: [AppointmentChecklist]
  /// Document types and limits (`documents.yaml`).
  public let documents: DocumentSettings
  /// Problems that do not stop the kiosk, for `config check` and the log.
  public let warnings: [ConfigDiagnostic]

  public init(
    directory: URL, site: SiteSettings, ruleBook: RuleBook, catalogs: [String: Catalog],
    checklists: [AppointmentChecklist] = [], documents: DocumentSettings = DocumentSettings(),
    warnings: [ConfigDiagnostic] = []
  ) {
    self.documents = documents
    self.checklists = checklists
    self.directory = directory
    self.site = site
    self.ruleBook = ruleBook
    self.catalogs = catalogs
    self.warnings = warnings
  }

  /// The catalog of `language`, or the first offered language's.
  public func catalog(_ language: String) -> Catalog {
    catalogs[language] ?? catalogs[site.languages[0]]!
  }

  /// The default language's catalog.
  public var defaultCatalog: Catalog { catalog(site.languages[0]) }
}
