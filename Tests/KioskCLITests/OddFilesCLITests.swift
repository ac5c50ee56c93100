import Documents
import Foundation
import TestSupport
import Testing

/// Odd and hostile files on the real binary: each gets an answer, and the
/// answer names the true reason.
@Suite struct OddFilesCLITests {
  func codes(_ result: KioskProcess.Result) throws -> [String] {
    let object = try #require(try result.json() as? [String: Any])
    return try #require(object["problems"] as? [[String: Any]]).compactMap { $0["code"] as? String }
  }
}

extension OddFilesCLITests {
  @Test func `a pipe is answered at once: not a regular file`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let fifo = w.files.appendingPathComponent("scan.pdf").path
    try #require(mkfifo(fifo, 0o600) == 0)
    // Nobody writes into the pipe: opening it to read would wait for ever.
    let result = try KioskProcess.run(["doc", "check", fifo, "--config", w.config.path], watchdog: 60)
    #expect(!result.stoppedByWatchdog)
    #expect(result.status == 2)
    #expect(result.stderr.contains("not a regular file"))
  }

  @Test func `a 4-byte JPEG is incomplete, not too large`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let tiny = try w.file("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
    let result = try w.run(["doc", "check", tiny, "--json"])
    #expect(result.status == 1)
    #expect(try codes(result) == ["truncated"])
  }

  @Test func `a CMYK JPEG is read like any photo`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    var page = SyntheticPage(dpi: 150, seed: 5)
    page.text(fromInches: 1, toInches: 4)
    let cmyk = CMYKFixture.jpeg(page.image)
    try #require(!cmyk.isEmpty)
    let result = try w.run(["doc", "check", try w.file("print.jpg", cmyk), "--json"])
    #expect(result.status == 0, "\(result.stdout)")
    let object = try #require(try result.json() as? [String: Any])
    #expect(object["kind"] as? String == "jpeg")
    #expect(object["accepted"] as? Bool == true)
  }

  @Test func `more pages than the limit is a refusal with its reason, not a usage error`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.textPage)
    let pages = Array(repeating: page, count: 50)
    let assembled = try w.run(["doc", "assemble"] + pages + ["-o", w.files.appendingPathComponent("out.pdf").path,
                                                              "--dpi", "150", "--json"])
    #expect(assembled.status == 1)
    let problems = try #require(try assembled.json() as? [[String: Any]])
    #expect(problems.compactMap { $0["code"] as? String } == ["too_many_pages"])
    #expect(!FileManager.default.fileExists(atPath: w.files.appendingPathComponent("out.pdf").path))
    let queued = try w.run(["outbox", "add"] + pages + ["--type", "payslip", "--dpi", "150"])
    #expect(queued.status == 1)
    #expect(queued.stdout.contains("Le document a 50 pages. Le maximum est 20."))
    // The helper the kiosk runs says the same, in its own words.
    let helper = KioskProcess.binary.deletingLastPathComponent().appendingPathComponent("passerelle-pdf")
    let process = Process()
    process.executableURL = helper
    process.arguments = ["--dpi", "150", "-o", w.files.appendingPathComponent("helper.pdf").path] + pages
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(said == "refused 0 too_many_pages\n")
  }

  @Test func `hostile PDFs are refused and never queued`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let cases: [(String, [UInt8], String)] = [
      ("script.pdf", HostilePDF.document(catalog: "/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"), "active_content"),
      ("launch.pdf", HostilePDF.document(catalog: "/OpenAction << /S /Launch /F (calc.exe) >>"), "active_content"),
      ("attached.pdf", HostilePDF.document(catalog: "/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>", extra: [
        Array("<< /Type /Filespec /F (a.exe) /EF << /F 6 0 R >> >>".utf8),
        HostilePDF.stream("/Type /EmbeddedFile", Array("MZ\u{90}\u{90}".utf8)),
      ]), "attached_file"),
      ("bomb.pdf", HostilePDF.document(contents: HostilePDF.stream("/Filter /FlateDecode", HostilePDF.flateZeros(megabytes: 1024))),
       "expands_too_much"),
    ]
    for (name, bytes, code) in cases {
      let path = try w.file(name, bytes)
      let checked = try w.run(["doc", "check", path, "--json"])
      #expect(checked.status == 1, "\(name)")
      #expect(try codes(checked) == [code], "\(name)")
      let queued = try w.run(["outbox", "add", path, "--type", "payslip"])
      #expect(queued.status == 1, "\(name)")
    }
    let list = try w.run(["outbox", "list", "--json"])
    #expect(list.stdout.contains("\"reference\"") == false)
    // The control: the same hand-made PDF without the hostile part is queued.
    let plain = try w.run(["outbox", "add", try w.file("plain.pdf", HostilePDF.document()), "--type", "payslip"])
    #expect(plain.status == 0)
  }
}
