import Documents
import Foundation
import TestSupport
import Testing

/// Files are judged by their content: type, structure, size and pages.
@Suite struct FileCheckTests {
  let checker = DocumentChecker(limits: DocumentLimits())
}

extension FileCheckTests {
  @Test func `the type comes from the first bytes, not the name`() throws {
    #expect(FileKind.sniff(Array("%PDF-1.7\n".utf8)) == .pdf)
    #expect(FileKind.sniff([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
    #expect(FileKind.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .png)
    #expect(FileKind.sniff(Array("P5\n10 10\n255\n".utf8)) == .pnm)
    #expect(FileKind.sniff(Array("GIF89a".utf8)) == nil)
    #expect(FileKind.sniff(Array("PK\u{3}\u{4}".utf8)) == nil)
    // A PDF with a few bytes before its header still opens in readers.
    let pdf = try Fixtures.pdf(pages: 1)
    #expect(checker.check(Array("junk\n".utf8) + pdf).kind == .pdf)
  }

  @Test func `JPEG and PNG pages are read with their resolution`() {
    let image = Fixtures.smallText()
    let jpeg = checker.check(Fixtures.jpeg(image))
    #expect(jpeg.kind == .jpeg && jpeg.isAccepted)
    #expect(jpeg.pages.first.map { Int($0.effectiveDPI.rounded()) } == 150)
    let png = checker.check(Fixtures.png(image))
    #expect(png.kind == .png && png.isAccepted)
    #expect(png.image?.width == image.width)
  }

  @Test func `a PNG's pHYs density is read`() {
    let bytes = Fixtures.png(Fixtures.smallText())
    // Insert a pHYs chunk after IHDR: 5906 pixels a metre = 150 dpi.
    let body: [UInt8] = Array("pHYs".utf8) + [0, 0, 0x17, 0x12, 0, 0, 0x17, 0x12, 1]
    let crc = PNGFixture.crc32(body)
    let phys: [UInt8] = [0, 0, 0, 9] + body + [UInt8(crc >> 24), UInt8((crc >> 16) & 0xFF), UInt8((crc >> 8) & 0xFF), UInt8(crc & 0xFF)]
    let withDensity = Array(bytes[0..<33]) + phys + Array(bytes[33...])
    #expect(abs((ImageCodecProbe.pngDPI(withDensity) ?? 0) - 150) < 0.5)
  }

  @Test func `a PDF's pages, its lock and its damage are found`() throws {
    let pdf = try Fixtures.pdf(pages: 3)
    let ok = checker.check(pdf)
    #expect(ok.isAccepted && ok.pageCount == 3)
    #expect(checker.check(Array(pdf.prefix(pdf.count / 2))).problems == [.truncated])
    #expect(checker.check(Array("%PDF-1.4\nthis is not a pdf at all\n%%EOF\n".utf8)).problems == [.damaged])

    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let plain = folder.appendingPathComponent("plain.pdf"), locked = folder.appendingPathComponent("locked.pdf")
    let ownerOnly = folder.appendingPathComponent("owner.pdf")
    try Data(pdf).write(to: plain)
    Fixtures.run("/usr/bin/qpdf", ["--encrypt", "user", "owner", "256", "--", plain.path, locked.path])
    Fixtures.run("/usr/bin/qpdf", ["--encrypt", "", "owner", "256", "--", plain.path, ownerOnly.path])
    #expect(checker.check([UInt8](try Data(contentsOf: locked))).problems == [.encrypted])
    #expect(checker.check([UInt8](try Data(contentsOf: ownerOnly))).problems == [.encrypted])
  }

  @Test func `limits on pages and size are the configured ones`() throws {
    var limits = DocumentLimits()
    limits.maxPages = 2
    let pdf = try Fixtures.pdf(pages: 3)
    #expect(DocumentChecker(limits: limits).check(pdf).problems == [.tooManyPages(count: 3, limit: 2)])
    limits.maxPages = 20
    limits.maxBytes = 1000
    #expect(DocumentChecker(limits: limits).check(pdf).problems == [.tooLarge(bytes: pdf.count, limit: 1000)])
  }

  @Test func `a forged header with huge dimensions is refused before decoding`() {
    #expect(checker.check(Array("P5\n60000 60000\n255\n".utf8) + [0, 0, 0]).problems == [.tooManyPixels])
    var png = Fixtures.png(GrayImage.filled(width: 4, height: 4, level: 255))
    // IHDR width and height, big-endian, at bytes 16…23.
    png.replaceSubrange(16..<24, with: [0, 1, 0, 0, 0, 1, 0, 0])
    let problems = checker.check(png).problems
    #expect(problems == [.tooManyPixels] || problems == [.unreadable])
  }

  @Test func `truncated images are refused, not sent half grey`() {
    let image = Fixtures.smallText()
    let jpeg = Fixtures.jpeg(image)
    #expect(checker.check(Array(jpeg.prefix(jpeg.count * 2 / 3))).problems == [.truncated])
    let png = Fixtures.png(image)
    #expect(checker.check(Array(png.prefix(png.count * 2 / 3))).problems == [.truncated])
    let pgm = SyntheticPage(dpi: 150, seed: 1).pgm
    #expect(checker.check(Array(pgm.prefix(pgm.count / 2))).problems == [.truncated])
  }
}

/// Reaches the density reader through a page check.
enum ImageCodecProbe {
  static func pngDPI(_ bytes: [UInt8]) -> Double? {
    DocumentChecker(limits: DocumentLimits()).check(bytes).image?.declaredDPI
  }
}
