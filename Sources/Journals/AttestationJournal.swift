import Foundation
import GRDB

/// The anonymous record of attestations ("the person tried"), in SQLite:
/// reference, minute, kiosk id, purpose, failure. No name, no answer, no
/// identifier: staff confirm a printed attestation by its reference with
/// `kiosk attestation show`.
///
/// A reference is never given twice: it is unique among the rows, and the
/// references of purged rows stay in `retired` (the reference alone).
///
///     <file>  (e.g. /var/lib/passerelle/attestations.sqlite)
public final class AttestationJournal: Sendable {
  let database: DatabaseQueue

  public init(file: URL) throws {
    // A printed attestation must be confirmable after a power cut: durable.
    database = try JournalDatabase.open(file: file, label: "attestation", durable: true, migrator: Self.migrator)
  }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "attestation") { t in
        t.primaryKey("reference", .text)
        t.column("minute", .text).notNull()
        t.column("kiosk", .text)
        t.column("purpose", .text).notNull()
        t.column("failure", .text).notNull()
      }
      try db.create(table: "retired") { t in t.primaryKey("reference", .text) }
    }
    return migrator
  }

  /// No reference was free after this many draws (thousands in one day).
  public struct NoFreeReference: Error, CustomStringConvertible {
    public var description: String {
      "no free attestation reference for this day after 50 tries; give this kiosk an id (outbox.kiosk_id)"
    }
  }

  /// Records an attestation under a new reference and returns its row.
  public func record(_ request: AttestationRequest, kioskID: String?) throws -> AttestationRecord {
    var generator = SystemRandomNumberGenerator()
    return try record(request, kioskID: kioskID, using: &generator)
  }

  public func record<G: RandomNumberGenerator>(_ request: AttestationRequest, kioskID: String?,
                                               using generator: inout G) throws -> AttestationRecord {
    try database.write { db in
      for _ in 0..<50 {
        let reference = Self.draw(request, kioskID: kioskID, using: &generator)
        let taken = try Bool.fetchOne(db, sql: """
          SELECT EXISTS (SELECT 1 FROM attestation WHERE reference = ?) OR EXISTS (SELECT 1 FROM retired WHERE reference = ?)
          """, arguments: [reference, reference]) ?? true
        if taken { continue }
        let row = AttestationRecord(reference: reference, minute: request.minute, kioskID: kioskID,
                                    purpose: request.purpose, failure: request.failure)
        try db.execute(sql: "INSERT INTO attestation (reference, minute, kiosk, purpose, failure) VALUES (?, ?, ?, ?, ?)",
                       arguments: [row.reference, row.minute, row.kioskID, row.purpose.rawValue, row.failure.rawValue])
        return row
      }
      throw NoFreeReference()
    }
  }

  /// "A-1129-4821", "A-B-1129-4821": short to read aloud; the kiosk id
  /// keeps kiosks apart, the journal keeps one kiosk's references apart.
  static func draw<G: RandomNumberGenerator>(_ request: AttestationRequest, kioskID: String?,
                                             using generator: inout G) -> String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    let number = Int.random(in: 0...9999, using: &generator)
    let digits = String(repeating: "0", count: 4 - String(number).count) + String(number)
    return (["A"] + [kioskID].compactMap { $0 } + [two(request.month) + two(request.day), digits])
      .joined(separator: "-")
  }

  /// Deletes rows older than `retentionMonths` months; their references
  /// stay retired so they are never given again. Returns how many went.
  @discardableResult
  public func purge(retentionMonths: Int, now: Date = Date(), utcOffset: Int? = nil) throws -> Int {
    let limit = HourBucket.monthsBefore(now, months: retentionMonths, utcOffset: utcOffset)
    return try database.write { db in
      try db.execute(sql: "INSERT OR IGNORE INTO retired (reference) SELECT reference FROM attestation WHERE minute < ?",
                     arguments: [limit])
      try db.execute(sql: "DELETE FROM attestation WHERE minute < ?", arguments: [limit])
      return db.changesCount
    }
  }

  /// The rows from `since` ("2026-11-01", or any prefix of a minute) on,
  /// oldest first.
  public func list(since: String? = nil) throws -> [AttestationRecord] {
    try database.read { db in
      try Row.fetchAll(db, sql: "SELECT * FROM attestation WHERE minute >= ? ORDER BY minute, reference",
                       arguments: [since ?? ""]).compactMap(Self.record)
    }
  }

  /// The row of `reference` (case and spaces ignored), or nil.
  public func find(_ reference: String) throws -> AttestationRecord? {
    let wanted = reference.uppercased().filter { !$0.isWhitespace }
    return try database.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM attestation WHERE reference = ?", arguments: [wanted]).flatMap(Self.record)
    }
  }

  static func record(_ row: Row) -> AttestationRecord? {
    guard let purpose = AttestationPurpose(rawValue: row["purpose"]),
          let failure = AttestationFailure(rawValue: row["failure"]) else { return nil }
    return AttestationRecord(reference: row["reference"], minute: row["minute"], kioskID: row["kiosk"],
                             purpose: purpose, failure: failure)
  }
}
