import CImaging
import DocumentImaging

/// PDFs written byte by byte for the tests, each object numbered from 1
/// with a correct cross-reference table: scripts, launched programs,
/// attached files and Flate bombs, made here and never downloaded.
public enum HostilePDF {
  /// Objects 1 (catalog), 2 (pages), 3 (page), 4 (its text), then `extra`
  /// as objects 5, 6… `catalog` and `page` add keys to those dictionaries.
  public static func document(catalog: String = "", page: String = "", contents: [UInt8]? = nil,
                              extra: [[UInt8]] = []) -> [UInt8]
  {
    let text = contents ?? stream("", Array("BT /F1 12 Tf 72 720 Td (Bulletin de paie) Tj ET".utf8))
    return build([
      Array("<< /Type /Catalog /Pages 2 0 R \(catalog) >>".utf8),
      Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
      Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \(page) >>".utf8),
      text,
    ] + extra)
  }

  /// A stream object's body: the dictionary's keys, its /Length, the data.
  public static func stream(_ keys: String, _ data: [UInt8]) -> [UInt8] {
    Array("<< \(keys) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
  }

  /// A whole file from object bodies; the trailer's /Root is object 1.
  public static func build(_ objects: [[UInt8]]) -> [UInt8] {
    var out = Array("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    var offsets: [Int] = []
    for (index, body) in objects.enumerated() {
      offsets.append(out.count)
      out += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
    }
    let xref = out.count
    out += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
    for offset in offsets {
      let digits = String(offset)
      out += Array((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8)
    }
    out += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    return out
  }

  /// zlib data that inflates to `megabytes` MB of zeros, written in
  /// about a thousandth of that.
  public static func flateZeros(megabytes: Int) -> [UInt8] { flate([], thenZeroMegabytes: megabytes) }

  /// zlib data of `prefix` then `megabytes` MB of zeros, without
  /// compressing the zeros one by one: one compressed megabyte, ended by a
  /// full flush so it stands alone, is repeated; the checksum is computed.
  /// `storedPrefix`: the prefix is kept as it is (a stored block), so its
  /// bytes can be found in the file, like a fake "endstream".
  public static func flate(_ prefix: [UInt8], thenZeroMegabytes megabytes: Int, storedPrefix: Bool = false) -> [UInt8] {
    var stream = z_stream()
    precondition(cd_deflate_init(&stream, storedPrefix ? 0 : 9) == Z_OK)
    defer { deflateEnd(&stream) }
    func feed(_ input: [UInt8], _ flush: Int32) -> [UInt8] {
      var input = input
      var out: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      input.withUnsafeMutableBufferPointer { source in
        stream.next_in = source.baseAddress
        stream.avail_in = UInt32(source.count)
        repeat {
          buffer.withUnsafeMutableBufferPointer { target in
            stream.next_out = target.baseAddress
            stream.avail_out = UInt32(target.count)
            _ = deflate(&stream, flush)
            out += target.prefix(target.count - Int(stream.avail_out))
          }
        } while stream.avail_out == 0
      }
      return out
    }
    var out = feed(prefix, Z_FULL_FLUSH)  // the zlib header and the prefix
    if storedPrefix { precondition(deflateParams(&stream, 9, Z_DEFAULT_STRATEGY) == Z_OK) }
    if megabytes > 0 {
      let unit = feed([UInt8](repeating: 0, count: 1 << 20), Z_FULL_FLUSH)  // one megabyte, alone
      for _ in 0..<megabytes { out += unit }
    }
    var end = feed([], Z_FINISH)
    // Adler-32: a is 1 plus the bytes, b the sum of the a's; zeros add
    // nothing to a and a to b once each.
    var a: UInt64 = 1, b: UInt64 = 0
    for byte in prefix {
      a = (a + UInt64(byte)) % 65_521
      b = (b + a) % 65_521
    }
    b = (b + (UInt64(megabytes) << 20) % 65_521 * a) % 65_521
    let adler = UInt32(b) << 16 | UInt32(a)
    end.replaceSubrange((end.count - 4)..., with: [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF),
                                                   UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)])
    return out + end
  }

  /// A PDF whose page sits in a compressed object stream (object 5) that
  /// also holds `megabytes` MB of zeros after it, with a cross-reference
  /// stream (object 6): what qpdf inflates whole to find the page.
  /// `hidden`: text stored as it is after the page, inside the data.
  public static func objectStreamBomb(megabytes: Int, hidden: String? = nil) -> [UInt8] {
    let page = Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> ".utf8)
    let header = Array("3 0 ".utf8)
    let packed = flate(header + page + Array((hidden ?? "").utf8), thenZeroMegabytes: megabytes, storedPrefix: hidden != nil)
    var out = Array("%PDF-1.7\n".utf8)
    var offsets: [Int: Int] = [:]
    func object(_ number: Int, _ body: [UInt8]) {
      offsets[number] = out.count
      out += Array("\(number) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
    }
    object(1, Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
    object(2, Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8))
    object(5, stream("/Type /ObjStm /N 1 /First \(header.count) /Filter /FlateDecode", packed))
    let xref = out.count
    // Rows of 1 + 4 + 2 bytes: type, offset or stream, generation or index.
    func row(_ type: UInt8, _ field: Int, _ index: Int) -> [UInt8] {
      [type, UInt8(field >> 24 & 0xFF), UInt8(field >> 16 & 0xFF), UInt8(field >> 8 & 0xFF), UInt8(field & 0xFF),
       UInt8(index >> 8 & 0xFF), UInt8(index & 0xFF)]
    }
    let rows = row(0, 0, 65_535) + row(1, offsets[1]!, 0) + row(1, offsets[2]!, 0) + row(2, 5, 0) + row(0, 0, 0)
      + row(1, offsets[5]!, 0) + row(1, xref, 0)
    out += Array("6 0 obj\n".utf8) + stream("/Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R", rows) + Array("\nendobj\n".utf8)
    out += Array("startxref\n\(xref)\n%%EOF\n".utf8)
    return out
  }

  /// zlib data of `bytes`.
  public static func flate(_ bytes: [UInt8]) -> [UInt8] {
    var size = compressBound(UInt(bytes.count))
    var out = [UInt8](repeating: 0, count: Int(size))
    precondition(compress2(&out, &size, bytes, UInt(bytes.count), 9) == Z_OK)
    return Array(out.prefix(Int(size)))
  }
}

/// CMYK JPEGs, as print shops and some scanners write them, by TurboJPEG.
public enum CMYKFixture {
  /// `image` in black ink only. Adobe's convention (the one TurboJPEG
  /// writes an APP14 segment for) stores inks inverted: 255 for none.
  public static func jpeg(_ image: GrayImage, quality: Int = 85) -> [UInt8] {
    var cmyk = [UInt8](repeating: 255, count: image.width * image.height * 4)
    for i in 0..<(image.width * image.height) { cmyk[4 * i + 3] = image.pixels[i] }
    guard let handle = tjInitCompress() else { return [] }
    defer { tjDestroy(handle) }
    var buffer: UnsafeMutablePointer<UInt8>?
    var size: UInt = 0
    let status = tjCompress2(handle, cmyk, Int32(image.width), 0, Int32(image.height), Int32(TJPF_CMYK.rawValue),
                             &buffer, &size, Int32(TJSAMP_444.rawValue), Int32(quality), 0)
    defer { if let buffer { tjFree(buffer) } }
    guard status == 0, let buffer else { return [] }
    return [UInt8](UnsafeBufferPointer(start: buffer, count: Int(size)))
  }
}
