import Foundation
import GRDB

/// The local journal (SQLite) and the encrypted files of documents waiting
/// to leave. A document is committed when `commit` returns: its encrypted
/// file is on disk and its journal row exists. Crashes at any point before
/// that leave at most an orphan file, which `recover` deletes; crashes after
/// it lose nothing.
///
///     <directory>/journal.sqlite
///     <directory>/files/<id>.pdf.sealed
public final class Outbox: Sendable {
  public let directory: URL
  let files: URL
  let database: DatabaseQueue
  let cipher: OutboxCipher

  public init(directory: URL, keyFile: URL) throws {
    self.directory = directory
    files = directory.appendingPathComponent("files")
    try AtomicFile.makePrivateFolder(files)
    cipher = try OutboxCipher.loadOrCreate(keyFile: keyFile)
    var configuration = Configuration()
    // The kiosk and a staff command may use the journal at the same time.
    configuration.busyMode = .timeout(10)
    configuration.label = "outbox"
    database = try DatabaseQueue(path: directory.appendingPathComponent("journal.sqlite").path,
                                 configuration: configuration)
    try Self.migrator.migrate(database)
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
    return migrator
  }

  func sealedFile(_ id: String) -> URL { files.appendingPathComponent("\(id).pdf.sealed") }

  /// Encrypts and journals a document; returns the committed item.
  public func commit(pdf: [UInt8], documentType: String, pageCount: Int, now: Date = Date()) throws -> OutboxItem {
    let id = UUID().uuidString.lowercased()
    try AtomicFile.write(try cipher.seal(pdf, boundTo: id), to: sealedFile(id))
    var item = OutboxItem(id: id, reference: "", documentType: documentType, pageCount: pageCount,
                          byteCount: pdf.count, sha256: OutboxCipher.digest(pdf), createdAt: OutboxItem.minute(now),
                          state: .queued, attempts: 0, deliveredAt: nil, lastError: nil)
    do {
      try database.write { db in
        // A reference is short enough to read out; retry the rare clash.
        for _ in 0..<50 {
          item.reference = Self.reference(now)
          if try OutboxItem.filter(Column("reference") == item.reference).fetchCount(db) == 0 { break }
        }
        try item.insert(db)
      }
    } catch {
      try? FileManager.default.removeItem(at: sealedFile(id))
      throw error
    }
    return item
  }

  /// "D-1123-4821": the day and four digits, easy to read out.
  static func reference(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    return String(format: "D-%02d%02d-%04d", parts.tm_mon + 1, parts.tm_mday, Int.random(in: 0...9999))
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

  /// Brings files and journal back in line after a crash. Run at start.
  @discardableResult
  public func recover() throws -> Recovery {
    var report = Recovery()
    let items = try self.items()
    let queued = Set(items.filter { $0.state == .queued }.map(\.id))
    let delivered = Set(items.filter { $0.state == .delivered }.map(\.id))
    let fm = FileManager.default
    for name in try fm.contentsOfDirectory(atPath: files.path) {
      let url = files.appendingPathComponent(name)
      if name.hasPrefix(AtomicFile.temporaryPrefix) {
        try fm.removeItem(at: url)
        report.interruptedWrites += 1
        continue
      }
      let id = String(name.prefix { $0 != "." })
      if delivered.contains(id) {
        try fm.removeItem(at: url)
        report.deliveredFiles += 1
      } else if !queued.contains(id) {
        try fm.removeItem(at: url)
        report.uncommittedFiles += 1
      }
    }
    for id in queued where !fm.fileExists(atPath: sealedFile(id).path) { report.missingFiles.append(id) }
    return report
  }

  /// What one delivery run did.
  public struct DeliveryReport: Hashable, Sendable {
    public var delivered: [String] = []
    /// Found already delivered by an earlier, interrupted attempt.
    public var alreadyDelivered: [String] = []
    /// Reference and the reason, for staff.
    public var failed: [String: String] = [:]
  }

  /// Hands every queued item to the connector, oldest first. A delivered
  /// item's encrypted file is deleted: nothing stays at the kiosk.
  public func deliver(using connector: some DeliveryConnector, now: Date = Date()) throws -> DeliveryReport {
    var report = DeliveryReport()
    for var item in try items() where item.state == .queued {
      do {
        let pdf = try document(item)
        switch try connector.deliver(DeliveryManifest(item), document: pdf) {
        case .delivered: report.delivered.append(item.reference)
        case .alreadyDelivered: report.alreadyDelivered.append(item.reference)
        }
        item.state = .delivered
        item.deliveredAt = OutboxItem.minute(now)
        item.attempts += 1
        item.lastError = nil
        try database.write { db in try item.update(db) }
        try? FileManager.default.removeItem(at: sealedFile(item.id))
      } catch {
        item.attempts += 1
        item.lastError = String(describing: error).prefix(300).description
        try? database.write { db in try item.update(db) }
        report.failed[item.reference] = item.lastError
      }
    }
    return report
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
