import Foundation
import GRDB

/// Opens one of the kiosk's SQLite journals (statistics, attestations):
/// its folder made if needed, a reader (`kiosk stats`, `kiosk attestation`)
/// waiting for the kiosk's writes rather than failing, and, for records a
/// person may rely on later, every commit on disk before it returns.
enum JournalDatabase {
  static func open(file: URL, label: String, durable: Bool = false, migrator: DatabaseMigrator) throws -> DatabaseQueue {
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(5)
    configuration.label = label
    if durable {
      configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    }
    let database = try DatabaseQueue(path: file.path, configuration: configuration)
    try migrator.migrate(database)
    return database
  }
}
