import Documents
import TestSupport
import Testing

/// Blank, black and blurred pages are caught before anything leaves.
@Suite struct PageCheckTests {
  let limits = DocumentLimits()
}

extension PageCheckTests {
  @Test func `a page of text is neither blank nor black, and legible at 200 dpi`() {
    let analysis = PageAnalysis(SyntheticPage.textPage().image)
    #expect(!analysis.isBlank(limits))
    #expect(!analysis.isDark(limits))
    #expect(analysis.problems(page: 1, limits: limits).isEmpty)
    #expect(abs(analysis.effectiveDPI - 200) < 1)
  }

  @Test func `tinted, noisy blank paper is blank`() {
    // Recycled paper: grey 215 with strong noise, no ink.
    let page = SyntheticPage(dpi: 150, paper: 215, noise: 14, seed: 7)
    #expect(PageAnalysis(page.image).problems(page: 2, limits: limits) == [.blank(page: 2)])
  }

  @Test func `a page with only a signature line is not blank`() {
    var page = SyntheticPage(dpi: 150, seed: 9)
    page.ink(x: 5, y: 9, width: 2, height: 0.02)
    #expect(!PageAnalysis(page.image).isBlank(limits))
  }

  @Test func `a scanner's edge shadow does not make a blank page look written`() {
    var page = SyntheticPage(dpi: 150, seed: 11)
    page.ink(x: 0, y: 0, width: 0.15, height: 11.69, level: 60)
    page.ink(x: 0, y: 11.55, width: 8.27, height: 0.14, level: 60)
    #expect(PageAnalysis(page.image).isBlank(limits))
  }

  @Test func `a black page (lid open) is called black, not blank`() {
    let page = SyntheticPage(dpi: 150, paper: 12, noise: 6, seed: 5)
    #expect(PageAnalysis(page.image).problems(page: 1, limits: limits) == [.dark(page: 1)])
  }

  @Test func `a page under 150 dpi is too small to read`() {
    var page = SyntheticPage(dpi: 100, seed: 2)
    page.text(fromInches: 1, toInches: 3)
    #expect(PageAnalysis(page.image).problems(page: 3, limits: limits) == [.lowResolution(page: 3, dpi: 100, minimum: 150)])
  }

  @Test func `a phone photo's 72 dpi says nothing: its pixels decide`() {
    #expect(PageAnalysis.effectiveDPI(width: 3000, height: 4000, declared: 72) > 300)
    #expect(PageAnalysis.effectiveDPI(width: 600, height: 800, declared: 72) < 100)
    #expect(PageAnalysis.effectiveDPI(width: 1653, height: 2338, declared: 200) == 200)
  }

  @Test func `the blank threshold comes from the settings`() {
    var page = SyntheticPage(dpi: 150, seed: 13)
    page.ink(x: 4, y: 5, width: 0.05, height: 0.05)
    var strict = limits
    #expect(!PageAnalysis(page.image).isBlank(strict))
    strict.blankInkFraction = 0.5
    #expect(PageAnalysis(page.image).isBlank(strict))
  }

  @Test func `the thumbnail shows where the ink is`() {
    var page = SyntheticPage(dpi: 100, noise: 0, seed: 1)
    page.ink(x: 0, y: 0, width: 8.27, height: 5.8, level: 0)
    let thumb = Thumbnail(page.image, columns: 10, rows: 8)
    #expect(thumb.levels.count == 8)
    #expect(thumb.levels[0].allSatisfy { $0 == 4 })
    #expect(thumb.levels[7].allSatisfy { $0 == 0 })
  }
}
