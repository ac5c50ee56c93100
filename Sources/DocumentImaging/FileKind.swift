/// What a file really is, read from its first bytes (magic numbers), never
/// from its name: a photo renamed "fiche.pdf" is still a JPEG.
public enum FileKind: String, Hashable, Sendable, Codable {
  case pdf
  case jpeg
  case png
  /// Netpbm gray or colour (P5, P6): what the scanner writes.
  case pnm

  /// The kind of `bytes`, or nil when it is none the kiosk accepts.
  public static func sniff(_ bytes: some Collection<UInt8>) -> FileKind? {
    let head = Array(bytes.prefix(8))
    if head.starts(with: [0x25, 0x50, 0x44, 0x46, 0x2D]) { return .pdf }  // "%PDF-"
    if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
    if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
    if head.count >= 3, head[0] == 0x50, head[1] == 0x35 || head[1] == 0x36, Self.isSpace(head[2]) { return .pnm }
    return nil
  }

  /// A PDF may start after a little junk (some writers add bytes before
  /// "%PDF-"); the PDF reference allows the header in the first 1,024 bytes.
  public static func sniffLenient(_ bytes: [UInt8]) -> FileKind? {
    if let kind = sniff(bytes) { return kind }
    let window = bytes.prefix(1024)
    let marker: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x2D]
    guard window.count >= marker.count else { return nil }
    for start in 0...(window.count - marker.count) where Array(window[start..<(start + marker.count)]) == marker {
      return .pdf
    }
    return nil
  }

  /// True when the bytes are a PDF (leniently: a header in the first KB).
  public static func sniffPDF(_ bytes: [UInt8]) -> Bool { sniffLenient(bytes) == .pdf }

  static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

  /// Image kinds are pages to assemble; a PDF is a document already.
  public var isImage: Bool { self != .pdf }
}
