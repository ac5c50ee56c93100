import Documents
import Foundation
import Synchronization
import TestSupport
import Testing

/// The outbox never loses a committed document and never delivers twice.
@Suite struct OutboxTests {
  let folder = Fixtures.temporaryFolder()

  func outbox() throws -> Outbox {
    try Outbox(directory: folder.appendingPathComponent("outbox"), keyFile: folder.appendingPathComponent("key"))
  }

  var delivery: FolderConnector { FolderConnector(folder: folder.appendingPathComponent("delivered")) }
}

extension OutboxTests {
  @Test func `a committed document is queued, encrypted on disk, and opens again`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = try Fixtures.pdf(pages: 2)
    let box = try outbox()
    let item = try box.commit(pdf: pdf, documentType: "payslip", pageCount: 2)
    #expect(item.state == .queued)
    #expect(item.reference.range(of: #"^D-\d{4}-\d{4}$"#, options: .regularExpression) != nil)
    #expect(try box.items().map(\.reference) == [item.reference])
    #expect(try box.document(item) == pdf)
    let sealed = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("outbox/files").path)
    #expect(sealed.count == 1)
    let raw = try Data(contentsOf: folder.appendingPathComponent("outbox/files/\(sealed[0])"))
    #expect(raw.range(of: Data("%PDF".utf8)) == nil)
    #expect(raw.range(of: Data("Passerelle".utf8)) == nil)
    // A second process sees the same queue with the same key.
    #expect(try outbox().document(item) == pdf)
  }

  @Test func `the key file is created once, private, and a wrong one is refused`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try outbox()
    let key = folder.appendingPathComponent("key")
    let attributes = try FileManager.default.attributesOfItem(atPath: key.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let bytes = try Data(contentsOf: key)
    _ = try outbox()
    #expect(try Data(contentsOf: key) == bytes)
    try Data([1, 2, 3]).write(to: key)
    #expect(throws: (any Error).self) { try outbox() }
  }

  @Test func `processes starting together on a new outbox all get the one key, never half of it`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let key = folder.appendingPathComponent("key")
    let results = Mutex<[String]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      let outcome: String
      do {
        let cipher = try OutboxCipher.loadOrCreate(keyFile: key)
        outcome = OutboxCipher.digest(try cipher.open(try cipher.seal([1, 2, 3], boundTo: "x"), boundTo: "x"))
          + (try OutboxCipher.loadOrCreate(keyFile: key).open(try cipher.seal([4], boundTo: "y"), boundTo: "y") == [4]
            ? " same key" : " another key")
      } catch {
        outcome = "failed: \(error)"
      }
      results.withLock { $0.append(outcome) }
    }
    let expected = OutboxCipher.digest([1, 2, 3]) + " same key"
    #expect(results.withLock { $0 } == Array(repeating: expected, count: 8))
    #expect(try Data(contentsOf: key).count == 32)
    // No temporary key left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["key"])
  }

  @Test func `a changed file or another key does not decrypt`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let item = try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1)
    let file = folder.appendingPathComponent("outbox/files/\(item.id).pdf.sealed")
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count - 5] ^= 0xFF
    try bytes.write(to: file)
    #expect(throws: OutboxCipher.Failure.self) { try box.document(item) }
  }

  @Test func `recovery removes what a crash left half-done, and keeps every committed item`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let kept = try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1)
    let files = folder.appendingPathComponent("outbox/files")
    try Data([1, 2, 3]).write(to: files.appendingPathComponent(".tmp-interrupted"))
    try Data([4, 5, 6]).write(to: files.appendingPathComponent("orphan.pdf.sealed"))
    let recovery = try box.recover()
    #expect(recovery.interruptedWrites == 1 && recovery.uncommittedFiles == 1 && recovery.missingFiles.isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.path) == ["\(kept.id).pdf.sealed"])
  }

  @Test func `recovery leaves a commit in progress alone: it waits for the lock, and says so when it cannot have it`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let directory = folder.appendingPathComponent("outbox")
    let box = try Outbox(directory: directory, keyFile: folder.appendingPathComponent("key"), lockTimeout: 0.2)
    let files = directory.appendingPathComponent("files")
    let written = [".tmp-being-written", "being-journalled.pdf.sealed"]
    // Another writer (here: this test) holds the commits lock mid-commit.
    try OutboxLock.commits.hold(in: directory, timeout: 5) {
      for name in written { try Data([1, 2, 3]).write(to: files.appendingPathComponent(name)) }
      #expect(throws: OutboxLock.Busy.self) { try box.recover() }
      #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).sorted() == written.sorted())
    }
    // The writer is gone without journalling: now they are abandoned.
    let recovery = try box.recover()
    #expect(recovery.interruptedWrites == 1 && recovery.uncommittedFiles == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: files.path).isEmpty)
  }

  @Test func `one delivery at a time: a second run waits, then says another one is running`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let directory = folder.appendingPathComponent("outbox")
    let box = try Outbox(directory: directory, keyFile: folder.appendingPathComponent("key"), lockTimeout: 0.2)
    let item = try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1)
    try OutboxLock.delivery.hold(in: directory, timeout: 5) {
      #expect(throws: OutboxLock.Busy.self) { try box.deliver(using: delivery) }
    }
    #expect(try box.items().map(\.state) == [.queued])
    #expect(try box.deliver(using: delivery).delivered == [item.reference])
  }

  @Test func `delivery writes a complete folder once; a retry after a crash writes nothing twice`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let pdf = try Fixtures.pdf(pages: 2)
    let item = try box.commit(pdf: pdf, documentType: "sick-leave", pageCount: 2)
    // The connector ran, then the kiosk died before the journal said so.
    let manifestBefore = try box.items()[0]
    _ = try delivery.deliver(DeliveryManifest(manifestBefore), document: pdf)
    let report = try box.deliver(using: delivery)
    #expect(report.alreadyDelivered == [item.reference] && report.delivered.isEmpty)
    let target = folder.appendingPathComponent("delivered/\(item.reference)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted() == ["document.pdf", "manifest.json"])
    #expect(try Data(contentsOf: target.appendingPathComponent("document.pdf")) == Data(pdf))
    #expect(try box.items()[0].state == .delivered)
    // The encrypted copy is gone: nothing stays at the kiosk.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("outbox/files").path).isEmpty)
    let again = try box.deliver(using: delivery)
    #expect(again.delivered.isEmpty && again.alreadyDelivered.isEmpty)
    let folders = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("delivered").path)
    #expect(folders == [item.reference])
  }

  @Test func `a folder of the same reference holding another document is never overwritten: the document goes beside it`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let pdf = try Fixtures.pdf(pages: 1)
    let item = try box.commit(pdf: pdf, documentType: "other", pageCount: 1)
    let target = folder.appendingPathComponent("delivered/\(item.reference)")
    try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
    let foreign = Data(#"{"id":"someone-else","reference":"x","documentType":"x","pageCount":1,"byteCount":1,"sha256":"x","createdAt":"x","fileName":"document.pdf"}"#.utf8)
    try foreign.write(to: target.appendingPathComponent("manifest.json"))
    let report = try box.deliver(using: delivery)
    #expect(report.failed.isEmpty && report.delivered == [item.reference])
    #expect(report.renamed == [item.reference: "\(item.reference)-2"])
    // The other document's folder is untouched.
    #expect(try FileManager.default.contentsOfDirectory(atPath: target.path) == ["manifest.json"])
    #expect(try Data(contentsOf: target.appendingPathComponent("manifest.json")) == foreign)
    let beside = folder.appendingPathComponent("delivered/\(item.reference)-2")
    #expect(try Data(contentsOf: beside.appendingPathComponent("document.pdf")) == Data(pdf))
    #expect(try box.items()[0].state == .delivered && box.items()[0].deliveredAs == "\(item.reference)-2")
    // A retry (the journal not told, as after a crash) finds it there.
    #expect(try delivery.deliver(DeliveryManifest(item), document: pdf) == .alreadyDelivered(as: "\(item.reference)-2"))
  }

  @Test func `when every folder name is taken, nothing is overwritten and the document stays queued`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let pdf = try Fixtures.pdf(pages: 1)
    let item = try box.commit(pdf: pdf, documentType: "other", pageCount: 1)
    // Every name taken by other documents: nothing is overwritten, the
    // document stays queued and the reason names what to do.
    for name in [item.reference] + (2...9).map({ "\(item.reference)-\($0)" }) {
      let taken = folder.appendingPathComponent("delivered/\(name)")
      try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
      try Data("{}".utf8).write(to: taken.appendingPathComponent("manifest.json"))
    }
    let report = try box.deliver(using: delivery)
    #expect(report.failed[item.reference]?.contains("move the old ones away") == true)
    #expect(try box.items()[0].state == .queued && box.items()[0].attempts == 1)
  }

  @Test func `delivered rows are forgotten after the retention days; queued ones never`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox()
    let old = Date().addingTimeInterval(-40 * 86_400)
    _ = try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1, now: old)
    _ = try box.deliver(using: delivery, now: old)
    _ = try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1)
    #expect(try box.purgeDelivered(olderThan: 30) == 1)
    #expect(try box.items().map(\.state) == [.queued])
  }
}
