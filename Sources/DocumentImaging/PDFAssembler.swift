import Dispatch
import Synchronization

/// One PDF made of the pages, each a gray JPEG copied unchanged into the
/// file. When the result is over the size limit, the pages are encoded
/// again down a ladder of JPEG qualities and then resolutions, never below
/// the legible minimum; if even the last step is too big, it says so
/// instead of sending an unreadable document.
public struct PDFAssembler: Sendable {
  /// One rung: the JPEG quality and the resolution cap.
  public struct Step: Hashable, Sendable {
    public let quality: Int
    /// nil: keep the page's resolution.
    public let maxDPI: Double?
  }

  public struct Result: Sendable {
    /// The PDF, when assembled in memory; empty when written to a file.
    public let bytes: [UInt8]
    public let byteCount: Int
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

  /// In memory. `page(i)` returns page i (0-based) decoded; it is called
  /// from two threads at once, for two pages.
  public func assemble(pageCount: Int, page: @Sendable (Int) throws -> GrayImage) throws(Failure) -> Result {
    var sink = MemorySink()
    let result = try assemble(pageCount: pageCount, into: &sink, page: page)
    return Result(bytes: sink.bytes, byteCount: result.byteCount, pageCount: result.pageCount, step: result.step)
  }

  /// Pages decoded and encoded at the same time: one per core, at most
  /// two, so memory holds two pages' pixels and never more.
  static let workers = 2

  /// Into `sink` (a file, for the least memory). Pages are prepared two at
  /// a time on two cores and written in order as each pair is ready.
  public func assemble(pageCount: Int, into sink: inout some PDFSink, page: @Sendable (Int) throws -> GrayImage)
    throws(Failure) -> Result
  {
    guard pageCount > 0 else { throw .noPages }
    var lastSize = 0
    for step in Self.ladder {
      guard sink.reset() else { throw .writerFailed }
      var writer = PDFWriter()
      guard writer.begin(&sink) else { throw .writerFailed }
      var first = 0
      while first < pageCount {
        let batch = Array(first..<min(pageCount, first + Self.workers))
        let prepared = Mutex<[Int: EncodedPage]>([:])
        let failed = Mutex<Failure?>(nil)
        DispatchQueue.concurrentPerform(iterations: batch.count) { slot in
          let index = batch[slot]
          do {
            let encoded = try encode(page(index), step: step)
            prepared.withLock { $0[index] = encoded }
          } catch {
            failed.withLock { $0 = $0 ?? ((error as? Failure) ?? .unreadablePage(index + 1)) }
          }
        }
        if let failure = failed.withLock({ $0 }) {
          // The lowest page's failure, as a reader would meet it.
          throw failure
        }
        let pages = prepared.withLock { $0 }
        for index in batch {
          guard let p = pages[index],
            writer.addPage(jpeg: p.jpeg, width: p.width, height: p.height, widthPoints: p.widthPoints,
                           heightPoints: p.heightPoints, into: &sink)
          else { throw .writerFailed }
        }
        first += batch.count
      }
      guard writer.finish(&sink) else { throw .writerFailed }
      if sink.count <= limits.maxBytes {
        return Result(bytes: [], byteCount: sink.count, pageCount: pageCount, step: step)
      }
      lastSize = sink.count
    }
    throw .tooLarge(bytes: lastSize)
  }

  /// A page ready for the PDF: its JPEG and its size on paper.
  struct EncodedPage: Sendable {
    let jpeg: [UInt8]
    let width: Int
    let height: Int
    let widthPoints: Double
    let heightPoints: Double
  }

  func encode(_ image: GrayImage, step: Step) throws(Failure) -> EncodedPage {
    let dpi = PageAnalysis.effectiveDPI(width: image.width, height: image.height, declared: image.declaredDPI)
    var scaled = image
    scaled.declaredDPI = dpi
    if let cap = step.maxDPI, dpi > cap + 1, cap >= limits.minDPI { scaled = scaled.downscaled(by: cap / dpi) }
    let scaledDPI = scaled.declaredDPI ?? dpi
    guard let jpeg = ImageCodec.encodeJPEG(scaled, quality: step.quality) else { throw .writerFailed }
    return EncodedPage(jpeg: jpeg, width: scaled.width, height: scaled.height,
                       widthPoints: Double(scaled.width) / scaledDPI * 72, heightPoints: Double(scaled.height) / scaledDPI * 72)
  }
}
