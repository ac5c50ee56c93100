import CQPDF

/// What libqpdf says of a PDF: pages, encryption, damage. Under a
/// millisecond; `qpdf --check` would decode every image (seconds).
public struct PDFInspection: Hashable, Sendable {
  public var pageCount: Int
  public var problems: [DocumentProblem]
}

public enum PDFInspector {
  /// False when libqpdf cannot be loaded: every PDF is then "unreadable",
  /// and `kiosk config check` says why.
  public static var isAvailable: Bool { QPDFLibrary.shared != nil }

  public static func inspect(_ bytes: [UInt8]) -> PDFInspection {
    guard let qpdf = QPDFLibrary.shared else { return PDFInspection(pageCount: 0, problems: [.unreadable]) }
    // The end-of-file marker sits in the last bytes of every complete PDF;
    // a copy cut short has lost it (qpdf would quietly recover).
    let tail = bytes.suffix(1024)
    let hasEOF = String(decoding: tail, as: UTF8.self).contains("%%EOF")
    var q: qpdf_data? = qpdf.initialize()
    defer { qpdf.cleanup(&q) }
    qpdf.setSuppressWarnings(q, QPDF_TRUE)
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
    return PDFInspection(pageCount: pages, problems: [])
  }
}
