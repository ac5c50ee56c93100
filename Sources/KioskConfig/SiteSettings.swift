import Obligations
import WorkingDays

/// The kiosk's own settings, from `kiosk-config/kiosk.yaml`.
public struct SiteSettings: Hashable, Sendable {
  /// Shown in every header ("France Travail — Paris 11e").
  public var siteName: String
  /// Whose public holidays apply.
  public var department: Department
  /// The zone of the kiosk's dates: `site.time_zone`, else the department's.
  public var timeZone = "Europe/Paris"
  /// Where to find a person, per language code.
  public var helpText: [String: String]
  /// Opening hours of the agency's reception, per language code.
  public var hours: [String: String] = [:]
  /// Where the reception desk is ("à l'entrée, à gauche"), per language:
  /// what a person without a phone needs.
  public var desk: [String: String] = [:]
  /// Where the USB port of the kiosk is, per language.
  public var usbPort: [String: String] = [:]
  /// A program to run to call staff (argv), or nil when there is none.
  public var callStaffCommand: [String]?
  /// Languages offered, in the order shown; the first is the default.
  public var languages: [String]
  /// Languages offered for speech only (Arabic: the Linux console cannot
  /// show it), by code: the language the screen shows meanwhile and the
  /// name shown on a terminal that cannot write the language's script.
  public var spokenOnly: [String: SpokenOnlyLanguage] = [:]
  public var idleWarningSeconds: Int
  public var idleCountdownSeconds: Int
  public var thresholds: RiskThresholds
  /// The code staff type after the staff key to leave the kiosk, as a
  /// salted slow hash; nil disables the staff exit.
  public var staffExitHash: PINHash?
  /// The mediators' PIN, as a salted slow hash; nil: no mediator mode.
  public var mediatorPINHash: PINHash?
  /// Minutes one "more time" adds to the idle timeout in mediator mode.
  public var mediatorExtendMinutes = 10
  /// The anonymous statistics journal and how long it keeps counters.
  public var statisticsJournal = "/var/lib/passerelle/stats.sqlite"
  public var statisticsRetentionMonths = 13
  /// The anonymous record of attestations ("the person tried": reference,
  /// minute, kiosk, purpose, failure) and how long it keeps rows.
  public var attestationJournal = "/var/lib/passerelle/attestations.sqlite"
  public var attestationRetentionMonths = 13
  /// The CUPS queue sheets go to; nil: no printer, sheets are kept for staff.
  public var printerQueue: String?
  /// Where a sheet goes when it cannot be printed, for staff to print later.
  public var printFallbackDirectory = "/var/spool/passerelle/prints"
  /// Seconds a print job is followed: not printed by then, it is cancelled
  /// and the sheet kept for staff, so it never comes out for someone else.
  public var printFollowSeconds = 30
  /// Scanner, USB sticks, outbox and delivery folders.
  public var devices = DeviceSettings()
  /// Where speech goes, how fast and how loud.
  public var speech = SpeechSettings()

  public init(
    siteName: String, department: Department, helpText: [String: String] = [:],
    callStaffCommand: [String]? = nil, languages: [String] = ["fr", "en"],
    idleWarningSeconds: Int = 90, idleCountdownSeconds: Int = 60,
    thresholds: RiskThresholds = RiskThresholds(), staffExitHash: PINHash? = nil
  ) {
    self.siteName = siteName
    self.department = department
    self.helpText = helpText
    self.callStaffCommand = callStaffCommand
    self.languages = languages
    self.idleWarningSeconds = idleWarningSeconds
    self.idleCountdownSeconds = idleCountdownSeconds
    self.thresholds = thresholds
    self.staffExitHash = staffExitHash
  }

  /// The languages a screen can be shown in (offered minus spoken-only).
  public var displayLanguages: [String] { languages.filter { spokenOnly[$0] == nil } }

  static let keys: Set<String> = [
    "site", "languages", "spoken_only", "idle", "risk", "staff", "mediator", "statistics", "attestations", "printer", "scanner", "usb", "outbox",
    "speech",
  ]

