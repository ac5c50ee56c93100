import DocumentImaging
import DocumentModel
import WorkingDays

/// What a device result (a scan, a stick's files, a file read, the outbox's
/// answer) does to the document being sent, and which screen it opens.
enum DocumentResults {
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
