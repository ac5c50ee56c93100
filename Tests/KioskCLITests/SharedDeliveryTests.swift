import Documents
import Foundation
import Synchronization
import TestSupport
import Testing

/// Two kiosks, each with its own configuration and outbox, deliver into
/// one folder (a share staff read). Their references never collide, and
/// nothing of one kiosk overwrites or blocks a document of the other.
@Suite struct SharedDeliveryTests {
  /// The references one kiosk printed, and any run that failed.
  final class Receipts: Sendable {
    let references = Mutex<[String: [String]]>([:])
    let failures = Mutex<[String]>([])
  }

  @Test func `two configurations sharing one delivery folder deliver 60 documents each, exactly once`() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("passerelle-shared-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let shared = root.appendingPathComponent("share")
    let kiosks = ["A", "B"]
    for id in kiosks {
      let data = root.appendingPathComponent("kiosk-\(id)")
      try PrivateKioskConfig.make(
        at: root.appendingPathComponent("config-\(id)"), data: data,
        also: [("\(data.path)/delivered", shared.path), ("  # kiosk_id: \"B\"", "  kiosk_id: \"\(id)\"")])
    }
    let page = root.appendingPathComponent("page.pgm")
    try Data(DocumentWorkspace.smallPage).write(to: page)
    let receipts = Receipts()
    // Both kiosks at once; each delivers every 15 documents, as the kiosk
    // does after a commit while the other one delivers too.
    DispatchQueue.concurrentPerform(iterations: kiosks.count) { index in
      let id = kiosks[index]
      let config = ["--config", root.appendingPathComponent("config-\(id)").path]
      for count in 1...60 {
        do {
          let add = try KioskProcess.run(["outbox", "add", page.path, "--dpi", "150", "--type", "payslip", "--json"] + config)
          let reference = try #require((try add.json() as? [String: Any])?["reference"] as? String, "\(add.stderr)")
          receipts.references.withLock { $0[id, default: []].append(reference) }
          if count % 15 == 0 {
            let deliver = try KioskProcess.run(["outbox", "deliver", "--json"] + config)
            if deliver.status != 0 { receipts.failures.withLock { $0.append("\(id): \(deliver.stdout)") } }
          }
        } catch {
          receipts.failures.withLock { $0.append("\(id): \(error)") }
        }
      }
    }
    #expect(receipts.failures.withLock { $0 }.isEmpty, "\(receipts.failures.withLock { $0 })")
    let printed = receipts.references.withLock { $0 }
    for id in kiosks {
      let mine = printed[id] ?? []
      #expect(mine.count == 60)
      #expect(mine.allSatisfy { $0.range(of: "^D-\(id)-\\d{4}-\\d{4}$", options: .regularExpression) != nil }, "\(mine)")
    }
    let all = printed.values.flatMap { $0 }
    #expect(Set(all).count == 120, "a reference was given twice")

    let folders = try FileManager.default.contentsOfDirectory(atPath: shared.path).filter { !$0.hasPrefix(".") }
    #expect(Set(folders) == Set(all), "missing: \(Set(all).subtracting(folders)); extra: \(Set(folders).subtracting(all))")
    var ids = Set<String>()
    for name in folders {
      let manifest = try JSONDecoder().decode(
        DeliveryManifest.self, from: Data(contentsOf: shared.appendingPathComponent("\(name)/manifest.json")))
      #expect(manifest.reference == name)
      #expect(ids.insert(manifest.id).inserted, "\(manifest.id) delivered twice")
    }
    // Each kiosk's journal: everything delivered, under its own reference.
    for id in kiosks {
      let list = try KioskProcess.run(["outbox", "list", "--json", "--config", root.appendingPathComponent("config-\(id)").path])
      let items = try #require(try list.json() as? [[String: Any]])
      #expect(items.count == 60)
      #expect(items.allSatisfy { $0["state"] as? String == "delivered" && $0["deliveredAs"] == nil })
    }
  }
}