  static func read(_ file: YAMLSection, log: inout DiagnosticLog) -> SiteSettings? {
    file.rejectUnknownKeys(allowed: keys, log: &log)
    guard let site = file.section("site", log: &log) else { return nil }
    site.rejectUnknownKeys(
      allowed: ["name", "department", "time_zone", "help", "hours", "desk", "usb_port", "call_staff_command"], log: &log)
    let name = site.string("name", log: &log)
    var department: Department?
    if let code = site.string("department", log: &log) {
      do { department = try Department(code: code) } catch {
        site.problem("department", error.description, at: site.value("department", required: false, log: &log),
                     log: &log)
      }
    }
    var help: [String: String] = [:]
    if let section = site.section("help", log: &log) {
      for (language, node) in section.entries {
        if let text = node.scalar?.string, !text.isEmpty { help[language] = text } else {
          section.problem(language, "expected the help text in this language", at: node, log: &log)
        }
      }
    }
    let hours = site.localized("hours", required: false, languages: [], log: &log) ?? [:]
    let desk = site.localized("desk", required: false, languages: [], log: &log) ?? [:]
    let usbPort = site.localized("usb_port", required: false, languages: [], log: &log) ?? [:]
    let command = site.strings("call_staff_command", required: false, log: &log)
    let languages = file.strings("languages", log: &log) ?? ["fr"]
    if languages.isEmpty { file.problem("languages", "expected at least one language, like [fr, en]", log: &log) }
    // A language missing in help/desk/hours/usb_port is read from its
    // catalog (AgencyTexts), once the catalogs are loaded.

    var settings = SiteSettings(siteName: name ?? "", department: department ?? (try! Department(code: "75")),
                                helpText: help, callStaffCommand: command, languages: languages)
    settings.hours = hours
    settings.desk = desk
    settings.usbPort = usbPort
    settings.spokenOnly = SpokenOnlyLanguage.read(file, languages: languages, log: &log)
    settings.timeZone = SiteTimeZone.of(settings.department)
    if let zone = site.string("time_zone", required: false, log: &log) {
      if SiteTimeZone.isKnown(zone) { settings.timeZone = zone } else {
        site.problem("time_zone", "unknown time zone \"\(zone)\": expected a name like Europe/Paris or America/Cayenne (ls /usr/share/zoneinfo), or leave it out to follow site.department",
                     at: site.value("time_zone", required: false, log: &log), log: &log)
      }
    }
    if let idle = file.section("idle", required: false, log: &log) {
      idle.rejectUnknownKeys(allowed: ["warning_seconds", "countdown_seconds"], log: &log)
      settings.idleWarningSeconds = idle.int("warning_seconds", range: 2...3600, log: &log) ?? 90
      settings.idleCountdownSeconds = idle.int("countdown_seconds", range: 2...600, log: &log) ?? 60
      // WCAG 2.2.1 asks for at least 20 seconds to react; shorter is for test rigs only.
      if settings.idleCountdownSeconds < 20 {
        idle.problem("countdown_seconds", "under 20 seconds: people cannot react in time (WCAG 2.2.1); use this only for tests",
                     at: idle.value("countdown_seconds", required: false, log: &log), severity: .warning, log: &log)
      }
    }
    if let risk = file.section("risk", required: false, log: &log) {
      risk.rejectUnknownKeys(allowed: ["urgent_working_days", "soon_calendar_days"], log: &log)
      settings.thresholds = RiskThresholds(
        urgentWorkingDays: risk.int("urgent_working_days", range: 0...30, log: &log) ?? 2,
        soonCalendarDays: risk.int("soon_calendar_days", range: 0...90, log: &log) ?? 7)
    }
    if let staff = file.section("staff", required: false, log: &log) {
      if staff.value("exit_code", required: false, log: &log) != nil {
        staff.problem("exit_code", "a plain code is no longer accepted: run `kiosk pin hash`, then write its line as exit_code_hash",
                      log: &log)
      }
      staff.rejectUnknownKeys(allowed: ["exit_code_hash", "exit_code"], log: &log)
      settings.staffExitHash = pinHash(staff, "exit_code_hash", log: &log)
    }
    if let mediator = file.section("mediator", required: false, log: &log) {
      mediator.rejectUnknownKeys(allowed: ["pin_hash", "extend_minutes"], log: &log)
      settings.mediatorPINHash = pinHash(mediator, "pin_hash", log: &log)
      settings.mediatorExtendMinutes = mediator.int("extend_minutes", required: false, range: 1...120, log: &log) ?? 10
    }
    if let statistics = file.section("statistics", required: false, log: &log) {
      statistics.rejectUnknownKeys(allowed: ["journal", "retention_months"], log: &log)
      if let path = statistics.string("journal", required: false, log: &log) {
        if path.hasPrefix("/") { settings.statisticsJournal = path } else {
          statistics.problem("journal", "expected an absolute path, like /var/lib/passerelle/stats.sqlite", log: &log)
        }
      }
      settings.statisticsRetentionMonths =
        statistics.int("retention_months", required: false, range: 1...120, log: &log) ?? 13
    }
    if let attestations = file.section("attestations", required: false, log: &log) {
      attestations.rejectUnknownKeys(allowed: ["journal", "retention_months"], log: &log)
      if let path = attestations.string("journal", required: false, log: &log) {
        if path.hasPrefix("/") { settings.attestationJournal = path } else {
          attestations.problem("journal", "expected an absolute path, like /var/lib/passerelle/attestations.sqlite", log: &log)
        }
      }
      settings.attestationRetentionMonths =
        attestations.int("retention_months", required: false, range: 1...120, log: &log) ?? 13
    }
    if let printer = file.section("printer", required: false, log: &log) {
      printer.rejectUnknownKeys(allowed: ["queue", "fallback_dir", "follow_seconds"], log: &log)
      settings.printerQueue = printer.string("queue", required: false, log: &log)
      settings.printFollowSeconds = printer.int("follow_seconds", required: false, range: 1...600, log: &log) ?? 30
      if let dir = printer.string("fallback_dir", required: false, log: &log) {
        if dir.hasPrefix("/") { settings.printFallbackDirectory = dir } else {
          printer.problem("fallback_dir", "expected an absolute path, like /var/spool/passerelle/prints", log: &log)
        }
      }
    }
    settings.devices = DocumentSettingsReader.readDevices(file, log: &log)
    settings.speech = SpeechSettings.read(file, log: &log)
    guard name != nil, department != nil, !languages.isEmpty else { return nil }
    return settings
  }

  static func pinHash(_ section: YAMLSection, _ key: String, log: inout DiagnosticLog) -> PINHash? {
    guard let line = section.string(key, required: false, log: &log) else { return nil }
    do { return try PINHash(parsing: line) } catch {
      section.problem(key, "\(error)", log: &log)
      return nil
    }
  }
}
