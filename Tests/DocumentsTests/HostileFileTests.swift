import Documents
import Foundation
import TestSupport
import Testing

/// PDFs that would act when opened at the agency are refused, each with
/// its own reason; a Flate bomb is refused after a bounded amount of
/// inflating; a flipped bit that qpdf notices is never queued.
@Suite struct HostileFileTests {
  let checker = DocumentChecker(limits: DocumentLimits())

  func problems(_ bytes: [UInt8]) -> [DocumentProblem] { checker.check(bytes).problems }
}

extension HostileFileTests {
  @Test func `the hand-made PDF is accepted when nothing in it acts`() {
    // The control: without it, every refusal below could be the fixture's fault.
    let plain = HostilePDF.document()
    #expect(checker.check(plain).isAccepted)
    #expect(checker.check(plain).pageCount == 1)
    // Opening on a page, and a link to a web address, do not run anything.
    let harmless = HostilePDF.document(
      catalog: "/OpenAction [3 0 R /Fit]", page: "/Annots [5 0 R]",
      extra: [Array("<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://www.francetravail.fr) >> >>".utf8)])
    #expect(problems(harmless) == [])
    let goTo = HostilePDF.document(catalog: "/OpenAction << /S /GoTo /D [3 0 R /Fit] >>")
    #expect(problems(goTo) == [])
  }

  @Test func `a script run at opening is refused`() {
    let direct = HostilePDF.document(catalog: "/OpenAction << /S /JavaScript /JS (app.alert\\('x'\\)) >>")
    #expect(problems(direct) == [.activeContent])
    // The action in its own object, the script in a stream.
    let indirect = HostilePDF.document(catalog: "/OpenAction 5 0 R", extra: [
      Array("<< /S /JavaScript /JS 6 0 R >>".utf8), HostilePDF.stream("", Array("app.launchURL('x')".utf8)),
    ])
    #expect(problems(indirect) == [.activeContent])
    // Document-level scripts in the name tree, with no OpenAction at all.
    let named = HostilePDF.document(catalog: "/Names << /JavaScript 5 0 R >>", extra: [
      Array("<< /Names [(init) << /S /JavaScript /JS (this.print\\(\\)) >>] >>".utf8),
    ])
    #expect(problems(named) == [.activeContent])
    // A page's "when opened" action.
    let pageAction = HostilePDF.document(page: "/AA << /O << /S /JavaScript /JS (1) >> >>")
    #expect(problems(pageAction) == [.activeContent])
  }

  @Test func `a program launched from the file is refused`() {
    let launch = HostilePDF.document(catalog: "/OpenAction << /S /Launch /F (cmd.exe) /Win << /F (cmd.exe) >> >>")
    #expect(problems(launch) == [.activeContent])
    // Behind a link on the page.
    let link = HostilePDF.document(page: "/Annots [5 0 R]", extra: [
      Array("<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /Launch /F (payload.exe) >> >>".utf8),
    ])
    #expect(problems(link) == [.activeContent])
    let form = HostilePDF.document(catalog: "/AcroForm << /Fields [] /XFA 5 0 R >>",
                                   extra: [HostilePDF.stream("", Array("<xdp:xdp/>".utf8))])
    #expect(problems(form) == [.activeContent])
  }

  @Test func `an attached executable is refused`() {
    let exe = Array("MZ".utf8) + [UInt8](repeating: 0x90, count: 256)
    let attached = HostilePDF.document(catalog: "/Names << /EmbeddedFiles << /Names [(setup.exe) 5 0 R] >> >>", extra: [
      Array("<< /Type /Filespec /F (setup.exe) /EF << /F 6 0 R >> >>".utf8),
      HostilePDF.stream("/Type /EmbeddedFile", exe),
    ])
    #expect(problems(attached) == [.attachedFile])
    // A file pinned to the page as an annotation.
    let pinned = HostilePDF.document(page: "/Annots [5 0 R]", extra: [
      Array("<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS 6 0 R >>".utf8),
      Array("<< /Type /Filespec /F (a.exe) /EF << /F 7 0 R >> >>".utf8),
      HostilePDF.stream("/Type /EmbeddedFile", exe),
    ])
    #expect(problems(pinned) == [.attachedFile])
  }

