import CImaging

/// Why an image could not be read.
public enum ImageReadError: Error, Hashable, Sendable {
  /// Not an image the kiosk reads, or its data is garbage.
  case unreadable
  /// The file stops before the end of the picture (a copy cut short).
  case truncated
  /// Width × height beyond what a page can be: refused before decoding,
  /// so a forged header cannot exhaust memory.
  case tooManyPixels(width: Int, height: Int)
}

/// Reads JPEG, PNG and PNM pages as gray pixels, and writes gray JPEG.
/// Uses libjpeg-turbo's TurboJPEG API and libpng's simplified API: neither
/// longjmps through Swift frames.
public enum ImageCodec {
  /// A4 at 600 dpi is about 35 million pixels; a photo from a phone 50.
  public static let maximumPixels = 60_000_000

  /// Width and height from the header alone.
  public static func dimensions(_ bytes: [UInt8], kind: FileKind) throws(ImageReadError) -> (width: Int, height: Int) {
    switch kind {
    case .jpeg: return try JPEG.header(bytes)
    case .png: return try PNG.header(bytes)
    case .pnm: return try PNM.header(bytes).size
    case .pdf: throw .unreadable
    }
  }

  /// The whole page in gray. Checks the size from the header first.
  public static func decodeGray(_ bytes: [UInt8], kind: FileKind) throws(ImageReadError) -> GrayImage {
    let (width, height) = try dimensions(bytes, kind: kind)
    guard width > 0, height > 0 else { throw .unreadable }
    guard width * height <= maximumPixels, width <= 30_000, height <= 30_000 else {
      throw .tooManyPixels(width: width, height: height)
    }
    switch kind {
    case .jpeg: return try JPEG.decode(bytes, width: width, height: height)
    case .png: return try PNG.decode(bytes)
    case .pnm: return try PNM.decode(bytes)
    case .pdf: throw .unreadable
    }
  }

  /// Like `decodeGray(_:kind:)`, but a gray PNM reuses the file's own
  /// buffer for its pixels instead of copying 4 MB.
  public static func decodeGray(_ bytes: inout [UInt8], kind: FileKind) throws(ImageReadError) -> GrayImage {
    guard kind == .pnm else { return try decodeGray(bytes, kind: kind) }
    let header = try PNM.header(bytes)
    let (width, height) = header.size
    guard width > 0, height > 0, width * height <= maximumPixels else {
      throw .tooManyPixels(width: width, height: height)
    }
    guard !header.colour else { return try PNM.decode(bytes) }
    guard bytes.count >= header.dataStart + width * height else { throw .truncated }
    bytes.removeSubrange(0..<header.dataStart)
    bytes.removeSubrange((width * height)...)
    let pixels = bytes
    bytes = []
    return GrayImage(width: width, height: height, pixels: pixels)
  }

  /// Gray JPEG at `quality` (1–100). The accurate DCT, as cjpeg uses by
  /// default: TurboJPEG's default fast DCT gave files 0.01 % larger.
  public static func encodeJPEG(_ image: GrayImage, quality: Int) -> [UInt8]? {
    guard let handle = tjInitCompress() else { return nil }
    defer { tjDestroy(handle) }
    var buffer: UnsafeMutablePointer<UInt8>?
    var size: UInt = 0
    let status = image.pixels.withUnsafeBufferPointer { pixels in
      tjCompress2(handle, pixels.baseAddress, Int32(image.width), 0, Int32(image.height), Int32(TJPF_GRAY.rawValue),
                  &buffer, &size, Int32(TJSAMP_GRAY.rawValue), Int32(quality), TJFLAG_ACCURATEDCT)
    }
    defer { if let buffer { tjFree(buffer) } }
    guard status == 0, let buffer else { return nil }
    var out = [UInt8](UnsafeBufferPointer(start: buffer, count: Int(size)))
    if let dpi = image.declaredDPI { JPEG.setDensity(&out, dpi: dpi) }
    return out
  }
}

