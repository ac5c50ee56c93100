/// A page as 8-bit gray pixels, row after row (0 black, 255 white), with
/// the resolution the file declared, if any.
public struct GrayImage: Sendable {
  public let width: Int
  public let height: Int
  public var pixels: [UInt8]
  /// Dots per inch declared by the file (PNG pHYs, JPEG JFIF density, or
  /// the scanner's setting); nil when the file says nothing.
  public var declaredDPI: Double?

  public init(width: Int, height: Int, pixels: [UInt8], declaredDPI: Double? = nil) {
    precondition(pixels.count == width * height, "a gray image has one byte a pixel")
    self.width = width
    self.height = height
    self.pixels = pixels
    self.declaredDPI = declaredDPI
  }

  /// A page filled with one gray level.
  public static func filled(width: Int, height: Int, level: UInt8, dpi: Double? = nil) -> GrayImage {
    GrayImage(width: width, height: height, pixels: [UInt8](repeating: level, count: width * height), declaredDPI: dpi)
  }

  public subscript(x: Int, y: Int) -> UInt8 {
    get { pixels[y * width + x] }
    set { pixels[y * width + x] = newValue }
  }

  /// Halves the page (2×2 box average): used to step down the resolution
  /// when a document must fit the size limit.
  public func downscaled(by factor: Double) -> GrayImage {
    let w = max(1, Int((Double(width) * factor).rounded()))
    let h = max(1, Int((Double(height) * factor).rounded()))
    var out = [UInt8](repeating: 255, count: w * h)
    let sx = Double(width) / Double(w)
    let sy = Double(height) / Double(h)
    pixels.withUnsafeBufferPointer { src in
      for y in 0..<h {
        let y0 = Int(Double(y) * sy)
        let y1 = max(y0 + 1, min(height, Int(Double(y + 1) * sy)))
        for x in 0..<w {
          let x0 = Int(Double(x) * sx)
          let x1 = max(x0 + 1, min(width, Int(Double(x + 1) * sx)))
          var sum = 0
          for yy in y0..<y1 {
            let row = yy * width
            for xx in x0..<x1 { sum += Int(src[row + xx]) }
          }
          out[y * w + x] = UInt8(sum / ((y1 - y0) * (x1 - x0)))
        }
      }
    }
    return GrayImage(width: w, height: h, pixels: out, declaredDPI: declaredDPI.map { $0 * factor })
  }
}
