import Statistics
import WorkingDays

/// The printed attestation that the person tried: where, when, what they
/// came to do, what failed, and the reference staff confirm it by. It
/// carries no name: a line is left to write one by hand.
enum AttestationSheet {
  static func sheet(_ state: AttestationDraft.State, _ c: ScreenContext) -> PrintSheet? {
    // The recorded row when there is one; else what was asked, unrecorded.
    let purpose: AttestationPurpose, failure: AttestationFailure, minute: String
    let record: AttestationRecord?
    switch state {
    case .choosing, .recording: return nil
    case let .recorded(row):
      (record, purpose, failure, minute) = (row, row.purpose, row.failure, row.minute)
    case let .notRecorded(asked):
      (record, purpose, failure, minute) = (nil, asked.purpose, asked.failure, asked.minute)
    }
    var lines = [c.config.site.siteName]
    if let kioskID = record?.kioskID ?? c.config.site.devices.kioskID {
      lines.append(c.text("attestation.kiosk", ["kiosk": kioskID]))
    }
    lines.append(when(minute, c))
    lines += [
      "",
      c.text("attestation.came", ["purpose": c.text("attestation.purpose.\(purpose.rawValue)")]),
      c.text("attestation.failed", ["failure": c.text("attestation.failure.\(failure.rawValue)")]),
      "",
    ]
    if let record {
      lines += [c.text("attestation.reference", ["reference": record.reference]), ""]
    }
    lines += [c.text("attestation.name_line"), ""]
    lines.append(c.text(record == nil ? "attestation.not_recorded" : "attestation.confirm"))
    lines.append(c.text("attestation.keep"))
    lines += PrintSheets.footer(c)
    return PrintSheet(title: c.text("attestation.sheet_title"), lines: lines)
  }

  /// "Le dimanche 29 novembre 2026 à 14 h 05." from the recorded minute
  /// ("2026-11-29 14:05"), so the paper and the record always agree.
  static func when(_ minute: String, _ c: ScreenContext) -> String {
    guard let parts = minuteParts(minute), let day = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else {
      return c.text("attestation.when", ["date": c.catalog.longDate(c.today), "time": PrintSheets.time(c.timeOfDay, c)])
    }
    return c.text("attestation.when", ["date": c.catalog.longDate(day),
                                       "time": PrintSheets.time(TimeOfDay(hour: parts[3], minute: parts[4]), c)])
  }

  /// Year, month, day, hour, minute of a journal minute.
  static func minuteParts(_ minute: String) -> [Int]? {
    let parts = minute.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
    return parts.count == 5 ? parts : nil
  }
}
