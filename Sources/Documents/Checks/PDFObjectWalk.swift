import CQPDF
import DocumentImaging

#if canImport(Glibc)
import Glibc
#endif

/// Visits every object of a PDF that a viewer could reach from its
/// trailer, and says whether any of it would act when the file is opened
/// at the agency: scripts, launched programs, attached files, or a stream
/// that inflates to far more than a page needs (a "Flate bomb"). Each
/// Flate stream is inflated through `BoundedInflate` and thrown away, so
/// a bomb costs at most the budget, never its full size.
struct PDFObjectWalk {
  /// What the walk may spend. A page of text inflates to kilobytes; a
  /// scanned A4 page at 600 dpi in colour to 105 MB.
  struct Budget: Hashable, Sendable {
    /// All streams together.
    var totalBytes = 256_000_000
    /// One stream that is not an image (page text, fonts).
    var streamBytes = 64_000_000
    /// Objects visited: a file made of millions of tiny objects is
    /// refused rather than walked for minutes.
    var objects = 2_000_000
    /// One object or cross-reference stream, which qpdf inflates whole
    /// in memory (`PDFPackedStreams`): measured before qpdf opens the file.
    var packedStreamBytes = 32_000_000
  }

  enum Finding: Hashable, Sendable {
    case activeContent
    case attachedFile
    case expandsTooMuch
    /// A stream compressed in a way this walk cannot measure (LZW, run
    /// length, Flate behind another filter): it could be a bomb.
    case unmeasurable
    case damaged
  }

  /// Every standard filter, with its short name. Any other name is a
  /// damaged file: a reader would not decode the stream either.
  static let known: Set<String> = [
    "/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85", "/LZWDecode", "/LZW", "/FlateDecode", "/Fl",
    "/RunLengthDecode", "/RL", "/CCITTFaxDecode", "/CCF", "/JBIG2Decode", "/DCTDecode", "/DCT", "/JPXDecode", "/Crypt",
  ]

  /// Filters whose output can be far larger than their input.
  static let expanding: Set<String> = ["/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/RunLengthDecode", "/RL"]

  private(set) var findings: [Finding] = []
  /// Bytes inflated, all streams together: the test of the budget.
  private(set) var inflatedBytes = 0

  /// Actions that run something, open another file or send data: a link
  /// to a page (GoTo) or a web address (URI) does none of that.
  static let activeActions: Set<String> = [
    "/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/GoToR", "/GoToE", "/Rendition", "/Movie", "/Sound",
    "/RichMediaExecute",
  ]
  /// Keys that hold scripts wherever they appear (document names, forms).
  static let scriptKeys: Set<String> = ["/JS", "/JavaScript", "/XFA"]
  /// Annotations that play or embed something.
  static let activeSubtypes: Set<String> = ["/RichMedia", "/Movie", "/Sound", "/Screen", "/3D"]

  private let qpdf: QPDFLibrary
  private let data: qpdf_data?
  private let budget: Budget

  init(_ qpdf: QPDFLibrary, _ data: qpdf_data?, budget: Budget) {
    self.qpdf = qpdf
    self.data = data
    self.budget = budget
  }

  mutating func run() {
    var stack: [qpdf_oh] = [qpdf.trailer(data)]
    var visited = Set<Int>()
    var count = 0
    while let handle = stack.popLast() {
      defer { qpdf.release(data, handle) }
      count += 1
      if count > budget.objects { note(.expandsTooMuch); return }
      let id = Int(qpdf.objectID(data, handle))
      if id > 0, !visited.insert(id << 16 | Int(qpdf.generation(data, handle))).inserted { continue }
      let type = qpdf.typeCode(data, handle)
      switch type {
      case ot_dictionary:
        inspect(dictionary: handle, into: &stack)
      case ot_stream:
        let dictionary = qpdf.streamDictionary(data, handle)
        inspect(dictionary: dictionary, into: &stack)
        measure(stream: handle, dictionary: dictionary)
        qpdf.release(data, dictionary)
      case ot_array:
        for index in 0..<max(0, qpdf.count(data, handle)) { stack.append(qpdf.item(data, handle, index)) }
      case ot_null, ot_boolean, ot_integer, ot_real, ot_string, ot_name, ot_operator, ot_inlineimage:
        break
      default:
        // Uninitialized, reserved, unresolved or destroyed: qpdf could
        // not read the object (and qpdf's own types added later).
        note(.damaged)
      }
    }
  }

  private mutating func note(_ finding: Finding) {
    if !findings.contains(finding) { findings.append(finding) }
  }

  private func keys(of dictionary: qpdf_oh) -> [String] {
    var keys: [String] = []
    qpdf.beginKeys(data, dictionary)
    while qpdf.moreKeys(data) != QPDF_FALSE {
      // Valid only until the next call: copied at once.
      guard let key = qpdf.nextKey(data) else { break }
      keys.append(String(cString: key))
    }
    return keys
  }

  private func name(_ handle: qpdf_oh) -> String? {
    guard qpdf.typeCode(data, handle) == ot_name, let name = qpdf.name(data, handle) else { return nil }
    return String(cString: name)
  }

  private func name(_ dictionary: qpdf_oh, _ key: String) -> String? {
    let value = qpdf.value(data, dictionary, key)
    defer { qpdf.release(data, value) }
    return name(value)
  }

  private mutating func inspect(dictionary: qpdf_oh, into stack: inout [qpdf_oh]) {
    for key in keys(of: dictionary) {
      if Self.scriptKeys.contains(key) { note(.activeContent) }
      if key == "/EmbeddedFiles" || key == "/EF" { note(.attachedFile) }
      let value = qpdf.value(data, dictionary, key)
      switch key {
      case "/S": if let action = name(value), Self.activeActions.contains(action) { note(.activeContent) }
      case "/Type": if name(value) == "/EmbeddedFile" { note(.attachedFile) }
      case "/Subtype":
        if let subtype = name(value) {
          if Self.activeSubtypes.contains(subtype) { note(.activeContent) }
          if subtype == "/FileAttachment" { note(.attachedFile) }
        }
      default: break
      }
      stack.append(value)
    }
  }

