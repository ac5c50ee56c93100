import Documents
import Foundation
import Synchronization
import TestSupport
import Testing

/// Pages become one PDF that fits the limit, or the kiosk says it cannot.
@Suite struct AssemblyTests {}

extension AssemblyTests {
  @Test func `pages become one PDF with one page each, at A4 size`() throws {
    let result = try PDFAssembler(limits: DocumentLimits()).assemble(pageCount: 3) { _ in Fixtures.smallText() }
    #expect(result.pageCount == 3)
    #expect(result.step.quality == 75)
    let check = DocumentChecker(limits: DocumentLimits()).check(result.bytes)
    #expect(check.isAccepted && check.pageCount == 3)
    // 8.27 × 11.69 inches at 72 points an inch.
    let text = String(decoding: result.bytes, as: UTF8.self)
    #expect(text.contains("/MediaBox [ 0 0 595") || text.contains("/MediaBox [0 0 595"))
  }

  @Test func `over the limit, quality then resolution step down until it fits`() throws {
    var limits = DocumentLimits()
    let full = try PDFAssembler(limits: limits).assemble(pageCount: 2) { _ in SyntheticPage.textPage(dpi: 200, seed: 4).image }
    limits.maxBytes = full.bytes.count * 6 / 10
    let smaller = try PDFAssembler(limits: limits).assemble(pageCount: 2) { _ in SyntheticPage.textPage(dpi: 200, seed: 4).image }
    #expect(smaller.bytes.count <= limits.maxBytes)
    #expect(smaller.step != PDFAssembler.ladder[0])
    // Never below the legible minimum.
    #expect((smaller.step.maxDPI ?? 200) >= limits.minDPI)
  }

  @Test func `when even the last step is too big, it says so with the size`() {
    var limits = DocumentLimits()
    limits.maxBytes = 2000
    #expect(throws: PDFAssembler.Failure.self) {
      try PDFAssembler(limits: limits).assemble(pageCount: 1) { _ in SyntheticPage.textPage(dpi: 200, seed: 4).image }
    }
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("p.pgm").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(SyntheticPage.textPage(dpi: 200).pgm))
    guard case let .failure(.document(.tooLarge(bytes, limit))) = PageFilesAssembler(limits: limits).assemble(paths: [path])
    else { Issue.record("expected too large"); return }
    #expect(bytes > limit && limit == 2000)
  }

  @Test func `pages are prepared at most two at a time, each once, and written in order`() throws {
    struct Count { var inFlight = 0, most = 0, asked: [Int] = [] }
    let count = Mutex(Count())
    let result = try PDFAssembler(limits: DocumentLimits()).assemble(pageCount: 5) { index in
      count.withLock { $0.inFlight += 1; $0.most = max($0.most, $0.inFlight); $0.asked.append(index) }
      defer { count.withLock { $0.inFlight -= 1 } }
      usleep(20_000)
      // Each page a different width, to read the order back from the PDF.
      return GrayImage.filled(width: 600 + index, height: 800, level: 200, dpi: 100)
    }
    let seen = count.withLock { $0 }
    #expect(seen.most <= 2)
    #expect(seen.asked.sorted() == [0, 1, 2, 3, 4])
    let text = String(decoding: result.bytes, as: UTF8.self)
    let widths = text.components(separatedBy: "/Width ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    #expect(widths == [600, 601, 602, 603, 604])
  }

  @Test func `a blank or vanished page stops the assembly and names the page`() throws {
    let folder = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let good = folder.appendingPathComponent("1.png"), blank = folder.appendingPathComponent("2.png")
    try Data(Fixtures.png(Fixtures.smallText())).write(to: good)
    try Data(Fixtures.png(SyntheticPage(dpi: 150, seed: 2).image)).write(to: blank)
    let assembler = PageFilesAssembler(limits: DocumentLimits())
    guard case let .failure(.page(2, problems)) = assembler.assemble(paths: [good.path, blank.path]) else {
      Issue.record("expected page 2 to be refused")
      return
    }
    #expect(problems == [.blank(page: 2)])
    guard case .failure(.page(2, [.unreadable])) = assembler.assemble(paths: [good.path, folder.appendingPathComponent("gone").path])
    else { Issue.record("expected the missing page to be named"); return }
  }
}
