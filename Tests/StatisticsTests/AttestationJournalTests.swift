import Foundation
import Journals
import Testing

/// The anonymous attestation record: what a row holds, references never
/// given twice, old rows purged.
@Suite struct AttestationJournalTests {
  /// Returns the same numbers over and over: the same reference is drawn
  /// again, as bad luck would. 1 draws 0000 and `.max` 9999 (0 would be
  /// rejected for ever by `Int.random(in:using:)`).
  struct Repeating: RandomNumberGenerator {
    var values: [UInt64]
    var index = 0
    mutating func next() -> UInt64 {
      defer { index = (index + 1) % values.count }
      return values[index]
    }
  }

  static func request(_ day: Int = 29, month: Int = 11, year: Int = 2026, failure: AttestationFailure = .officialSiteDown)
    -> AttestationRequest {
    AttestationRequest(purpose: .declaration, failure: failure, year: year, month: month, day: day, hour: 9, minute: 5)
  }

  static func temporaryFile() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("passerelle-attest-\(UUID().uuidString)/a.sqlite")
  }

  /// Every column and value of the table, read with the sqlite3 tool, not
  /// through the journal's own code.
  static func dump(_ file: URL) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-header", "-separator", "|", file.path, "SELECT * FROM attestation ORDER BY reference"]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}

extension AttestationJournalTests {
  @Test func `a row holds the reference, the minute, the kiosk, the purpose and the failure, nothing else`() throws {
    let file = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let journal = try AttestationJournal(file: file)
    var generator = Repeating(values: [1])
    let row = try journal.record(Self.request(failure: .codeNotReceived), kioskID: "B", using: &generator)
    #expect(row.reference == "A-B-1129-0000")
    #expect(try Self.dump(file) == "reference|minute|kiosk|purpose|failure\nA-B-1129-0000|2026-11-29 09:05|B|declaration|no_code\n")
  }

  @Test func `references are short, dated, with the kiosk id, and readable aloud`() throws {
    let file = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let journal = try AttestationJournal(file: file)
    let plain = try journal.record(Self.request(3, month: 2), kioskID: nil)
    #expect(plain.reference.wholeMatch(of: /A-0203-[0-9]{4}/) != nil, "\(plain.reference)")
    let named = try journal.record(Self.request(), kioskID: "K12")
    #expect(named.reference.wholeMatch(of: /A-K12-1129-[0-9]{4}/) != nil, "\(named.reference)")
  }

  @Test func `a reference already given is drawn again, and never reused once all are taken`() throws {
    let file = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let journal = try AttestationJournal(file: file)
    var same = Repeating(values: [1])
    let first = try journal.record(Self.request(), kioskID: nil, using: &same)
    var again = Repeating(values: [1, 1, 1, .max])
    let second = try journal.record(Self.request(), kioskID: nil, using: &again)
    #expect(first.reference != second.reference)
    #expect(throws: AttestationJournal.NoFreeReference.self) {
      var stuck = Repeating(values: [1])
      _ = try journal.record(Self.request(), kioskID: nil, using: &stuck)
    }
    #expect(try journal.list().count == 2)
  }

  @Test func `purged rows go, their references stay retired and are never given again`() throws {
    let file = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let journal = try AttestationJournal(file: file)
    var same = Repeating(values: [1])
    let old = try journal.record(Self.request(29, month: 11, year: 2024), kioskID: nil, using: &same)
    let recent = try journal.record(Self.request(1, month: 10, year: 2026), kioskID: nil)
    // 30 November 2026 at noon UTC, rows kept 13 months.
    let now = Date(timeIntervalSince1970: 1_796_040_000)
    #expect(try journal.purge(retentionMonths: 13, now: now, utcOffset: 0) == 1)
    #expect(try journal.find(old.reference) == nil)
    #expect(try journal.find(recent.reference) == recent)
    // The same day of the year, the same digits: that reference was given once.
    #expect(throws: AttestationJournal.NoFreeReference.self) {
      var stuck = Repeating(values: [1])
      _ = try journal.record(Self.request(29, month: 11, year: 2026), kioskID: nil, using: &stuck)
    }
  }

  @Test func `list from a day, oldest first; find ignores case and spaces`() throws {
    let file = Self.temporaryFile()
    defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
    let journal = try AttestationJournal(file: file)
    let a = try journal.record(Self.request(2), kioskID: "B")
    let b = try journal.record(Self.request(20), kioskID: "B")
    #expect(try journal.list().map(\.reference) == [a.reference, b.reference])
    #expect(try journal.list(since: "2026-11-10").map(\.reference) == [b.reference])
    #expect(try journal.find(" " + b.reference.lowercased() + " ") == b)
    #expect(try journal.find("A-B-0000-0000") == nil)
  }
}
