import Foundation
import GRDB

/// The anonymous statistics, in SQLite: one counter per hour, step, kind,
/// language and assisted flag. Events are added to a counter, never stored
/// one by one, so nothing links two steps of the same visit.
///
///     <file>  (e.g. /var/lib/passerelle/stats.sqlite)
public final class FrictionJournal: Sendable {
  let database: DatabaseQueue

  public init(file: URL) throws {
    database = try JournalDatabase.open(file: file, label: "friction", migrator: Self.migrator)
  }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "friction") { t in
        t.column("hour", .text).notNull()
        t.column("journey", .text).notNull()
        t.column("step", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("language", .text).notNull()
        t.column("assisted", .boolean).notNull()
        t.column("count", .integer).notNull()
        t.primaryKey(["hour", "journey", "step", "kind", "language", "assisted"])
      }
    }
    return migrator
  }

  /// Adds one to the event's counter for the hour of `date`.
  public func record(_ event: FrictionEvent, at date: Date = Date()) throws {
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO friction (hour, journey, step, kind, language, assisted, count) VALUES (?, ?, ?, ?, ?, ?, 1)
          ON CONFLICT (hour, journey, step, kind, language, assisted) DO UPDATE SET count = count + 1
          """,
        arguments: [HourBucket.of(date), event.journey, event.step, event.kind.rawValue, event.language, event.assisted])
    }
  }

  /// Adds `count` to a counter directly (seeding a journal for tests and
  /// demonstrations).
  public func add(_ event: FrictionEvent, hour: String, count: Int) throws {
    try database.write { db in
      try db.execute(
        sql: """
          INSERT INTO friction (hour, journey, step, kind, language, assisted, count) VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (hour, journey, step, kind, language, assisted) DO UPDATE SET count = count + excluded.count
          """,
        arguments: [hour, event.journey, event.step, event.kind.rawValue, event.language, event.assisted, count])
    }
  }

  /// Deletes counters older than `retentionMonths` months; returns how
  /// many rows went.
  @discardableResult
  public func purge(retentionMonths: Int, now: Date = Date(), utcOffset: Int? = nil) throws -> Int {
    let limit = HourBucket.monthsBefore(now, months: retentionMonths, utcOffset: utcOffset)
    return try database.write { db in
      try db.execute(sql: "DELETE FROM friction WHERE hour < ?", arguments: [limit])
      return db.changesCount
    }
  }

  /// The counters from `since` (an hour bucket) on.
  public func counters(since: String? = nil) throws -> [FrictionCounter] {
    try database.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT hour, journey, step, kind, language, assisted, count FROM friction WHERE hour >= ? ORDER BY hour",
        arguments: [since ?? ""])
      return rows.compactMap { row in
        guard let kind = FrictionEvent.Kind(rawValue: row["kind"]) else { return nil }
        return FrictionCounter(
          hour: row["hour"],
          event: FrictionEvent(journey: row["journey"], step: row["step"], kind: kind, language: row["language"],
                               assisted: row["assisted"]),
          count: row["count"])
      }
    }
  }
}
