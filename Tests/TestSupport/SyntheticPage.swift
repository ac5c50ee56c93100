import DocumentImaging

/// Pages as a scanner would give them, made from a seed: paper that is
/// never pure white, noise, a slight skew, and lines of word-like ink.
/// Blank-page detection, compression and the benchmarks all need pages
/// like real ones: the SANE test pictures compress unrealistically well.
public struct SyntheticPage {
  public let width: Int
  public let height: Int
  public let dpi: Double
  var pixels: [UInt8]
  var random: UInt64

  /// Paper of `paper` gray with noise of about `noise` levels.
  public init(dpi: Double = 200, widthInches: Double = 8.27, heightInches: Double = 11.69, paper: UInt8 = 245,
              noise: Int = 8, seed: UInt64 = 1) {
    self.dpi = dpi
    width = Int(widthInches * dpi)
    height = Int(heightInches * dpi)
    random = seed | 1
    pixels = [UInt8](repeating: paper, count: width * height)
    if noise > 0 {
      for i in pixels.indices { pixels[i] = clamp(Int(paper) + nextNoise(noise)) }
    }
  }

  /// A fast xorshift: a page has millions of pixels.
  mutating func next() -> UInt64 {
    random ^= random << 13
    random ^= random >> 7
    random ^= random << 17
    return random
  }

  /// Roughly Gaussian (sum of four uniforms), centred on 0.
  mutating func nextNoise(_ spread: Int) -> Int {
    let r = next()
    let sum = Int(r & 0xFF) + Int((r >> 8) & 0xFF) + Int((r >> 16) & 0xFF) + Int((r >> 24) & 0xFF) - 510
    return sum * spread / 148
  }

  func clamp(_ v: Int) -> UInt8 { UInt8(max(0, min(255, v))) }

  /// A dark rectangle (inches), skewed by `skew` rows per column.
  public mutating func ink(x: Double, y: Double, width w: Double, height h: Double, level: UInt8 = 40, skew: Double = 0) {
    let x0 = Int(x * dpi), y0 = Int(y * dpi), x1 = min(width, x0 + max(1, Int(w * dpi))), y1 = y0 + max(1, Int(h * dpi))
    guard x0 < x1 else { return }
    for px in max(0, x0)..<x1 {
      let shift = Int(Double(px) * skew)
      for py in max(0, y0 + shift)..<min(height, y1 + shift) {
        pixels[py * width + px] = clamp(Int(level) + nextNoise(12))
      }
    }
  }

  /// Lines of words from the top margin down to `toInches`.
  public mutating func text(fromInches top: Double = 1, toInches bottom: Double? = nil, skew: Double = 0.004) {
    var y = top
    let end = bottom ?? (Double(height) / dpi - 1)
    while y < end {
      var x = 1.0
      while x < Double(width) / dpi - 1.5 {
        let letters = 2 + Int(next() % 8)
        for _ in 0..<letters {
          let w = 0.03 + Double(next() % 4) * 0.01
          ink(x: x, y: y + Double(next() % 3) * 0.01, width: w, height: 0.1 + Double(next() % 3) * 0.02, skew: skew)
          x += w + 0.02
        }
        x += 0.12
      }
      y += 0.3
    }
  }

  public var image: GrayImage { GrayImage(width: width, height: height, pixels: pixels, declaredDPI: dpi) }

  /// The page as a binary PGM (what `scanimage --format=pnm` writes).
  public var pgm: [UInt8] { Array("P5\n\(width) \(height)\n255\n".utf8) + pixels }

  /// A page of text: the common case.
  public static func textPage(dpi: Double = 200, seed: UInt64 = 1) -> SyntheticPage {
    var page = SyntheticPage(dpi: dpi, seed: seed)
    page.text()
    return page
  }
}
