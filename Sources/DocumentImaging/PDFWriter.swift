#if canImport(Glibc)
import Glibc
#endif

/// Where the bytes of a PDF go: memory, or a file written as it grows.
public protocol PDFSink {
  /// Bytes written so far.
  var count: Int { get }
  mutating func write(_ bytes: UnsafeRawBufferPointer) -> Bool
  /// Empties the sink, to start the document again with other settings.
  mutating func reset() -> Bool
}

extension PDFSink {
  mutating func write(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  mutating func write(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { write($0) } }
}

/// The PDF in memory, for the outbox.
public struct MemorySink: PDFSink {
  public private(set) var bytes: [UInt8] = []
  public var count: Int { bytes.count }
  public init() {}
  public mutating func write(_ raw: UnsafeRawBufferPointer) -> Bool {
    bytes.append(contentsOf: raw)
    return true
  }
  public mutating func reset() -> Bool {
    bytes.removeAll(keepingCapacity: true)
    return true
  }
}

/// The PDF straight into an open file, through a small buffer: only one
/// page's JPEG is ever in memory.
public struct FileSink: PDFSink {
  public let descriptor: Int32
  public private(set) var count = 0
  private var buffer: [UInt8] = []
  static let bufferSize = 64 * 1024

  public init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(Self.bufferSize)
  }

  public mutating func write(_ raw: UnsafeRawBufferPointer) -> Bool {
    count += raw.count
    if buffer.count + raw.count <= Self.bufferSize {
      buffer.append(contentsOf: raw)
      return true
    }
    guard flush() else { return false }
    if raw.count >= Self.bufferSize { return Self.writeAll(descriptor, raw) }
    buffer.append(contentsOf: raw)
    return true
  }

  public mutating func flush() -> Bool {
    defer { buffer.removeAll(keepingCapacity: true) }
    return buffer.withUnsafeBytes { Self.writeAll(descriptor, $0) }
  }

  public mutating func reset() -> Bool {
    buffer.removeAll(keepingCapacity: true)
    count = 0
    return ftruncate(descriptor, 0) == 0 && lseek(descriptor, 0, SEEK_SET) == 0
  }

  static func writeAll(_ fd: Int32, _ raw: UnsafeRawBufferPointer) -> Bool {
    var done = 0
    while done < raw.count {
      let n = Glibc.write(fd, raw.baseAddress! + done, raw.count - done)
      if n < 0, errno == EINTR { continue }
      if n <= 0 { return false }
      done += n
    }
    return true
  }
}

/// Writes a PDF whose pages are gray JPEG images, copied unchanged
/// (DCTDecode), as img2pdf does: no re-encoding, the smallest file the
/// JPEGs allow. Objects: 1 catalog, 2 page tree, 3 info, then per page its
/// image, its content stream and the page itself.
struct PDFWriter {
  private var offsets: [Int] = [0, 0, 0, 0]
  private var pages: [Int] = []

  mutating func begin(_ sink: inout some PDFSink) -> Bool {
    offsets = [0, 0, 0, 0]
    pages = []
    // The binary comment marks the file as binary for transfer tools.
    return sink.write("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n")
  }

  mutating func addPage(jpeg: [UInt8], width: Int, height: Int, widthPoints: Double, heightPoints: Double,
                        into sink: inout some PDFSink) -> Bool {
    let image = offsets.count, content = image + 1, page = image + 2
    let w = Self.number(widthPoints), h = Self.number(heightPoints)
    offsets.append(sink.count)
    guard sink.write("\(image) 0 obj\n<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) "
                       + "/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length \(jpeg.count) >>\nstream\n"),
      sink.write(jpeg), sink.write("\nendstream\nendobj\n")
    else { return false }
    let drawing = "q \(w) 0 0 \(h) 0 0 cm /Im Do Q"
    offsets.append(sink.count)
    guard sink.write("\(content) 0 obj\n<< /Length \(drawing.utf8.count) >>\nstream\n\(drawing)\nendstream\nendobj\n")
    else { return false }
    offsets.append(sink.count)
    pages.append(page)
    return sink.write("\(page) 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(w) \(h)] "
                        + "/Resources << /XObject << /Im \(image) 0 R >> >> /Contents \(content) 0 R >>\nendobj\n")
  }

  mutating func finish(_ sink: inout some PDFSink) -> Bool {
    offsets[1] = sink.count
    guard sink.write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n") else { return false }
    offsets[2] = sink.count
    let kids = pages.map { "\($0) 0 R" }.joined(separator: " ")
    guard sink.write("2 0 obj\n<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>\nendobj\n") else { return false }
    offsets[3] = sink.count
    guard sink.write("3 0 obj\n<< /Producer (Passerelle) >>\nendobj\n") else { return false }
    let xref = sink.count
    var table = "xref\n0 \(offsets.count)\n0000000000 65535 f \n"
    for offset in offsets.dropFirst() { table += Self.padded(offset) + " 00000 n \n" }
    table += "trailer\n<< /Size \(offsets.count) /Root 1 0 R /Info 3 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return sink.write(table)
  }

  /// "595.28": two decimals, no locale.
  static func number(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }

  /// Ten digits, as the cross-reference table requires.
  static func padded(_ offset: Int) -> String {
    let digits = String(offset)
    return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
  }
}