  /// Inflates a stream whose first filter is Flate, within what is left
  /// of the budget; an image may not inflate past its own pixels.
  private mutating func measure(stream: qpdf_oh, dictionary: qpdf_oh) {
    guard !findings.contains(.expandsTooMuch) else { return }
    guard let filters = filters(dictionary), filters.allSatisfy(Self.known.contains) else { note(.damaged); return }
    if filters.isEmpty {
      if lostItsFilter(stream: stream, dictionary: dictionary) { note(.damaged) }
      return
    }
    if filters == ["/DCTDecode"] || filters == ["/DCT"] {
      if !pictureIsIntact(stream) { note(.damaged) }
      return
    }
    let expanding = filters.enumerated().filter { Self.expanding.contains($0.element) }
    if expanding.isEmpty { return }
    // Flate first and alone among the expanding filters: measured. Any
    // other chain that can expand is refused, not trusted.
    guard expanding.count == 1, expanding[0].offset == 0, filters[0] == "/FlateDecode" || filters[0] == "/Fl" else {
      note(.unmeasurable)
      return
    }
    let left = budget.totalBytes - inflatedBytes
    let limit = min(left, expectedImageBytes(dictionary) ?? budget.streamBytes)
    var buffer: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = qpdf.streamData(data, stream, qpdf_dl_none, nil, &buffer, &length)
    defer { free(buffer) }
    guard status & QPDF_ERRORS == 0, let buffer else { note(.damaged); return }
    switch BoundedInflate.measure(UnsafeBufferPointer(start: buffer, count: length), limit: limit) {
    case let .fits(bytes): inflatedBytes += bytes
    case let .exceeds(inflated):
      inflatedBytes += inflated
      note(.expandsTooMuch)
    case .corrupt: note(.damaged)
    }
  }

  /// Text or a form whose data is zlib data: its /Filter was lost (one
  /// flipped bit in "/Filter" does it), and a reader would show garbage.
  /// Pictures are left out: raw pixels may start with any two bytes.
  private func lostItsFilter(stream: qpdf_oh, dictionary: qpdf_oh) -> Bool {
    guard name(dictionary, "/Subtype") != "/Image" else { return false }
    var buffer: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = qpdf.streamData(data, stream, qpdf_dl_none, nil, &buffer, &length)
    defer { free(buffer) }
    guard status & QPDF_ERRORS == 0, let buffer, length >= 2 else { return false }
    // A zlib header: deflate, and a check value that makes it a multiple of 31.
    let header = Int(buffer[0]) << 8 | Int(buffer[1])
    return buffer[0] & 0x0F == 8 && buffer[0] >> 4 <= 7 && header % 31 == 0
  }

  /// A JPEG picture decodes to its end: a flipped bit in it is found, as
  /// `qpdf --check` finds it.
  private func pictureIsIntact(_ stream: qpdf_oh) -> Bool {
    var buffer: UnsafeMutablePointer<UInt8>?
    var length = 0
    let status = qpdf.streamData(data, stream, qpdf_dl_none, nil, &buffer, &length)
    defer { free(buffer) }
    guard status & QPDF_ERRORS == 0, let buffer else { return false }
    return ImageCodec.jpegIsIntact(UnsafeBufferPointer(start: buffer, count: length))
  }

  /// The stream's filters in order; nil when they are not names.
  private func filters(_ dictionary: qpdf_oh) -> [String]? {
    let filter = qpdf.value(data, dictionary, "/Filter")
    defer { qpdf.release(data, filter) }
    if let single = name(filter) { return [single] }
    switch qpdf.typeCode(data, filter) {
    case ot_null: return []
    case ot_array:
      var names: [String] = []
      for index in 0..<max(0, qpdf.count(data, filter)) {
        let item = qpdf.item(data, filter, index)
        defer { qpdf.release(data, item) }
        guard let itemName = name(item) else { return nil }
        names.append(itemName)
      }
      return names
    default: return nil
    }
  }

  /// Width × height × colours of an image, with a byte a row for PNG
  /// predictors and a little slack; nil for anything but an image.
  private func expectedImageBytes(_ dictionary: qpdf_oh) -> Int? {
    guard name(dictionary, "/Subtype") == "/Image", let width = integer(dictionary, "/Width"),
      let height = integer(dictionary, "/Height"), width > 0, height > 0
    else { return nil }
    // A mask without BitsPerComponent is 1 bit: counting 8 only widens the limit.
    let bits = integer(dictionary, "/BitsPerComponent") ?? 8
    let colours: Int
    switch name(dictionary, "/ColorSpace") {
    case "/DeviceGray", "/CalGray", "/G", "/Indexed": colours = 1
    case "/DeviceRGB", "/CalRGB", "/RGB", "/Lab": colours = 3
    default: colours = 4  // CMYK, ICC profiles and anything else: the most a colour space has
    }
    let (rows, overflow) = ((width * colours * min(max(bits, 1), 16) + 7) / 8 + 1).multipliedReportingOverflow(by: height)
    return overflow ? budget.totalBytes : rows + 4_096
  }

  private func integer(_ dictionary: qpdf_oh, _ key: String) -> Int? {
    let value = qpdf.value(data, dictionary, key)
    defer { qpdf.release(data, value) }
    var result: Int32 = 0
    return qpdf.intValue(data, value, &result) != QPDF_FALSE ? Int(result) : nil
  }
}
