/// The verdict on one file before anything is queued: what it is, its
/// pages, and every problem in plain-language codes.
public struct FileCheck: Sendable {
  public var kind: FileKind?
  public var pageCount: Int
  /// Per page for images (one page each); empty for a PDF.
  public var pages: [PageAnalysis]
  public var problems: [DocumentProblem]
  /// The decoded page, for images, to preview and assemble.
  public var image: GrayImage?

  public var isAccepted: Bool { problems.isEmpty }

  public init(kind: FileKind?, pageCount: Int, pages: [PageAnalysis], problems: [DocumentProblem], image: GrayImage? = nil) {
    self.kind = kind
    self.pageCount = pageCount
    self.pages = pages
    self.problems = problems
    self.image = image
  }
}

/// Checks files by their content: type by magic bytes, then structure,
/// size, pages, legibility, blank and black pages.
public struct DocumentChecker: Sendable {
  public let limits: DocumentLimits

  public init(limits: DocumentLimits) { self.limits = limits }

  /// `firstPage` numbers the page in the document being built (a second
  /// scanned page is page 2).
  /// `dpi` is the resolution a scanner used, for files that carry none.
  public func check(_ bytes: [UInt8], firstPage: Int = 1, dpi: Double? = nil) -> FileCheck {
    var result = FileCheck(kind: nil, pageCount: 0, pages: [], problems: [])
    guard !bytes.isEmpty else {
      result.problems = [.empty]
      return result
    }
    guard bytes.count <= limits.maxInputBytes else {
      result.problems = [.tooLarge(bytes: bytes.count, limit: limits.maxInputBytes)]
      return result
    }
    guard let kind = FileKind.sniffLenient(bytes) else {
      result.problems = [.notAccepted]
      return result
    }
    result.kind = kind
    if kind == .pdf {
      let inspection = PDFInspector.inspect(bytes)
      result.pageCount = inspection.pageCount
      result.problems = inspection.problems
      if result.problems.isEmpty {
        if inspection.pageCount > limits.maxPages {
          result.problems.append(.tooManyPages(count: inspection.pageCount, limit: limits.maxPages))
        }
        // A PDF leaves as it is: it must fit as it is.
        if bytes.count > limits.maxBytes { result.problems.append(.tooLarge(bytes: bytes.count, limit: limits.maxBytes)) }
      }
      return result
    }
    do {
      var image = try ImageCodec.decodeGray(bytes, kind: kind)
      if image.declaredDPI == nil { image.declaredDPI = dpi }
      let analysis = PageAnalysis(image)
      result.pageCount = 1
      result.pages = [analysis]
      result.image = image
      result.problems = analysis.problems(page: firstPage, limits: limits)
    } catch {
      result.problems = [DocumentProblem(error)]
    }
    return result
  }
}