extension ImageCodec {
  /// Whether JPEG data decodes to its end without a warning: a picture
  /// inside a PDF, checked as `qpdf --check` does. Decoded at an eighth of
  /// its size (every byte is still read), so a page costs kilobytes.
  public static func jpegIsIntact(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let handle = tjInitDecompress(), let base = data.baseAddress else { return false }
    defer { tjDestroy(handle) }
    var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
    guard tjDecompressHeader3(handle, base, UInt(data.count), &width, &height, &subsampling, &colorspace) == 0,
      width > 0, height > 0
    else { return false }
    let cmyk = colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue)
    let (w, h) = ((Int(width) + 7) / 8, (Int(height) + 7) / 8)
    var pixels = [UInt8](repeating: 0, count: w * h * (cmyk ? 4 : 1))
    let status = pixels.withUnsafeMutableBufferPointer { out in
      tjDecompress2(handle, base, UInt(data.count), out.baseAddress, Int32(w), 0, Int32(h),
                    Int32(cmyk ? TJPF_CMYK.rawValue : TJPF_GRAY.rawValue), TJFLAG_STOPONWARNING)
    }
    return status == 0
  }
}

/// JPEG through TurboJPEG; the density from the JFIF segment.
enum JPEG {
  struct Header {
    let width: Int
    let height: Int
    /// Printers' colours (CMYK, or YCCK as stored): TurboJPEG cannot turn
    /// them into gray itself.
    let isCMYK: Bool
  }

  static func header(_ bytes: [UInt8]) throws(ImageReadError) -> (width: Int, height: Int) {
    let info = try info(bytes)
    return (info.width, info.height)
  }

