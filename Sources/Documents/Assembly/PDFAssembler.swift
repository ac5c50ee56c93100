import CDocuments

/// One PDF made of the pages, each a gray JPEG copied unchanged into the
/// file (libharu). When the result is over the size limit, the pages are
/// encoded again down a ladder of JPEG qualities and then resolutions,
/// never below the legible minimum; if even the last step is too big, it
/// says so instead of sending an unreadable document.
public struct PDFAssembler: Sendable {
  /// One rung: the JPEG quality and the resolution cap.
  public struct Step: Hashable, Sendable {
    public let quality: Int
    /// nil: keep the page's resolution.
    public let maxDPI: Double?
  }

  public struct Result: Sendable {
    public let bytes: [UInt8]
    public let pageCount: Int
    public let step: Step
  }

  public enum Failure: Error, Hashable, Sendable {
    case noPages
    /// Still over the limit at the last step: this many bytes.
    case tooLarge(bytes: Int)
    /// A page could not be read again (its file vanished or changed).
    case unreadablePage(Int)
    case writerFailed
  }

  public let limits: DocumentLimits
  /// q75 reads like the paper; q40 still does at 200 dpi (measured: 384 KB,
  /// 290 KB and 235 KB a noisy A4 page at q75, q60 and q40).
  public static let ladder: [Step] = [
    Step(quality: 75, maxDPI: nil), Step(quality: 60, maxDPI: nil), Step(quality: 45, maxDPI: nil),
    Step(quality: 60, maxDPI: 150), Step(quality: 40, maxDPI: 150),
  ]

  public init(limits: DocumentLimits) { self.limits = limits }

  /// `page(i)` returns page i (0-based) decoded; pages are read one at a
  /// time so memory holds a single page's pixels.
  public func assemble(pageCount: Int, page: (Int) throws -> GrayImage) throws(Failure) -> Result {
    guard pageCount > 0 else { throw .noPages }
    var lastSize = 0
    for step in Self.ladder {
      let writer = PDFWriter()
      for index in 0..<pageCount {
        let image: GrayImage
        do { image = try page(index) } catch { throw .unreadablePage(index + 1) }
        let dpi = PageAnalysis.effectiveDPI(width: image.width, height: image.height, declared: image.declaredDPI)
        var scaled = image
        scaled.declaredDPI = dpi
        if let cap = step.maxDPI, dpi > cap + 1, cap >= limits.minDPI { scaled = scaled.downscaled(by: cap / dpi) }
        guard let jpeg = ImageCodec.encodeJPEG(scaled, quality: step.quality),
          writer.addPage(jpeg: jpeg, widthPoints: Double(scaled.width) / (scaled.declaredDPI ?? dpi) * 72,
                         heightPoints: Double(scaled.height) / (scaled.declaredDPI ?? dpi) * 72)
        else { throw .writerFailed }
      }
      guard let bytes = writer.finish() else { throw .writerFailed }
      if bytes.count <= limits.maxBytes { return Result(bytes: bytes, pageCount: pageCount, step: step) }
      lastSize = bytes.count
    }
    throw .tooLarge(bytes: lastSize)
  }
}

/// A libharu document that takes JPEG pages as they are (no re-encoding,
/// no compression of the already-compressed data).
final class PDFWriter {
  private var doc: HPDF_Doc?

  init() {
    doc = HPDF_New(nil, nil)
    if let doc {
      HPDF_SetCompressionMode(doc, UInt32(HPDF_COMP_NONE))
      HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, "Passerelle")
    }
  }

  deinit { if let doc { HPDF_Free(doc) } }

  func addPage(jpeg: [UInt8], widthPoints: Double, heightPoints: Double) -> Bool {
    guard let doc else { return false }
    let image = jpeg.withUnsafeBufferPointer { HPDF_LoadJpegImageFromMem(doc, $0.baseAddress, UInt32($0.count)) }
    guard let image, let page = HPDF_AddPage(doc) else { return false }
    HPDF_Page_SetWidth(page, Float(widthPoints))
    HPDF_Page_SetHeight(page, Float(heightPoints))
    return HPDF_Page_DrawImage(page, image, 0, 0, Float(widthPoints), Float(heightPoints)) == HPDF_OK
  }

  func finish() -> [UInt8]? {
    guard let doc, HPDF_SaveToStream(doc) == HPDF_OK else { return nil }
    let size = Int(HPDF_GetStreamSize(doc))
    var out = [UInt8](repeating: 0, count: size)
    var read = UInt32(size)
    let status = out.withUnsafeMutableBufferPointer { HPDF_ReadFromStream(doc, $0.baseAddress, &read) }
    guard status == HPDF_OK || status == HPDF_STREAM_EOF, Int(read) == size else { return nil }
    return out
  }
}
