import Foundation
import Journals
import Testing

@Suite struct FrictionJournalTests {
  static func temporaryJournal() throws -> (FrictionJournal, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("friction-\(UUID().uuidString)")
    return (try FrictionJournal(file: folder.appendingPathComponent("stats.sqlite")), folder)
  }

  static func event(_ journey: String, _ step: String, _ kind: FrictionEvent.Kind, language: String = "fr",
                    assisted: Bool = false) -> FrictionEvent {
    FrictionEvent(journey: journey, step: step, kind: kind, language: language, assisted: assisted)
  }

  @Test func `events in the same hour add to one counter; the time kept is the hour`() throws {
    let (journal, folder) = try Self.temporaryJournal()
    defer { try? FileManager.default.removeItem(at: folder) }
    let at = Date(timeIntervalSince1970: 1_795_000_000)  // a weekday afternoon
    let e = Self.event("document", "stats.step.doc_type", .entered)
    try journal.record(e, at: at)
    try journal.record(e, at: at.addingTimeInterval(60))
    try journal.record(e, at: at.addingTimeInterval(3600))
    let counters = try journal.counters()
    #expect(counters.map(\.count) == [2, 1])
    #expect(counters.allSatisfy { $0.hour.hasSuffix(":00") })
    // Nothing in the file but the counter's columns: no session, no answer.
    let columns = try String(contentsOf: folder.appendingPathComponent("stats.sqlite"), encoding: .isoLatin1)
    #expect(!columns.contains("session"))
  }

  @Test func `the hour is rounded down in the kiosk's time zone`() {
    // 2026-11-23 13:59:59 UTC is 14:59:59 in Paris.
    let date = Date(timeIntervalSince1970: 1_795_442_399)
    #expect(HourBucket.of(date, utcOffset: 3600) == "2026-11-23 14:00")
    #expect(HourBucket.of(date, utcOffset: 0) == "2026-11-23 13:00")
    // Thirteen months back crosses a year, and January stays January.
    #expect(HourBucket.monthsBefore(date, months: 13, utcOffset: 0) == "2025-10-23 13:00")
    #expect(HourBucket.monthsBefore(date, months: 10, utcOffset: 0) == "2026-01-23 13:00")
    #expect(HourBucket.monthsBefore(date, months: 11, utcOffset: 0) == "2025-12-23 13:00")
  }

  @Test func `counters older than the retention are purged, newer ones kept`() throws {
    let (journal, folder) = try Self.temporaryJournal()
    defer { try? FileManager.default.removeItem(at: folder) }
    let e = Self.event("risk", "risk.s.benefit", .entered)
    try journal.add(e, hour: "2025-09-30 10:00", count: 3)
    try journal.add(e, hour: "2025-10-24 10:00", count: 4)
    try journal.add(e, hour: "2026-11-01 10:00", count: 5)
    let now = Date(timeIntervalSince1970: 1_795_442_399)  // 2026-11-23
    #expect(try journal.purge(retentionMonths: 13, now: now, utcOffset: 0) == 1)
    #expect(try journal.counters().map(\.count) == [4, 5])
    #expect(try journal.counters(since: "2026-01-01 00:00").map(\.count) == [5])
  }

  @Test func `the report counts starts, completions, abandons, errors and help`() throws {
    let hour = "2026-11-02 09:00"
    let counters = [
      FrictionCounter(hour: hour, event: Self.event("document", "stats.step.doc_type", .entered), count: 10),
      FrictionCounter(hour: hour, event: Self.event("document", "stats.step.doc_type", .entered, language: "en",
                                                     assisted: true), count: 2),
      FrictionCounter(hour: hour, event: Self.event("document", "stats.step.doc_scan", .entered), count: 9),
      FrictionCounter(hour: "2026-11-03 15:00", event: Self.event("document", "stats.step.doc_receipt", .completed), count: 6),
      FrictionCounter(hour: hour, event: Self.event("document", "stats.step.doc_scan", .abandonedByTimeout), count: 3),
      FrictionCounter(hour: hour, event: Self.event("document", "stats.step.doc_scan", .validationError), count: 4),
      FrictionCounter(hour: hour, event: Self.event("risk", "risk.s.benefit", .entered), count: 4),
      FrictionCounter(hour: hour, event: Self.event("risk", "risk.s.training_end", .validationError), count: 1),
      FrictionCounter(hour: hour, event: Self.event("kiosk", "stats.step.home", .helpAsked), count: 5),
      FrictionCounter(hour: hour, event: Self.event("risk", "risk.s.benefit", .personCalled), count: 2),
    ]
    let report = FrictionReport(counters: counters,
                                firstSteps: ["document": "stats.step.doc_type", "risk": "risk.s.benefit"])
    let document = try #require(report.journeys.first { $0.journey == "document" })
    #expect(document.started == 12)
    #expect(document.completed == 6)
    #expect(document.completionPercent == 50)
    #expect(document.abandoned == 3)
    #expect(document.assisted == 2)
    #expect(report.journeys.first { $0.journey == "risk" }?.completionPercent == 0)
    #expect(report.hardestSteps.map(\.step) == ["stats.step.doc_scan", "risk.s.training_end"])
    #expect(report.hardestSteps.first?.abandoned == 3)
    #expect(report.hardestSteps.first?.validationErrors == 4)
    #expect(report.helpAsked == 5)
    #expect(report.personCalled == 2)
    #expect(report.byLanguage == ["fr": 14, "en": 2])
    #expect(report.from == hour)
    #expect(report.to == "2026-11-03 15:00")
  }

  @Test func `an empty journal gives an empty report`() {
    let report = FrictionReport(counters: [], firstSteps: ["document": "stats.step.doc_type"])
    #expect(report.from == nil)
    #expect(report.journeysStarted == 0)
    #expect(report.journeys.first?.completionPercent == nil)
  }
}
