import Documents
import KioskConfig
import WorkingDays

/// Where the document journey goes, and what device results do to the
/// draft. Screens draw; this moves between them.
enum DocumentFlow {
  /// Progress shown at the top: type, where, pages, check.
  static let steps = 5

  /// Each screen a step of its own, but the capture screens, which are
  /// one step taken as many times as there are pages.
  static func step(_ route: Route) -> Int? {
    switch route {
    case .docType: return 1
    case .docVisible: return 2
    case .docSource: return 3
    case .docScan, .docPage, .docUSB, .docFile, .docPages: return 4
    case .docCheck: return 5
    default: return nil
    }
  }

  static func header(_ c: ScreenContext, title: String) -> ScreenContent {
    let progress = step(c.session.route).map { c.text("doc.step", ["step": String($0), "total": String(steps)]) }
    return ScreenContent(journey: c.text("doc.journey"), progress: progress, title: title)
  }

  static func typeTitle(_ c: ScreenContext, _ id: String?) -> String {
    id.flatMap { c.config.documents.type($0) }.map { c.localized($0.title) } ?? ""
  }

  /// Opens the document journey, from the home menu or from the
  /// declaration's list of documents to send.
  static func start(_ session: inout SessionState) {
    // A receipt shown means that document left: start a new one.
    if session.document.receipt != nil { session.document = DocumentDraft() }
    session.push(session.document.hasContent ? .docCheck : .docType)
  }

  /// Whether this kiosk can take a document at all (a scanner or sticks).
  static func canReceive(_ c: ScreenContext) -> Bool { canScan(c) || canUseUSB(c) }

  static func canScan(_ c: ScreenContext) -> Bool { c.config.site.devices.scanner != nil }
  static func canUseUSB(_ c: ScreenContext) -> Bool { c.config.site.devices.usbRoot != nil }

  /// Opens the scanner screen.
  static func openScanner(_ session: inout SessionState) {
    session.document.scanFailure = nil
    session.reveal(.docScan)
  }

  /// Opens the stick's file list and asks for a fresh listing.
  static func openUSB(_ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    session.document.usbFiles = nil
    session.document.usbGone = false
    session.document.usbSearches += 1
    session.document.busy = .listing
    session.selection[.docUSB] = nil
    session.reveal(.docUSB)
    return .effects([.document(.listUSB, generation: c.generation)])
  }

  /// Capture one more page from where the last one came from.
  static func addPage(_ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    session.document.redo = nil
    let source = session.document.pages.last?.source ?? (canScan(c) ? .scanner : .usb)
    if source == .scanner, canScan(c) {
      openScanner(&session)
      return .handled
    }
    return openUSB(&session, c)
  }

  /// Do page `index` again, from the same source.
  static func redoPage(_ index: Int, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    session.document.redo = index
    if session.document.pages[index].source == .scanner, canScan(c) {
      openScanner(&session)
      return .handled
    }
    return openUSB(&session, c)
  }

  /// A device result for this session. `today` and `time` date the
  /// receipt of a document the outbox took.
  static func apply(_ event: DocumentEvent, _ session: inout SessionState, today: CivilDate, time: TimeOfDay) {
    if case let .submitted(.queued(reference, pageCount)) = event, let typeID = session.document.typeID {
      session.document = DocumentDraft()
      session.document.receipt = DocumentReceipt(reference: reference, typeID: typeID, pageCount: pageCount,
                                                 date: today, time: time)
      session.goHome()
      session.push(.docReceipt)
      return
    }
    var draft = session.document
    defer { session.document = draft }
    switch event {
    case let .scanned(page):
      draft.busy = nil
      draft.scanFailure = nil
      let index = place(page, in: &draft)
      if session.route == .docScan { session.push(.docPage(index)) }
    case let .scanFailed(failure):
      draft.busy = nil
      draft.scanFailure = failure
    case let .usbListed(files):
      draft.busy = nil
      draft.usbFiles = files
    case let .fileRead(result):
      draft.busy = nil
      switch result {
      case let .page(page):
        let index = place(page, in: &draft)
        if session.route == .docUSB { session.push(.docPage(index)) }
      case let .pdf(pdf):
        guard draft.pages.isEmpty else {
          draft.refused = []
          draft.pdfNotAdded = true
          session.push(.docFile)
          return
        }
        draft.pdf = pdf
        draft.refused = []
        if session.route == .docUSB { session.reveal(.docCheck) }
      case let .refused(problems):
        draft.refused = problems
        draft.pdfNotAdded = false
        if session.route == .docUSB { session.push(.docFile) }
      case .gone:
        draft.usbGone = true
      }
    case let .submitted(result):
      draft.busy = nil
      switch result {
      case .queued:
        // Only without a type, which sending requires: nothing to show.
        break
      case let .refused(problems):
        draft.sendFailed = true
        draft.refused = problems
      case .failed:
        draft.sendFailed = true
        draft.refused = []
      }
    }
  }

  /// Adds the page, or replaces the one being done again; its index.
  static func place(_ page: DraftPage, in draft: inout DocumentDraft) -> Int {
    if let redo = draft.redo, draft.pages.indices.contains(redo) {
      draft.pages[redo] = page
      draft.redo = nil
      return redo
    }
    draft.redo = nil
    draft.pages.append(page)
    return draft.pages.count - 1
  }
}
