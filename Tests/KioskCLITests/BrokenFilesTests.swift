import Documents
import Foundation
import TestSupport
import Testing

/// One hundred broken files, made here: each is refused with a reason in
/// plain words, and nothing crashes.
@Suite struct BrokenFilesTests {
  /// name → bytes. Seeded, so a failure replays.
  static func corpus(in w: DocumentWorkspace) throws -> [(String, [UInt8])] {
    var rng = SeededGenerator(seed: 2026)
    var out: [(String, [UInt8])] = []
    var text = SyntheticPage(dpi: 150, seed: 8)
    text.text(fromInches: 1, toInches: 3)
    let jpeg = ImageCodec.encodeJPEG(text.image, quality: 75)!
    let page = text.image
    let pdf = try PDFAssembler(limits: DocumentLimits()).assemble(pageCount: 2) { _ in page }.bytes
    let png = PNGFixture.encode(text.image)
    // Empty files, whatever their name.
    for name in ["zero.pdf", "zero.jpg", "zero.png", "zero.PDF"] { out.append((name, [])) }
    // Copies cut short.
    for i in 0..<10 { out.append(("cut-\(i).pdf", Array(pdf.prefix(200 + i * pdf.count / 12)))) }
    for i in 0..<10 { out.append(("cut-\(i).jpg", Array(jpeg.prefix(100 + i * jpeg.count / 12)))) }
    for i in 0..<10 { out.append(("cut-\(i).png", Array(png.prefix(40 + i * png.count / 12)))) }
    for i in 0..<4 { out.append(("cut-\(i).pgm", Array(text.pgm.prefix(20 + i * 50_000)))) }
    // The wrong kind of file, with a name that lies.
    out.append(("letter.pdf", Array("Bonjour, ceci est un texte.\n".utf8)))
    out.append(("archive.pdf", [0x50, 0x4B, 0x03, 0x04] + (0..<200).map { _ in UInt8.random(in: 0...255, using: &rng) }))
    out.append(("anim.jpg", Array("GIF89a".utf8) + [UInt8](repeating: 0, count: 100)))
    out.append(("page.png", Array("<html><body>scan</body></html>".utf8)))
    out.append(("photo.heic", [0, 0, 0, 0x18] + Array("ftypheic".utf8) + [UInt8](repeating: 1, count: 64)))
    out.append(("word.pdf", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)))
    for i in 0..<6 { out.append(("noise-\(i).pdf", (0..<(50 + i * 300)).map { _ in UInt8.random(in: 0...255, using: &rng) })) }
    // Right magic, garbage behind it.
    for i in 0..<8 {
      let junk = (0..<(30 + i * 400)).map { _ in UInt8.random(in: 0...255, using: &rng) }
      out.append(("bogus-\(i).pdf", Array("%PDF-1.\(i)\n".utf8) + junk + Array("\n%%EOF\n".utf8)))
      out.append(("bogus-\(i).jpg", [0xFF, 0xD8, 0xFF, 0xE0] + junk))
      out.append(("bogus-\(i).png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + junk))
    }
    for i in 0..<3 { out.append(("bogus-\(i).pgm", Array("P5\n\(i)x nonsense\n".utf8))) }
    // Dimensions no page has.
    for (w, h) in [(60_000, 60_000), (200_000, 10), (100_000, 100_000)] {
      out.append(("huge-\(w).pgm", Array("P5\n\(w) \(h)\n255\n".utf8) + [0, 0, 0]))
    }
    for (w, h) in [(65_000, 65_000), (40_000, 40_000)] {
      var forged = jpeg
      if let sof = (2..<(forged.count - 9)).first(where: { forged[$0] == 0xFF && forged[$0 + 1] == 0xC0 }) {
        forged.replaceSubrange((sof + 5)..<(sof + 9), with: [UInt8(h >> 8), UInt8(h & 0xFF), UInt8(w >> 8), UInt8(w & 0xFF)])
      }
      out.append(("huge-\(w).jpg", forged))
    }
    for (w, h) in [(70_000, 70_000), (1, 90_000_000)] {
      var forged = png
      forged.replaceSubrange(16..<24, with: [UInt8(w >> 24), UInt8((w >> 16) & 0xFF), UInt8((w >> 8) & 0xFF), UInt8(w & 0xFF),
                                             UInt8(h >> 24), UInt8((h >> 16) & 0xFF), UInt8((h >> 8) & 0xFF), UInt8(h & 0xFF)])
      let crc = PNGFixture.crc32(Array(forged[12..<29]))
      forged.replaceSubrange(29..<33, with: [UInt8(crc >> 24), UInt8((crc >> 16) & 0xFF), UInt8((crc >> 8) & 0xFF), UInt8(crc & 0xFF)])
      out.append(("huge-\(w).png", forged))
    }
    // A PDF whose table of contents is gone, and JPEGs with damaged data.
    var noXref = pdf
    for i in 0..<(noXref.count - 4) where Array(noXref[i..<(i + 4)]) == Array("xref".utf8) {
      noXref.replaceSubrange(i..<(i + 4), with: Array("xxxx".utf8))
    }
    for i in 0..<(noXref.count - 3) where Array(noXref[i..<(i + 3)]) == Array("obj".utf8) {
      noXref.replaceSubrange(i..<(i + 3), with: Array("jbo".utf8))
    }
    out.append(("no-xref.pdf", noXref))
    for i in 0..<2 {
      var damaged = jpeg
      let start = damaged.count / 3 + i * 500
      for j in start..<(start + 400) { damaged[j] = 0xFF }
      out.append(("damaged-\(i).jpg", damaged))
    }
    // Locked PDFs.
    let plain = try w.file("plain.pdf", pdf)
    for (i, args) in [["user", "owner", "256"], ["secret", "secret", "128"], ["", "owner", "256"]].enumerated() {
      let locked = w.files.appendingPathComponent("locked-\(i).pdf")
      let qpdf = Process()
      qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
      qpdf.arguments = ["--encrypt"] + args + ["--", plain, locked.path]
      try qpdf.run()
      qpdf.waitUntilExit()
      out.append(("locked-\(i).pdf", [UInt8](try Data(contentsOf: locked))))
    }
    // Blank, black and blurred scans.
    for seed in 0..<4 { out.append(("blank-\(seed).pgm", SyntheticPage(dpi: 150, paper: UInt8(235 - seed * 8), noise: 10, seed: UInt64(seed)).pgm)) }
    for seed in 0..<3 { out.append(("black-\(seed).pgm", SyntheticPage(dpi: 150, paper: 15, noise: 8, seed: UInt64(seed)).pgm)) }
    for seed in 0..<3 {
      var small = SyntheticPage(dpi: 90, seed: UInt64(seed))
      small.text(fromInches: 1, toInches: 3)
      out.append(("blurred-\(seed).jpg", ImageCodec.encodeJPEG(GrayImage(width: small.width, height: small.height, pixels: small.image.pixels), quality: 70)!))
    }
    return out
  }
}

extension BrokenFilesTests {
  @Test func `a hundred broken files are each refused with a plain reason, by the real binary`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let corpus = try Self.corpus(in: w)
    #expect(corpus.count >= 100)
    let banned = ["erreur", "error", "invalide", "exception", "fatal"]
    for (name, bytes) in corpus {
      let path = try w.file(name, bytes)
      let result = try w.run(["doc", "check", path])
      #expect(result.status == 1, "\(name): exit \(result.status), \(result.stdout)\(result.stderr)")
      let reasons = result.stdout.split(separator: "\n").filter { $0.hasPrefix("- ") }
      #expect(!reasons.isEmpty, "\(name): no reason given")
      #expect(result.stdout.hasPrefix("Refusé :"), "\(name): \(result.stdout)")
      for word in banned { #expect(!result.stdout.lowercased().contains(word), "\(name) says \(word)") }
    }
  }
}
