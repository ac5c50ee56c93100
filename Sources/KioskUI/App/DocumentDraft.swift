import DocumentImaging
import DocumentModel
import WorkingDays

/// The document being prepared in this visit. Page files live in the
/// session folder, which every end of session empties; this holds only
/// where they are and what the checks found.
public struct DocumentDraft: Hashable, Sendable {
  public var typeID: String?
  public var pages: [DraftPage] = []
  /// A PDF from a stick is a whole document: no pages are added to it.
  public var pdf: DraftPDF?
  /// A device or a file is being read: keys that would start another wait.
  public var busy: Busy?
  public var scanFailure: ScanFailure?
  /// Files on the stick; nil until listed.
  public var usbFiles: [USBFile]?
  /// The chosen file was not there any more.
  public var usbGone = false
  /// How many times the stick was searched in this visit: a search that
  /// finds nothing again says so, instead of showing the same screen.
  public var usbSearches = 0
  /// A PDF was chosen while pages were already there: a PDF is a whole
  /// document and is sent on its own.
  public var pdfNotAdded = false
  /// Why the last file or document was refused.
  public var refused: [DocumentProblem] = []
  /// The page being done again (0-based), if any.
  public var redo: Int?
  public var sendFailed = false
  public var receipt: DocumentReceipt?

  public enum Busy: Hashable, Sendable { case scanning, listing, reading, sending }

  public init() {}

  public var hasContent: Bool { !pages.isEmpty || pdf != nil }
  /// Pages with a problem: the document cannot leave with them.
  public var pagesToRedo: [Int] { pages.indices.filter { !pages[$0].problems.isEmpty } }
  public var pageCount: Int { pdf?.pageCount ?? pages.count }
  /// The page number the next capture fills (1-based).
  public var nextPageNumber: Int { (redo ?? pages.count) + 1 }
}

/// One page of the draft: its file, how it was captured, what was found.
public struct DraftPage: Hashable, Sendable {
  public enum Source: Hashable, Sendable { case scanner, usb }
  public let path: String
  public let source: Source
  /// The scanner's resolution (PNM files carry none).
  public let dpi: Double?
  public let problems: [DocumentProblem]
  public let thumbnail: Thumbnail

  public init(path: String, source: Source, dpi: Double?, problems: [DocumentProblem], thumbnail: Thumbnail) {
    self.path = path
    self.source = source
    self.dpi = dpi
    self.problems = problems
    self.thumbnail = thumbnail
  }
}

/// A checked PDF copied from a stick into the session folder.
public struct DraftPDF: Hashable, Sendable {
  public let path: String
  /// Its name on the stick, shown on the check page.
  public let name: String
  public let pageCount: Int

  public init(path: String, name: String, pageCount: Int) {
    self.path = path
    self.name = name
    self.pageCount = pageCount
  }
}

/// What the receipt shows: a reference, the type, the pages, the date.
/// No more personal data.
public struct DocumentReceipt: Hashable, Sendable {
  public let reference: String
  public let typeID: String
  public let pageCount: Int
  public let date: CivilDate
  public let time: TimeOfDay
}

/// What to send: the pages (or the PDF) and the type.
public struct DocumentSubmission: Hashable, Sendable {
  public let typeID: String
  public let pages: [DraftPage]
  public let pdf: DraftPDF?
}

/// Results of document work done outside the app.
public enum DocumentEvent: Hashable, Sendable {
  case scanned(DraftPage)
  case scanFailed(ScanFailure)
  case usbListed([USBFile])
  case fileRead(FileReadResult)
  case submitted(SubmitResult)
}

public enum FileReadResult: Hashable, Sendable {
  case page(DraftPage)
  case pdf(DraftPDF)
  case refused([DocumentProblem])
  /// The stick was pulled out, or the file moved.
  case gone
}

public enum SubmitResult: Hashable, Sendable {
  case queued(reference: String, pageCount: Int)
  /// Still too large after recompression, or a page went bad.
  case refused([DocumentProblem])
  /// The outbox could not be written: nothing was lost, nothing was sent.
  case failed
}

/// Document work the outside world does for the app.
public enum DocumentEffect: Hashable, Sendable {
  case scanPage(pageNumber: Int)
  case listUSB
  case readUSBFile(USBFile, pageNumber: Int)
  case submit(DocumentSubmission)
}
