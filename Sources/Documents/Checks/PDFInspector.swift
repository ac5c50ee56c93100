import CQPDF
import DocumentImaging

/// What libqpdf says of a PDF: pages, encryption, damage, and whether it
/// holds anything that acts when opened (`PDFObjectWalk`).
public struct PDFInspection: Hashable, Sendable {
  public var pageCount: Int
  public var problems: [DocumentProblem]
  /// Bytes of Flate streams inflated to measure them: at most the budget,
  /// whatever the file claims.
  public var inflatedBytes: Int = 0
}

public enum PDFInspector {
  /// False when libqpdf cannot be loaded: every PDF is then "unreadable",
  /// and `kiosk config check` says why.
  public static var isAvailable: Bool { QPDFLibrary.shared != nil }

  /// `inflateBudget` caps the bytes inflated, all streams together; tests
  /// pass a smaller one.
  public static func inspect(_ bytes: [UInt8], inflateBudget: Int? = nil) -> PDFInspection {
    guard let qpdf = QPDFLibrary.shared else { return PDFInspection(pageCount: 0, problems: [.unreadable]) }
    // The end-of-file marker sits in the last bytes of every complete PDF;
    // a copy cut short has lost it (qpdf would quietly recover).
    let tail = bytes.suffix(1024)
    let hasEOF = String(decoding: tail, as: UTF8.self).contains("%%EOF")
    // Before qpdf: it inflates object and cross-reference streams itself.
    var packed = 0
    let budget = PDFObjectWalk.Budget()
    switch PDFPackedStreams.check(bytes, limit: budget.packedStreamBytes, total: inflateBudget ?? budget.totalBytes) {
    case let .fits(inflated): packed = inflated
    case let .expandsTooMuch(inflated): return PDFInspection(pageCount: 0, problems: [.expandsTooMuch], inflatedBytes: inflated)
    case .unmeasurable: return PDFInspection(pageCount: 0, problems: [.unreadable])
    case .corrupt: return PDFInspection(pageCount: 0, problems: [hasEOF ? .damaged : .truncated])
    }
    var q: qpdf_data? = qpdf.initialize()
    defer {
      // An error left unread makes qpdf_cleanup print a warning on stderr.
      if qpdf.hasError(q) != QPDF_FALSE { _ = qpdf.getError(q) }
      qpdf.cleanup(&q)
    }
    qpdf.setSuppressWarnings(q, QPDF_TRUE)
    // qpdf would otherwise print to stderr, over the kiosk's screen.
    qpdf.silenceErrors(q)
    let status: QPDF_ERROR_CODE = bytes.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        qpdf.readMemory(q, "document", chars, UInt64(buffer.count), "")
      }
    }
    if status & QPDF_ERRORS != 0 {
      let error = qpdf.getError(q)
      if error != nil, qpdf.getErrorCode(q, error) == qpdf_e_password { return PDFInspection(pageCount: 0, problems: [.encrypted]) }
      return PDFInspection(pageCount: 0, problems: [hasEOF ? .damaged : .truncated])
    }
    if qpdf.isEncrypted(q) != QPDF_FALSE { return PDFInspection(pageCount: 0, problems: [.encrypted]) }
    let pages = Int(qpdf.numberOfPages(q))
    if qpdf.hasError(q) != QPDF_FALSE || pages < 0 { return PDFInspection(pageCount: 0, problems: [hasEOF ? .damaged : .truncated]) }
    if !hasEOF { return PDFInspection(pageCount: pages, problems: [.truncated]) }
    if status & QPDF_WARNINGS != 0 { return PDFInspection(pageCount: pages, problems: [.damaged]) }
    if pages == 0 { return PDFInspection(pageCount: 0, problems: [.unreadable]) }
    // Every object now, not only the page tree: a flipped bit deep in the
    // file shows as a qpdf warning or a stream that does not inflate.
    var walkBudget = budget
    if let inflateBudget { walkBudget.totalBytes = inflateBudget }
    var walk = PDFObjectWalk(qpdf, q, budget: walkBudget)
    walk.run()
    var problems = walk.findings.map { finding -> DocumentProblem in
      switch finding {
      case .activeContent: return .activeContent
      case .attachedFile: return .attachedFile
      case .expandsTooMuch: return .expandsTooMuch
      case .unmeasurable: return .unreadable
      case .damaged: return .damaged
      }
    }
    if qpdf.hasError(q) != QPDF_FALSE || qpdf.moreWarnings(q) != QPDF_FALSE, !problems.contains(.damaged) {
      problems.append(.damaged)
    }
    return PDFInspection(pageCount: pages, problems: problems, inflatedBytes: packed + walk.inflatedBytes)
  }
}
