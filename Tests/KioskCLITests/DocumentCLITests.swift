import Documents
import Foundation
import TestSupport
import Testing

/// `kiosk doc` and `kiosk outbox` on the real binary.
@Suite struct DocumentCLITests {}

extension DocumentCLITests {
  @Test func `doc check: 0 accepted, 1 refused with the reason in plain French, 2 bad usage`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.textPage)
    let ok = try w.run(["doc", "check", page, "--type", "payslip"])
    #expect(ok.status == 0)
    #expect(ok.stdout.contains("Accepté : PNM, 1 page."))
    let blank = try w.file("blank.pgm", SyntheticPage(dpi: 150, seed: 3).pgm)
    let refused = try w.run(["doc", "check", blank, "--json"])
    #expect(refused.status == 1)
    let object = try #require(try refused.json() as? [String: Any])
    #expect(object["accepted"] as? Bool == false)
    let problems = try #require(object["problems"] as? [[String: Any]])
    #expect(problems.first?["code"] as? String == "blank")
    #expect(problems.first?["page"] as? Int == 1)
    #expect((problems.first?["message"] as? String)?.contains("semble vide") == true)
    let missing = try w.run(["doc", "check", w.root.appendingPathComponent("nope.pdf").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no such file"))
    let badType = try w.run(["doc", "check", page, "--type", "passport"])
    #expect(badType.status == 2)
    #expect(badType.stderr.contains("expected one of payslip"))
  }

  @Test func `doc assemble writes one PDF the checker accepts`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.textPage)
    let out = w.root.appendingPathComponent("out.pdf").path
    let result = try w.run(["doc", "assemble", page, page, page, "-o", out, "--json"])
    #expect(result.status == 0)
    let object = try #require(try result.json() as? [String: Any])
    #expect(object["pages"] as? Int == 3)
    let check = try w.run(["doc", "check", out, "--json"])
    #expect(check.status == 0)
    #expect((try check.json() as? [String: Any])?["pages"] as? Int == 3)
    let blank = try w.file("blank.pgm", SyntheticPage(dpi: 150, seed: 3).pgm)
    let refused = try w.run(["doc", "assemble", page, blank, "-o", out + ".2"])
    #expect(refused.status == 1)
    #expect(refused.stdout.contains("La page 2 semble vide"))
    #expect(!FileManager.default.fileExists(atPath: out + ".2"))
  }

  @Test func `outbox add, list, deliver: once, complete, and a second run delivers nothing`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.textPage)
    let added = try w.run(["outbox", "add", page, page, "--type", "sick-leave", "--json"])
    #expect(added.status == 0)
    let reference = try #require((try added.json() as? [String: Any])?["reference"] as? String)
    let list = try w.run(["outbox", "list", "--json"])
    let items = try #require(try list.json() as? [[String: Any]])
    #expect(items.count == 1 && items[0]["state"] as? String == "queued" && items[0]["pages"] as? Int == 2)
    #expect(items[0].keys.sorted() == ["attempts", "bytes", "created", "pages", "reference", "state", "type"])
    let first = try w.run(["outbox", "deliver", "--json"])
    #expect(first.status == 0)
    #expect((try first.json() as? [String: Any])?["delivered"] as? [String] == [reference])
    let second = try w.run(["outbox", "deliver", "--json"])
    #expect((try second.json() as? [String: Any])?["delivered"] as? [String] == [])
    let folders = try FileManager.default.contentsOfDirectory(atPath: w.delivered.path)
    #expect(folders == [reference])
    let plain = try w.run(["outbox", "list"])
    #expect(plain.stdout.contains("\(reference)  sick-leave  2 p."))
    #expect(plain.stdout.contains("livré"))
  }
}
