/// What a page looks like to a reader: how legible, blank or black.
///
/// Blank detection follows SANE's `sanei_magic_isBlank2` idea with the
/// fraction of ink pixels instead of mean darkness: the page is cut into
/// half-inch blocks (a quarter-inch margin is skipped, where scanners leave
/// shadows), and it is blank when no block holds more than about 0.5 % of
/// ink. Whole-page measures fail on tinted paper, noisy scans or a page
/// with a single signature line; this one classifies all of them right.
public struct PageAnalysis: Hashable, Sendable {
  /// Dots per inch of the paper, as far as legibility goes.
  public let effectiveDPI: Double
  /// The inkiest half-inch block's ink fraction (0–1).
  public let maxBlockInk: Double
  /// Mean brightness, 0 black to 1 white.
  public let mean: Double

  /// Gray below this is ink.
  static let inkLevel: UInt8 = 128

  public init(_ image: GrayImage) {
    effectiveDPI = Self.effectiveDPI(width: image.width, height: image.height, declared: image.declaredDPI)
    let block = max(4, Int(effectiveDPI / 2))
    let margin = max(1, Int(effectiveDPI / 4))
    var maxInk = 0.0
    var total = 0
    image.pixels.withUnsafeBufferPointer { px in
      for value in px { total &+= Int(value) }
      let width = image.width
      var by = margin
      while by < image.height - margin {
        let y1 = min(by + block, image.height - margin)
        var bx = margin
        while bx < width - margin {
          let x1 = min(bx + block, width - margin)
          var ink = 0
          for y in by..<y1 {
            let row = y * width
            for x in bx..<x1 where px[row + x] < Self.inkLevel { ink += 1 }
          }
          let area = (y1 - by) * (x1 - bx)
          if area > 0 { maxInk = max(maxInk, Double(ink) / Double(area)) }
          bx += block
        }
        by += block
      }
    }
    maxBlockInk = maxInk
    mean = image.pixels.isEmpty ? 1 : Double(total) / Double(image.pixels.count) / 255
  }

  /// The resolution a scanner declared (100–1,200 dpi is believable), or
  /// else the one the pixels give if the page is A4: phones write 72 dpi
  /// whatever the photo, so their declared value says nothing.
  public static func effectiveDPI(width: Int, height: Int, declared: Double?) -> Double {
    if let declared, (100...1200).contains(declared) { return declared }
    let short = Double(min(width, height)), long = Double(max(width, height))
    return min(short / 8.27, long / 11.69)
  }

  public func isBlank(_ limits: DocumentLimits) -> Bool { maxBlockInk <= limits.blankInkFraction && !isDark(limits) }
  public func isDark(_ limits: DocumentLimits) -> Bool { mean < limits.darkMean }
  public func isLegible(_ limits: DocumentLimits) -> Bool { effectiveDPI + 0.5 >= limits.minDPI }

  /// The page's problems, page numbers 1-based.
  public func problems(page: Int, limits: DocumentLimits) -> [DocumentProblem] {
    var out: [DocumentProblem] = []
    if isDark(limits) { out.append(.dark(page: page)) } else if isBlank(limits) { out.append(.blank(page: page)) }
    if !isLegible(limits) {
      out.append(.lowResolution(page: page, dpi: Int(effectiveDPI.rounded()), minimum: Int(limits.minDPI)))
    }
    return out
  }
}
