import Statistics
import WorkingDays

/// The printed attestation that the person tried: where, when, what they
/// came to do, what failed, and the reference staff confirm it by. It
/// carries no name: a line is left to write one by hand.
enum AttestationSheet {
  static func sheet(_ state: AttestationDraft.State, _ c: ScreenContext) -> PrintSheet? {
    let request: AttestationRequest
    let record: AttestationRecord?
    switch state {
    case .choosing, .recording: return nil
    case let .recorded(row):
      record = row
      request = AttestationRequest(purpose: row.purpose, failure: row.failure, year: c.today.year, month: c.today.month,
                                   day: c.today.day, hour: c.timeOfDay.hour, minute: c.timeOfDay.minute)
    case let .notRecorded(asked):
      record = nil
      request = asked
    }
    var lines = [c.config.site.siteName]
    let kioskID = record?.kioskID ?? c.config.site.devices.kioskID
    if let kioskID { lines.append(c.text("attestation.kiosk", ["kiosk": kioskID])) }
    lines.append(c.text("attestation.when", ["date": date(record, request, c), "time": time(record, request, c)]))
    lines += [
      "",
      c.text("attestation.came", ["purpose": c.text("attestation.purpose.\(request.purpose.rawValue)")]),
      c.text("attestation.failed", ["failure": c.text("attestation.failure.\(request.failure.rawValue)")]),
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

  /// The day of the recorded minute ("2026-11-29 14:05"), written out.
  static func date(_ record: AttestationRecord?, _ request: AttestationRequest, _ c: ScreenContext) -> String {
    let parts = minuteParts(record?.minute) ?? [request.year, request.month, request.day, request.hour, request.minuteOfHour]
    return CivilDate(year: parts[0], month: parts[1], day: parts[2]).map { c.catalog.longDate($0) } ?? c.catalog.longDate(c.today)
  }

  static func time(_ record: AttestationRecord?, _ request: AttestationRequest, _ c: ScreenContext) -> String {
    let parts = minuteParts(record?.minute) ?? [request.year, request.month, request.day, request.hour, request.minuteOfHour]
    return PrintSheets.time(TimeOfDay(hour: parts[3], minute: parts[4]), c)
  }

  /// Year, month, day, hour, minute of a journal minute.
  static func minuteParts(_ minute: String?) -> [Int]? {
    guard let minute else { return nil }
    let parts = minute.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
    return parts.count == 5 ? parts : nil
  }
}
