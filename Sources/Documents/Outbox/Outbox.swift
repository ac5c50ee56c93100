import Foundation
import GRDB

/// The local journal (SQLite) and the encrypted files of documents waiting
/// to leave. A document is committed when `commit` returns: its encrypted
/// file is on disk and its journal row exists. Crashes at any point before
/// that leave at most an orphan file, which `recover` deletes; crashes after
/// it lose nothing.
///
/// Several processes use one outbox at once (the kiosk, staff commands, a
/// cron delivery): `OutboxLock` keeps recovery away from a commit in
/// progress, and one delivery run at a time.
///
///     <directory>/journal.sqlite
///     <directory>/files/<id>.pdf.sealed
///     <directory>/commits.lock, delivery.lock
public final class Outbox: Sendable {
  public let directory: URL
  let files: URL
  let database: DatabaseQueue
  let cipher: OutboxCipher
  /// This kiosk's id in references ("D-B-1123-4821"); nil: "D-1123-4821".
  let kioskID: String?
  /// Seconds a command waits for another process's lock before it says so.
  let lockTimeout: Double

  public init(directory: URL, keyFile: URL, kioskID: String? = nil, lockTimeout: Double = 60) throws {
    self.directory = directory
    self.kioskID = kioskID
    self.lockTimeout = lockTimeout
    files = directory.appendingPathComponent("files")
    try AtomicFile.makePrivateFolder(files)
    cipher = try OutboxCipher.loadOrCreate(keyFile: keyFile)
    var configuration = Configuration()
    // The kiosk and a staff command may use the journal at the same time.
    configuration.busyMode = .timeout(10)
    configuration.label = "outbox"
    // A committed row survives a power cut (SQLite's default, made explicit).
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    database = try DatabaseQueue(path: directory.appendingPathComponent("journal.sqlite").path,
                                 configuration: configuration)
    // Two processes opening a new outbox must not both create its tables.
    try OutboxLock.commits.hold(in: directory, timeout: lockTimeout) { try Self.migrator.migrate(database) }
  }

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "item") { t in
        t.primaryKey("id", .text)
        t.column("reference", .text).notNull().unique()
        t.column("documentType", .text).notNull()
        t.column("pageCount", .integer).notNull()
        t.column("byteCount", .integer).notNull()
        t.column("sha256", .text).notNull()
        t.column("createdAt", .datetime).notNull()
        t.column("state", .text).notNull()
        t.column("attempts", .integer).notNull().defaults(to: 0)
        t.column("deliveredAt", .datetime)
        t.column("lastError", .text)
      }
    }
    migrator.registerMigration("v2 deliveredAs") { db in
      try db.alter(table: "item") { t in t.add(column: "deliveredAs", .text) }
    }
    return migrator
  }

  func sealedFile(_ id: String) -> URL { files.appendingPathComponent("\(id).pdf.sealed") }

  /// No reference was free after this many draws (thousands of documents
  /// in one day): say so rather than reuse one.
  public struct NoFreeReference: Error, CustomStringConvertible {
    public var description: String {
      "no free document reference today after 50 tries: deliver and clear old folders, or give this kiosk an id (outbox.kiosk_id)"
    }
  }

  /// Encrypts and journals a document; returns the committed item. Its
  /// reference is in neither the journal nor, when `delivery` can tell,
  /// the delivery destination. Holds the commits lock throughout, so no
  /// recovery running elsewhere can take the file for abandoned.
  public func commit(
    pdf: [UInt8], documentType: String, pageCount: Int, delivery: (any DeliveryConnector)? = nil, now: Date = Date()
  ) throws -> OutboxItem {
    let id = UUID().uuidString.lowercased()
    let sealed = try cipher.seal(pdf, boundTo: id)
    return try OutboxLock.commits.hold(in: directory, timeout: lockTimeout) {
      try AtomicFile.write(sealed, to: sealedFile(id))
      var item = OutboxItem(id: id, reference: "", documentType: documentType, pageCount: pageCount,
                            byteCount: pdf.count, sha256: OutboxCipher.digest(pdf), createdAt: OutboxItem.minute(now),
                            state: .queued, attempts: 0, deliveredAt: nil, lastError: nil)
      do {
        try database.write { db in
          item.reference = try freeReference(db, delivery: delivery, now: now)
          try item.insert(db)
        }
      } catch {
        try? FileManager.default.removeItem(at: sealedFile(id))
        throw error
      }
      return item
    }
  }

  /// A reference short enough to read out, drawn again on the rare clash.
  func freeReference(_ db: Database, delivery: (any DeliveryConnector)?, now: Date) throws -> String {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      let candidate = DocumentReference.draw(kioskID: kioskID, date: now, using: &generator)
      let journalled = try OutboxItem.filter(Column("reference") == candidate).fetchCount(db) > 0
      if !journalled, delivery?.holds(reference: candidate) != true { return candidate }
    }
    throw NoFreeReference()
  }

  public func items() throws -> [OutboxItem] {
    try database.read { db in try OutboxItem.order(Column("createdAt"), Column("reference")).fetchAll(db) }
  }

  public func item(reference: String) throws -> OutboxItem? {
    try database.read { db in try OutboxItem.filter(Column("reference") == reference).fetchOne(db) }
  }

  /// The decrypted PDF of a queued item, checked against its digest.
  public func document(_ item: OutboxItem) throws -> [UInt8] {
    let plain = try cipher.open(try AtomicFile.read(sealedFile(item.id)), boundTo: item.id)
    guard OutboxCipher.digest(plain) == item.sha256 else { throw OutboxCipher.Failure.tampered }
    return plain
  }

  /// What `recover` found and did.
  public struct Recovery: Hashable, Sendable {
    /// Temporary files of writes a crash interrupted, deleted.
    public var interruptedWrites = 0
    /// Encrypted files with no journal row (crash before commit), deleted.
    public var uncommittedFiles = 0
    /// Files of delivered items not yet removed, deleted.
    public var deliveredFiles = 0
    /// Queued items whose file is gone: reported, never silently dropped.
    public var missingFiles: [String] = []
  }

  /// Brings files and journal back in line after a crash. Run at start,
  /// or by a staff command while the kiosk runs: it holds the commits lock,
  /// so every temporary or unjournalled file it finds belongs to no write
  /// in progress, and is abandoned.
  @discardableResult
  public func recover() throws -> Recovery {
    try OutboxLock.commits.hold(in: directory, timeout: lockTimeout) { try recoverLocked() }
  }

  private func recoverLocked() throws -> Recovery {
    var report = Recovery()
    let items = try self.items()
    let queued = Set(items.filter { $0.state == .queued }.map(\.id))
    let delivered = Set(items.filter { $0.state == .delivered }.map(\.id))
    for name in try FileManager.default.contentsOfDirectory(atPath: files.path) {
      let url = files.appendingPathComponent(name)
      let id = String(name.prefix { $0 != "." })
      if name.hasPrefix(AtomicFile.temporaryPrefix) {
        if try Self.remove(url) { report.interruptedWrites += 1 }
      } else if delivered.contains(id) {
        // A delivery run elsewhere may delete it first: not an error.
        if try Self.remove(url) { report.deliveredFiles += 1 }
      } else if !queued.contains(id) {
        if try Self.remove(url) { report.uncommittedFiles += 1 }
      }
    }
    // A delivery running elsewhere journals "delivered" before it deletes
    // the file: an item read as queued whose file is gone is lost only if
    // the journal, read again now, still says queued.
    let gone = queued.filter { !FileManager.default.fileExists(atPath: sealedFile($0).path) }
    if !gone.isEmpty {
      let stillQueued = try database.read { db in
        try OutboxItem.filter(gone.contains(Column("id")) && Column("state") == OutboxItem.State.queued.rawValue)
          .fetchAll(db)
      }
      report.missingFiles = stillQueued.map(\.id).sorted()
    }
    return report
  }

  /// Deletes a file; false if it was already gone.
  static func remove(_ url: URL) throws -> Bool {
    guard unlink(url.path) == 0 else {
      if errno == ENOENT { return false }
      throw AtomicFile.Failure(operation: "delete", path: url.path, code: errno)
    }
    return true
  }

  /// What one delivery run did.
  public struct DeliveryReport: Hashable, Sendable {
    public var delivered: [String] = []
    /// Found already delivered by an earlier, interrupted attempt.
    public var alreadyDelivered: [String] = []
    /// Reference → the folder it went to, when another document had its
    /// reference there.
    public var renamed: [String: String] = [:]
    /// Reference and the reason, for staff.
    public var failed: [String: String] = [:]
  }

  /// Hands every queued item to the connector, oldest first, including
  /// items committed while the run goes on. A delivered item's encrypted
  /// file is deleted: nothing stays at the kiosk. One run at a time per
  /// outbox (the delivery lock).
  public func deliver(using connector: some DeliveryConnector, now: Date = Date()) throws -> DeliveryReport {
    try OutboxLock.delivery.hold(in: directory, timeout: lockTimeout) {
      var report = DeliveryReport()
      var tried = Set<String>()
      while true {
        let waiting = try items().filter { $0.state == .queued && !tried.contains($0.id) }
        if waiting.isEmpty { return report }
        for item in waiting {
          tried.insert(item.id)
          deliver(item, using: connector, now: now, into: &report)
        }
      }
    }
  }

  private func deliver(_ item: OutboxItem, using connector: some DeliveryConnector, now: Date,
                       into report: inout DeliveryReport) {
    do {
      let pdf = try document(item)
      let name: String
      switch try connector.deliver(DeliveryManifest(item), document: pdf) {
      case let .delivered(as: delivered):
        report.delivered.append(item.reference)
        name = delivered
      case let .alreadyDelivered(as: delivered):
        report.alreadyDelivered.append(item.reference)
        name = delivered
      }
      if name != item.reference { report.renamed[item.reference] = name }
      // Only this row's delivery columns: never a stale copy of the row.
      try database.write { db in
        try db.execute(
          sql: "UPDATE item SET state = ?, deliveredAt = ?, deliveredAs = ?, attempts = attempts + 1, lastError = NULL WHERE id = ?",
          arguments: [OutboxItem.State.delivered.rawValue, OutboxItem.minute(now),
                      name == item.reference ? nil : name, item.id])
      }
      _ = try? Self.remove(sealedFile(item.id))
    } catch {
      let why = String(describing: error).prefix(300).description
      try? database.write { db in
        try db.execute(sql: "UPDATE item SET attempts = attempts + 1, lastError = ? WHERE id = ? AND state = ?",
                       arguments: [why, item.id, OutboxItem.State.queued.rawValue])
      }
      report.failed[item.reference] = why
    }
  }

  /// Journal rows of delivered items older than `days` go; queued ones stay
  /// until delivered.
  @discardableResult
  public func purgeDelivered(olderThan days: Int, now: Date = Date()) throws -> Int {
    let limit = now.addingTimeInterval(-Double(days) * 86_400)
    return try database.write { db in
      try OutboxItem.filter(Column("state") == OutboxItem.State.delivered.rawValue && Column("deliveredAt") < limit)
        .deleteAll(db)
    }
  }
}
