import Documents
import Foundation
import Synchronization
import TestSupport
import Testing

/// References are short to read out, unique across kiosks sharing one
/// delivery folder, and a clash is drawn again before the receipt.
@Suite struct DocumentReferenceTests {
  let folder = Fixtures.temporaryFolder()
  /// Noon UTC: the 23rd of November in every time zone from -11 h to +11 h.
  let day = Date(timeIntervalSince1970: 1_795_435_200)

  func outbox(_ name: String, kioskID: String?) throws -> Outbox {
    try Outbox(directory: folder.appendingPathComponent(name), keyFile: folder.appendingPathComponent("\(name).key"),
               kioskID: kioskID)
  }

  var shared: FolderConnector { FolderConnector(folder: folder.appendingPathComponent("delivered")) }

  /// Says the first `taken` references it is asked about already exist.
  final class CrowdedDestination: DeliveryConnector {
    let taken: Int
    let asked = Mutex<[String]>([])
    init(taken: Int) { self.taken = taken }
    var name: String { "crowded" }
    func holds(reference: String) -> Bool {
      asked.withLock { asked in
        asked.append(reference)
        return asked.count <= taken
      }
    }
    func deliver(_ manifest: DeliveryManifest, document: [UInt8]) throws -> DeliveryOutcome {
      .delivered(as: manifest.reference)
    }
  }
}

extension DocumentReferenceTests {
  @Test func `a kiosk id goes into the reference, between the letter and the day`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = try Fixtures.pdf(pages: 1)
    let named = try outbox("b", kioskID: "B2").commit(pdf: pdf, documentType: "other", pageCount: 1, now: day)
    #expect(named.reference.range(of: #"^D-B2-1123-\d{4}$"#, options: .regularExpression) != nil, "\(named.reference)")
    let plain = try outbox("p", kioskID: nil).commit(pdf: pdf, documentType: "other", pageCount: 1, now: day)
    #expect(plain.reference.range(of: #"^D-1123-\d{4}$"#, options: .regularExpression) != nil, "\(plain.reference)")
  }

  @Test(arguments: [("A", true), ("B2", true), ("Z99", true), ("", false), ("b", false), ("ABCD", false),
                    ("A-B", false), ("É", false), ("A ", false)])
  func `a kiosk id is 1 to 3 capital letters or digits`(id: String, valid: Bool) {
    #expect(DocumentReference.isValidKioskID(id) == valid)
  }

  @Test func `a reference already at the destination is drawn again before the receipt`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let crowded = CrowdedDestination(taken: 3)
    let item = try outbox("o", kioskID: "A").commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other",
                                                   pageCount: 1, delivery: crowded, now: day)
    let asked = crowded.asked.withLock { $0 }
    #expect(asked.count == 4)
    #expect(item.reference == asked.last)
  }

  @Test func `when no reference is free the commit fails and leaves nothing behind`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let box = try outbox("o", kioskID: nil)
    #expect(throws: Outbox.NoFreeReference.self) {
      try box.commit(pdf: try Fixtures.pdf(pages: 1), documentType: "other", pageCount: 1,
                     delivery: CrowdedDestination(taken: .max), now: day)
    }
    #expect(try box.items().isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("o/files").path).isEmpty)
  }

  @Test func `two kiosks sharing one delivery folder deliver 60 documents each, none lost, none overwritten`() throws {
    defer { try? FileManager.default.removeItem(at: folder) }
    let kiosks = [try outbox("kiosk-a", kioskID: "A"), try outbox("kiosk-b", kioskID: "B")]
    let pdf = try Fixtures.pdf(pages: 1)
    var receipts: [String: String] = [:]  // reference → item id
    for _ in 0..<60 {
      for kiosk in kiosks {
        let item = try kiosk.commit(pdf: pdf, documentType: "other", pageCount: 1, delivery: shared, now: day)
        #expect(receipts.updateValue(item.id, forKey: item.reference) == nil, "\(item.reference) given twice")
      }
    }
    #expect(receipts.count == 120)
    // Both deliver at the same time, as two kiosks would.
    let outcomes = Mutex<[String]>([])
    let connector = shared
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      let outcome: String
      do {
        let report = try kiosks[index].deliver(using: connector, now: day)
        outcome = "delivered \(report.delivered.count), renamed \(report.renamed.count), failed \(report.failed.count)"
      } catch {
        outcome = "threw \(error)"
      }
      outcomes.withLock { $0.append(outcome) }
    }
    #expect(outcomes.withLock { $0 } == Array(repeating: "delivered 60, renamed 0, failed 0", count: 2))
    let delivered = try FileManager.default.contentsOfDirectory(atPath: shared.folder.path).filter { !$0.hasPrefix(".") }
    #expect(Set(delivered) == Set(receipts.keys))
    for name in delivered {
      let manifest = try JSONDecoder().decode(
        DeliveryManifest.self, from: Data(contentsOf: shared.folder.appendingPathComponent("\(name)/manifest.json")))
      #expect(manifest.id == receipts[name], "\(name) holds another kiosk's document")
    }
    for kiosk in kiosks { #expect(try kiosk.items().allSatisfy { $0.state == .delivered && $0.deliveredAs == nil }) }
  }
}