  static func info(_ bytes: [UInt8]) throws(ImageReadError) -> Header {
    guard let handle = tjInitDecompress() else { throw .unreadable }
    defer { tjDestroy(handle) }
    var width: Int32 = 0, height: Int32 = 0, subsampling: Int32 = 0, colorspace: Int32 = 0
    let status = bytes.withUnsafeBufferPointer {
      tjDecompressHeader3(handle, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace)
    }
    // A few bytes of a JPEG pass the header call with no size at all: the
    // copy stopped before the picture's size, it is not "too big".
    guard status == 0, width > 0, height > 0 else { throw hasEnd(bytes) ? .unreadable : .truncated }
    let isCMYK = colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue)
    return Header(width: Int(width), height: Int(height), isCMYK: isCMYK)
  }

  /// Whether the end-of-image marker (FF D9) is among the last bytes: a
  /// copy cut short has lost it.
  static func hasEnd(_ bytes: [UInt8]) -> Bool {
    let tail = bytes.suffix(64)
    return zip(tail, tail.dropFirst()).contains { $0 == 0xFF && $1 == 0xD9 }
  }

  static func decode(_ bytes: [UInt8], width: Int, height: Int) throws(ImageReadError) -> GrayImage {
    let info = try info(bytes)
    if info.isCMYK { return try decodeCMYK(bytes, info) }
    guard let handle = tjInitDecompress() else { throw .unreadable }
    defer { tjDestroy(handle) }
    var pixels = [UInt8](repeating: 255, count: width * height)
    let status = bytes.withUnsafeBufferPointer { jpeg in
      pixels.withUnsafeMutableBufferPointer { out in
        tjDecompress2(handle, jpeg.baseAddress, UInt(jpeg.count), out.baseAddress, Int32(width), 0, Int32(height),
                      Int32(TJPF_GRAY.rawValue), TJFLAG_STOPONWARNING)
      }
    }
    if status != 0 {
      // A warning is "premature end of data" or a corrupt segment: the
      // picture is incomplete, and a half-grey page must not be sent.
      throw tjGetErrorCode(handle) == TJERR_WARNING.rawValue ? .truncated : .unreadable
    }
    return GrayImage(width: width, height: height, pixels: pixels, declaredDPI: density(bytes))
  }

  /// Four bytes a pixel while decoding: a large CMYK photo is read at a
  /// half, a quarter or an eighth of its size to stay under this.
  static let cmykPixelBudget = 16_000_000

  /// CMYK (print shops, some scanners' "PDF/JPEG for print") to gray.
  /// Photoshop-style files (an Adobe APP14 segment) store the inks
  /// inverted, 255 for none; others store 0 for none.
  static func decodeCMYK(_ bytes: [UInt8], _ header: Header) throws(ImageReadError) -> GrayImage {
    guard let handle = tjInitDecompress() else { throw .unreadable }
    defer { tjDestroy(handle) }
    var scale = 1
    while (header.width / scale) * (header.height / scale) > cmykPixelBudget, scale < 8 { scale *= 2 }
    let width = (header.width + scale - 1) / scale, height = (header.height + scale - 1) / scale
    var cmyk = [UInt8](repeating: 0, count: width * height * 4)
    let status = bytes.withUnsafeBufferPointer { jpeg in
      cmyk.withUnsafeMutableBufferPointer { out in
        tjDecompress2(handle, jpeg.baseAddress, UInt(jpeg.count), out.baseAddress, Int32(width), 0, Int32(height),
                      Int32(TJPF_CMYK.rawValue), TJFLAG_STOPONWARNING)
      }
    }
    if status != 0 { throw tjGetErrorCode(handle) == TJERR_WARNING.rawValue ? .truncated : .unreadable }
    let inverted = hasAdobeSegment(bytes)
    var pixels = [UInt8](repeating: 255, count: width * height)
    cmyk.withUnsafeBufferPointer { src in
      for i in 0..<(width * height) {
        // What is left of white paper after each ink, 0–255.
        func paper(_ ink: UInt8) -> Int { inverted ? Int(ink) : 255 - Int(ink) }
        let k = paper(src[4 * i + 3])
        let r = paper(src[4 * i]) * k, g = paper(src[4 * i + 1]) * k, b = paper(src[4 * i + 2]) * k
        // ITU-R BT.601 luma, as for PNM; the /255 is for K.
        pixels[i] = UInt8((299 * r + 587 * g + 114 * b) / (1000 * 255))
      }
    }
    var dpi = density(bytes)
    if let known = dpi { dpi = known / Double(scale) }
    return GrayImage(width: width, height: height, pixels: pixels, declaredDPI: dpi)
  }

  /// An APP14 "Adobe" segment before the picture data.
  static func hasAdobeSegment(_ b: [UInt8]) -> Bool {
    var offset = 2
    while offset + 9 < b.count, b[offset] == 0xFF {
      let marker = b[offset + 1]
      if marker == 0xDA { return false }  // start of scan: no more segments
      let length = Int(b[offset + 2]) << 8 | Int(b[offset + 3])
      if marker == 0xEE, Array(b[(offset + 4)..<(offset + 9)]) == Array("Adobe".utf8) { return true }
      offset += 2 + length
    }
    return false
  }

  /// The JFIF APP0 density in dots per inch, when the file gives one.
  static func density(_ b: [UInt8]) -> Double? {
    guard b.count > 18, b[2] == 0xFF, b[3] == 0xE0, Array(b[6..<11]) == Array("JFIF\0".utf8) else { return nil }
    let units = b[13]
    let x = Double(Int(b[14]) << 8 | Int(b[15]))
    guard x > 1 else { return nil }
    switch units {
    case 1: return x
    case 2: return x * 2.54
    default: return nil
    }
  }

  /// Writes the density into the JFIF segment TurboJPEG wrote.
  static func setDensity(_ b: inout [UInt8], dpi: Double) {
    guard b.count > 18, b[2] == 0xFF, b[3] == 0xE0, Array(b[6..<11]) == Array("JFIF\0".utf8) else { return }
    let value = UInt16(max(1, min(65_535, dpi.rounded())))
    b[13] = 1
    b[14] = UInt8(value >> 8); b[15] = UInt8(value & 0xFF)
    b[16] = UInt8(value >> 8); b[17] = UInt8(value & 0xFF)
  }
}

/// PNG through libpng's simplified API; the density from the pHYs chunk.
enum PNG {
  static func header(_ bytes: [UInt8]) throws(ImageReadError) -> (width: Int, height: Int) {
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    defer { png_image_free(&image) }
    let ok = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
    guard ok != 0 else { throw bytes.count < 33 ? .truncated : .unreadable }
    return (Int(image.width), Int(image.height))
  }