  @Test func `a one-gigabyte Flate bomb is refused without inflating it`() {
    let bomb = HostilePDF.flateZeros(megabytes: 1024)
    // About a thousandth of a gigabyte: the file itself is small.
    #expect(bomb.count < 2_000_000)
    // As the page's text: refused within the budget for all streams.
    let text = HostilePDF.document(contents: HostilePDF.stream("/Filter /FlateDecode", bomb))
    let budget = 16_000_000
    let inspection = PDFInspector.inspect(text, inflateBudget: budget)
    #expect(inspection.problems == [.expandsTooMuch])
    #expect(inspection.inflatedBytes > budget / 2)
    #expect(inspection.inflatedBytes <= budget + 65_536)
    // With the kiosk's own budget too, far below the gigabyte.
    let defaults = PDFInspector.inspect(text)
    #expect(defaults.problems == [.expandsTooMuch])
    #expect(defaults.inflatedBytes <= 64_000_000 + 65_536)
    // As a 100 × 100 gray picture: refused as soon as it passes its own pixels.
    let image = HostilePDF.document(page: "/Resources << /XObject << /Im1 5 0 R >> >>", extra: [
      HostilePDF.stream("/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", bomb),
    ])
    let picture = PDFInspector.inspect(image)
    #expect(picture.problems == [.expandsTooMuch])
    #expect(picture.inflatedBytes <= 101 * 100 + 4_096 + 65_536)
  }

  @Test func `Flate streams that fit are measured, not refused`() {
    let pixels = [UInt8](repeating: 200, count: 100 * 100)
    let image = HostilePDF.document(page: "/Resources << /XObject << /Im1 5 0 R >> >>", extra: [
      HostilePDF.stream("/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                        HostilePDF.flate(pixels)),
    ])
    let inspection = PDFInspector.inspect(image)
    #expect(inspection.problems == [])
    #expect(inspection.inflatedBytes == pixels.count)
    #expect(BoundedInflate.measure(HostilePDF.flateZeros(megabytes: 3), limit: 4 << 20) == .fits(bytes: 3 << 20))
    #expect(BoundedInflate.measure(HostilePDF.flateZeros(megabytes: 3), limit: 1 << 20) != .fits(bytes: 3 << 20))
  }

  @Test func `a stream whose compressed data is broken is damaged`() {
    var broken = HostilePDF.flate(Array(String(repeating: "BT (ligne) Tj ET\n", count: 200).utf8))
    for i in stride(from: 10, to: broken.count - 10, by: 7) { broken[i] ^= 0x5A }
    let pdf = HostilePDF.document(contents: HostilePDF.stream("/Filter /FlateDecode", broken))
    #expect(problems(pdf) == [.damaged])
  }
}

extension HostileFileTests {
  /// A PDF as office software writes it: compressed text and picture, the
  /// objects packed into a compressed object stream by qpdf.
  func packedPDF(in folder: URL) throws -> [UInt8] {
    let text = Array((1...120).map { "BT /F1 10 Tf 72 \(800 - $0 * 6) Td (Ligne \($0) du bulletin) Tj ET\n" }.joined().utf8)
    var pixels = [UInt8](repeating: 255, count: 120 * 80)
    for i in stride(from: 0, to: pixels.count, by: 13) { pixels[i] = 0 }
    let source = HostilePDF.document(
      page: "/Resources << /XObject << /Im1 5 0 R >> >>",
      contents: HostilePDF.stream("/Filter /FlateDecode", HostilePDF.flate(text)),
      extra: [HostilePDF.stream("/Type /XObject /Subtype /Image /Width 120 /Height 80 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
                                HostilePDF.flate(pixels))])
    let input = folder.appendingPathComponent("source.pdf"), output = folder.appendingPathComponent("packed.pdf")
    try Data(source).write(to: input)
    Fixtures.run("/usr/bin/qpdf", ["--object-streams=generate", input.path, output.path])
    return [UInt8](try Data(contentsOf: output))
  }

  @Test func `every flipped bit that qpdf --check reports is refused`() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let packed = try packedPDF(in: folder)
    try #require(checker.check(packed).isAccepted)
    var rng = SeededGenerator(seed: 2611)
    var reported = 0
    let file = folder.appendingPathComponent("flipped.pdf")
    for _ in 0..<200 {
      var flipped = packed
      let at = Int.random(in: 0..<packed.count, using: &rng)
      flipped[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng))
      try Data(flipped).write(to: file)
      // 0: no problem; 2: errors; 3: warnings only.
      guard Fixtures.run("/usr/bin/qpdf", ["--check", file.path]) != 0 else { continue }
      reported += 1
      #expect(!checker.check(flipped).isAccepted, "byte \(at) flipped: qpdf reports it, the kiosk accepted it")
    }
    // Most flips land in compressed data, which qpdf decodes: enough cases
    // for the test to mean something.
    #expect(reported >= 75)
  }
}

