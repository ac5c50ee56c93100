import DocumentImaging
import DocumentModel

/// A kind of document a person can send, from `kiosk-config/documents.yaml`:
/// its name and what must be visible on it for staff to accept it.
public struct DocumentType: Hashable, Sendable, Identifiable {
  public let id: String
  public let order: Int
  public let title: LocalizedText
  /// "Le nom de l'employeur", "Le mois"…: shown before the scan.
  public let visible: [LocalizedText]
}

/// `documents.yaml`: the limits a document must keep, and its types.
public struct DocumentSettings: Hashable, Sendable {
  public var limits: DocumentLimits
  public var types: [DocumentType]

  public init(limits: DocumentLimits = DocumentLimits(), types: [DocumentType] = []) {
    self.limits = limits
    self.types = types
  }

  public func type(_ id: String) -> DocumentType? { types.first { $0.id == id } }
}

/// Where the kiosk's devices and files are, from `kiosk.yaml`.
public struct DeviceSettings: Hashable, Sendable {
  /// nil: no scanner at this kiosk (the scan choice is not offered).
  public var scanner: ScannerSettings?
  /// Where USB sticks are mounted; nil: no USB choice.
  public var usbRoot: String? = "/media"
  /// The encrypted outbox and its journal.
  public var outboxDirectory = "/var/lib/passerelle/outbox"
  /// The 32-byte AES key of the outbox (created on first use, mode 0600).
  public var outboxKeyFile = "/var/lib/passerelle/outbox.key"
  /// Where the default connector delivers documents for staff.
  public var deliveryDirectory = "/var/spool/passerelle/delivered"
  /// Pages of the visit in progress; emptied at every end of session.
  public var sessionDirectory = "/var/lib/passerelle/session"
  /// Delivered items' journal rows are kept this long, then purged.
  public var journalDays = 30
  /// This kiosk's id in document references ("D-B-1123-4821"): kiosks
  /// sharing one delivery folder each need their own. nil: "D-1123-4821".
  public var kioskID: String?

  public init() {}
}

enum DocumentSettingsReader {
  static func read(_ file: YAMLSection, languages: [String], log: inout DiagnosticLog) -> DocumentSettings {
    file.rejectUnknownKeys(allowed: ["limits", "types"], log: &log)
    var settings = DocumentSettings()
    if let limits = file.section("limits", required: false, log: &log) {
      limits.rejectUnknownKeys(allowed: ["max_kilobytes", "max_pages", "min_dpi", "blank_ink_percent"], log: &log)
      if let kb = limits.int("max_kilobytes", required: false, range: 100...100_000, log: &log) {
        settings.limits.maxBytes = kb * 1000
      }
      settings.limits.maxPages = limits.int("max_pages", required: false, range: 1...200, log: &log) ?? 20
      settings.limits.minDPI = Double(limits.int("min_dpi", required: false, range: 50...600, log: &log) ?? 150)
      if let tenths = limits.int("blank_ink_percent", required: false, range: 0...100, log: &log) {
        // Written in tenths of a percent: 5 means 0.5 %.
        settings.limits.blankInkFraction = Double(tenths) / 1000
      }
    }
    var seen = Set<String>()
    for (index, entry) in (file.list("types", log: &log) ?? []).enumerated() {
      entry.rejectUnknownKeys(allowed: ["id", "title", "visible"], log: &log)
      let id = entry.string("id", log: &log)
      let title = entry.localized("title", languages: languages, log: &log)
      let visible = entry.localizedList("visible", languages: languages, log: &log)
      guard let id, let title, let visible else { continue }
      if !seen.insert(id).inserted { entry.problem("id", "\"\(id)\" is used twice: each type needs its own id", log: &log) }
      settings.types.append(DocumentType(id: id, order: index, title: title, visible: visible))
    }
    if settings.types.isEmpty { file.problem("types", "expected at least one document type", log: &log) }
    if settings.types.count > 9 {
      file.problem("types", "\(settings.types.count) types: keep 9 or fewer, one digit each", severity: .warning, log: &log)
    }
    return settings
  }

  static func readDevices(_ file: YAMLSection, log: inout DiagnosticLog) -> DeviceSettings {
    var devices = DeviceSettings()
    if let scanner = file.section("scanner", required: false, log: &log) {
      scanner.rejectUnknownKeys(allowed: ["enabled", "device", "resolution", "extra_args", "program", "timeout_seconds"],
                                log: &log)
      if scanner.bool("enabled", required: false, log: &log) ?? true {
        var s = ScannerSettings()
        s.device = scanner.string("device", required: false, log: &log)
        s.resolution = scanner.int("resolution", required: false, range: 100...600, log: &log) ?? 200
        s.extraArguments = scanner.strings("extra_args", required: false, log: &log) ?? []
        s.program = absolutePath(scanner, "program", log: &log) ?? s.program
        s.timeoutSeconds = Double(scanner.int("timeout_seconds", required: false, range: 5...600, log: &log) ?? 120)
        devices.scanner = s
      }
    }
    if let usb = file.section("usb", required: false, log: &log) {
      usb.rejectUnknownKeys(allowed: ["enabled", "mount_root"], log: &log)
      let enabled = usb.bool("enabled", required: false, log: &log) ?? true
      devices.usbRoot = enabled ? absolutePath(usb, "mount_root", log: &log) ?? "/media" : nil
    }
    if let outbox = file.section("outbox", required: false, log: &log) {
      outbox.rejectUnknownKeys(allowed: ["dir", "key_file", "delivery_dir", "session_dir", "journal_days", "kiosk_id"],
                               log: &log)
      devices.outboxDirectory = absolutePath(outbox, "dir", log: &log) ?? devices.outboxDirectory
      devices.outboxKeyFile = absolutePath(outbox, "key_file", log: &log) ?? devices.outboxKeyFile
      devices.deliveryDirectory = absolutePath(outbox, "delivery_dir", log: &log) ?? devices.deliveryDirectory
      devices.sessionDirectory = absolutePath(outbox, "session_dir", log: &log) ?? devices.sessionDirectory
      devices.journalDays = outbox.int("journal_days", required: false, range: 1...400, log: &log) ?? 30
      if let id = outbox.string("kiosk_id", required: false, log: &log) {
        if DocumentReference.isValidKioskID(id) { devices.kioskID = id } else {
          outbox.problem("kiosk_id", "expected 1 to 3 capital letters or digits, like A or B2, found \"\(id)\"; give each kiosk sharing a delivery folder its own",
                         at: outbox.value("kiosk_id", required: false, log: &log), log: &log)
        }
      }
    }
    return devices
  }

  static func absolutePath(_ section: YAMLSection, _ key: String, log: inout DiagnosticLog) -> String? {
    guard let path = section.string(key, required: false, log: &log) else { return nil }
    guard path.hasPrefix("/") else {
      section.problem(key, "expected an absolute path (starting with /), found \"\(path)\"", log: &log)
      return nil
    }
    return path
  }
}
