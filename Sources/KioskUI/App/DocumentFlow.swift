import DocumentImaging
import DocumentModel

/// Where the document journey goes: its start, the scanner, the stick, a
/// page added or done again. Screens draw; this moves between them.
enum DocumentFlow {
  /// Opens the document journey, from the home menu or from the
  /// declaration's list of documents to send.
  static func start(_ session: inout SessionState) {
    // A receipt shown means that document left: start a new one.
    if session.document.receipt != nil { session.document = DocumentDraft() }
    session.push(session.document.hasContent ? .docCheck : .docType)
  }

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
    let source = session.document.pages.last?.source ?? (c.canScan ? .scanner : .usb)
    if source == .scanner, c.canScan {
      openScanner(&session)
      return .handled
    }
    return openUSB(&session, c)
  }

  /// Do page `index` again, from the same source.
  static func redoPage(_ index: Int, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    session.document.redo = index
    if session.document.pages[index].source == .scanner, c.canScan {
      openScanner(&session)
      return .handled
    }
    return openUSB(&session, c)
  }
}