extension HostileFileTests {
  @Test func `an object stream bomb is refused before qpdf inflates it`() {
    // The control: the same file with nothing after the page is accepted,
    // so the refusal below is for the gigabyte, not for the layout.
    let control = PDFInspector.inspect(HostilePDF.objectStreamBomb(megabytes: 0))
    #expect(control.problems == [])
    #expect(control.pageCount == 1)
    let bomb = HostilePDF.objectStreamBomb(megabytes: 1024)
    #expect(bomb.count < 2_000_000)
    let inspection = PDFInspector.inspect(bomb)
    #expect(inspection.problems == [.expandsTooMuch])
    #expect(inspection.inflatedBytes <= 32_000_000 + 65_536)
    // Its type written with an escape is the same name to qpdf.
    let escaped = replace(bomb, "/ObjStm", "/Obj#53tm")
    #expect(escaped.count == bomb.count + 2)
    #expect(PDFInspector.inspect(escaped).problems == [.expandsTooMuch])
  }

  func replace(_ bytes: [UInt8], _ old: String, _ new: String) -> [UInt8] {
    let (o, n) = (Array(old.utf8), Array(new.utf8))
    var out: [UInt8] = []
    var index = 0
    while index < bytes.count {
      if index + o.count <= bytes.count, Array(bytes[index..<(index + o.count)]) == o {
        out += n
        index += o.count
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return out
  }
}

extension HostileFileTests {
  @Test func `an object stream whose length is in another object is measured too`() {
    // /Length 7 0 R, with object 7 holding the number, as some writers do;
    // an "endstream" inside the data would stop a scan that looked for it.
    let bomb = HostilePDF.objectStreamBomb(megabytes: 64, hidden: "\nendstream\n")
    let marker = Array("/FlateDecode /Length ".utf8)
    let at = (0..<(bomb.count - marker.count)).first { Array(bomb[$0..<($0 + marker.count)]) == marker }! + marker.count
    let digits = bomb[at...].prefix { (0x30...0x39).contains($0) }
    var indirect = Array(bomb[..<at]) + Array("7 0 R".utf8) + Array(bomb[(at + digits.count)...])
    indirect += Array("\n7 0 obj\n".utf8) + Array(digits) + Array("\nendobj\n".utf8)
    let inspection = PDFInspector.inspect(indirect)
    #expect(inspection.problems == [.expandsTooMuch])
    #expect(inspection.inflatedBytes <= 32_000_000 + 65_536)
  }

  @Test func `dictionaries that never close cost a bounded scan and a refusal`() {
    // Each "obj <<" opens another level: read from every header, that
    // would be quadratic; the scan stops at twice the file's size.
    let header = Array("%PDF-1.7\n".utf8)
    let nested = header + Array(String(repeating: "1 0 obj << /Type /ObjStm ", count: 40_000).utf8) + Array("\n%%EOF\n".utf8)
    #expect(PDFInspector.inspect(nested).problems == [.unreadable])
  }
}

extension HostileFileTests {
  @Test func `a compression the walk cannot measure is refused, not trusted`() {
    let text = Array("BT (x) Tj ET".utf8)
    // LZW, run length, and Flate behind ASCII85: each could hide a bomb.
    for filter in ["/LZWDecode", "/RunLengthDecode", "[/ASCII85Decode /FlateDecode]", "[/FlateDecode /LZWDecode]"] {
      let pdf = HostilePDF.document(contents: HostilePDF.stream("/Filter \(filter)", text))
      #expect(problems(pdf) == [.unreadable], "\(filter)")
    }
    // Filters that never grow their data pass, as before.
    let hex = HostilePDF.document(contents: HostilePDF.stream("/Filter /ASCIIHexDecode", Array("42542028782920546a204554>".utf8)))
    #expect(problems(hex) == [])
    let flateInArray = HostilePDF.document(contents: HostilePDF.stream("/Filter [/FlateDecode]", HostilePDF.flate(text)))
    #expect(problems(flateInArray) == [])
  }
}

extension HostileFileTests {
  @Test func `a broken picture inside a PDF is damaged, as qpdf --check finds it`() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let pdf = try Fixtures.pdf(pages: 1)
    try #require(checker.check(pdf).isAccepted)
    // The page's JPEG: from its start marker; a stray marker halfway
    // through its compressed data, as one flipped bit makes.
    let start = try #require((0..<(pdf.count - 3)).first { pdf[$0] == 0xFF && pdf[$0 + 1] == 0xD8 && pdf[$0 + 2] == 0xFF })
    let scan = try #require((start..<(pdf.count - 1)).first { pdf[$0] == 0xFF && pdf[$0 + 1] == 0xDA })
    var broken = pdf
    let middle = scan + (pdf.count - scan) / 3
    broken[middle] = 0xFF
    broken[middle + 1] = 0x04
    let file = folder.appendingPathComponent("broken.pdf")
    try Data(broken).write(to: file)
    #expect(Fixtures.run("/usr/bin/qpdf", ["--check", file.path]) != 0)
    #expect(problems(broken) == [.damaged])
  }
}
