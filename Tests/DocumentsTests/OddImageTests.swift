import Documents
import TestSupport
import Testing

/// Images that are valid but unusual, or barely images at all: each is
/// read, or refused for its true reason.
@Suite struct OddImageTests {
  let checker = DocumentChecker(limits: DocumentLimits())
}

extension OddImageTests {
  @Test func `a CMYK JPEG is read as the gray page it shows`() throws {
    let original = Fixtures.smallText()
    let cmyk = CMYKFixture.jpeg(original)
    let check = checker.check(cmyk)
    #expect(check.kind == .jpeg)
    #expect(check.problems == [])
    let image = try #require(check.image)
    #expect(image.width == original.width && image.height == original.height)
    // JPEG is lossy: the mean difference stays small; inverted inks or a
    // wrong channel would make it about 200.
    let difference = zip(image.pixels, original.pixels).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
    #expect(difference / original.pixels.count < 6)
  }

  @Test func `a JPEG cut before its size is incomplete, whatever its length`() {
    #expect(checker.check([0xFF, 0xD8, 0xFF, 0xE0]).problems == [.truncated])
    let jpeg = Fixtures.jpeg(Fixtures.smallText())
    // The first segments only, well over 200 bytes, no picture size yet.
    let sof = (2..<(jpeg.count - 1)).first { jpeg[$0] == 0xFF && jpeg[$0 + 1] == 0xC0 }!
    #expect(checker.check(Array(jpeg.prefix(sof))).problems == [.truncated])
  }
}