  static func decode(_ bytes: [UInt8]) throws(ImageReadError) -> GrayImage {
    var image = png_image()
    image.version = UInt32(PNG_IMAGE_VERSION)
    defer { png_image_free(&image) }
    let begun = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
    guard begun != 0 else { throw .unreadable }
    image.format = cd_png_format_gray()
    let width = Int(image.width), height = Int(image.height)
    var pixels = [UInt8](repeating: 255, count: width * height)
    // White behind transparent parts, as on paper.
    var background = png_color(red: 255, green: 255, blue: 255)
    let ok = pixels.withUnsafeMutableBytes { out in
      png_image_finish_read(&image, &background, out.baseAddress, 0, nil)
    }
    // A warning here is libpng saying the image data ended early or did
    // not check out: part of the page would be missing.
    guard ok != 0, image.warning_or_error & 3 == 0 else { throw .truncated }
    return GrayImage(width: width, height: height, pixels: pixels, declaredDPI: density(bytes))
  }

  static func bigEndian32(_ b: [UInt8], _ at: Int) -> Int {
    var value = 0
    for i in 0..<4 { value = value << 8 | Int(b[at + i]) }
    return value
  }

  /// pHYs in pixels per metre, as dots per inch.
  static func density(_ b: [UInt8]) -> Double? {
    var offset = 8
    while offset + 12 <= b.count {
      let length = bigEndian32(b, offset)
      let type = String(decoding: b[(offset + 4)..<(offset + 8)], as: UTF8.self)
      if type == "pHYs", length >= 9, offset + 17 <= b.count {
        let d = offset + 8
        let ppm = Double(bigEndian32(b, d))
        return b[d + 8] == 1 && ppm > 0 ? ppm * 0.0254 : nil
      }
      if type == "IDAT" || type == "IEND" { return nil }
      offset += 12 + length
    }
    return nil
  }
}

/// Netpbm P5 (gray) and P6 (colour), 8 bits: the scanner's raw output.
enum PNM {
  struct Header {
    let colour: Bool
    let size: (width: Int, height: Int)
    let dataStart: Int
  }

  static func header(_ b: [UInt8]) throws(ImageReadError) -> Header {
    guard b.count >= 3, b[0] == 0x50, b[1] == 0x35 || b[1] == 0x36 else { throw .unreadable }
    var index = 2
    var numbers: [Int] = []
    while numbers.count < 3 {
      while index < b.count, FileKind.isSpace(b[index]) || b[index] == 0x23 {
        if b[index] == 0x23 { while index < b.count, b[index] != 0x0A { index += 1 } } else { index += 1 }
      }
      var value = 0, digits = 0
      while index < b.count, (0x30...0x39).contains(b[index]), digits < 9 {
        value = value * 10 + Int(b[index] - 0x30)
        index += 1
        digits += 1
      }
      guard digits > 0 else { throw index >= b.count ? .truncated : .unreadable }
      numbers.append(value)
    }
    guard numbers[2] == 255, index < b.count else { throw .unreadable }
    return Header(colour: b[1] == 0x36, size: (numbers[0], numbers[1]), dataStart: index + 1)
  }

  static func decode(_ b: [UInt8]) throws(ImageReadError) -> GrayImage {
    let h = try header(b)
    let count = h.size.width * h.size.height
    let needed = h.dataStart + count * (h.colour ? 3 : 1)
    guard b.count >= needed else { throw .truncated }
    if !h.colour { return GrayImage(width: h.size.width, height: h.size.height, pixels: Array(b[h.dataStart..<needed])) }
    var pixels = [UInt8](repeating: 0, count: count)
    b.withUnsafeBufferPointer { src in
      for i in 0..<count {
        let p = h.dataStart + 3 * i
        // ITU-R BT.601 luma, in integers.
        let r = 299 * Int(src[p]), g = 587 * Int(src[p + 1]), b = 114 * Int(src[p + 2])
        pixels[i] = UInt8((r + g + b) / 1000)
      }
    }
    return GrayImage(width: h.size.width, height: h.size.height, pixels: pixels)
  }
}
