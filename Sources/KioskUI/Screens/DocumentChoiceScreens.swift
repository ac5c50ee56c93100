import DocumentModel
import Terminal
import WorkingDays

/// "Which document?": the types from documents.yaml, one digit each.
enum DocTypeScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = DocumentHeader.content(c, title: c.text("doc_type.title"))
    let types = c.config.documents.types
    let chosen = c.session.document.typeID.flatMap { id in types.firstIndex { $0.id == id } }
    content.blocks = [.choices(types.map { c.localized($0.title) }, selected: c.session.selection[.docType] ?? chosen ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let types = c.config.documents.types
    return .choice(key, count: types.count, route: .docType, session: &session) { index, session in
      session.selection[.docType] = nil
      session.document.typeID = types[index].id
      // Changing the type of a document already captured goes back to its check.
      if session.document.hasContent { session.reveal(.docCheck) } else { session.push(.docVisible) }
      return .handled
    }
  }
}

/// What must be readable on this type of document, before capturing it.
enum DocVisibleScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    let type = c.session.document.typeID.flatMap { c.config.documents.type($0) }
    var content = DocumentHeader.content(c, title: c.text("doc_visible.title", ["type": c.documentTypeTitle(type?.id)]))
    content.blocks = [
      .bullets((type?.visible ?? []).map { c.localized($0) }),
      .paragraph(c.text("doc_visible.tip")),
      .choices([c.text("doc_visible.continue")], selected: 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 1, route: .docVisible, session: &session) { _, session in
      session.push(.docSource)
      return .handled
    }
  }
}

/// Paper to scan, or a file on a stick: only what this kiosk has.
enum DocSourceScreen {
  enum Item { case scanner, usb }

  static func items(_ c: ScreenContext) -> [Item] {
    (c.canScan ? [Item.scanner] : []) + (c.canUseUSB ? [Item.usb] : [])
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = DocumentHeader.content(c, title: c.text("doc_source.title"))
    let items = items(c)
    if items.isEmpty {
      // Neither scanner nor stick: the person may leave with an attestation.
      content.blocks = [.paragraph(c.text("doc_source.none")),
                        .choices([c.text("attestation.offer.document"), c.text("action.back")],
                                 selected: c.session.selection[.docSource] ?? 0)]
      return content
    }
    let labels = items.map { c.text($0 == .scanner ? "doc_source.scanner" : "doc_source.usb") }
    content.blocks = [.choices(labels, selected: c.session.selection[.docSource] ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = items(c)
    if items.isEmpty {
      return .choice(key, count: 2, route: .docSource, session: &session) { index, session in
        session.selection[.docSource] = nil
        if index == 0 { AttestationFlow.open(.document, &session) } else { session.back() }
        return .handled
      }
    }
    return .choice(key, count: items.count, route: .docSource, session: &session) { index, session in
      session.document.redo = nil
      if items[index] == .scanner {
        DocumentFlow.openScanner(&session)
        return .handled
      }
      return DocumentFlow.openUSB(&session, c)
    }
  }
}

/// The files on the stick, newest first, and "look again".
enum DocUSBScreen {
  static func label(_ file: USBFile, _ c: ScreenContext) -> String {
    c.text("doc_usb.file", ["name": file.name, "size": String(max(1, (file.bytes + 999) / 1000)),
                            "date": c.catalog.longDate(file.day)])
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    let draft = c.session.document
    var content = DocumentHeader.content(c, title: c.text("doc_usb.title"))
    if draft.busy == .listing || draft.usbFiles == nil {
      content.blocks = [.status(word: c.text("doc_usb.looking.word"), text: c.text("doc_usb.looking"), role: .warning)]
      return content
    }
    if draft.busy == .reading {
      content.blocks = [.status(word: c.text("doc_usb.looking.word"), text: c.text("doc_usb.reading"), role: .warning)]
      return content
    }
    var blocks: [Block] = []
    if draft.usbGone { blocks.append(.status(word: c.text("doc_page.problem.word"), text: c.text("doc_usb.gone"), role: .danger)) }
    let files = draft.usbFiles ?? []
    if files.isEmpty {
      // Searching again must show that it searched again, and after that
      // the other ways: where to plug the stick, and paper at the desk.
      if draft.usbSearches > 1 {
        blocks.append(.status(word: c.catalog.count(draft.usbSearches, "doc_usb.searched.word"),
                              text: c.text("doc_usb.still_none"), role: .warning))
      } else {
        blocks.append(.paragraph(c.text("doc_usb.none")))
      }
      if let port = c.config.site.usbPort[c.session.language] { blocks.append(.paragraph(port)) }
      blocks.append(.paragraph(c.text("doc_usb.plug")))
      if draft.usbSearches > 1 { blocks.append(.paragraph(c.text("doc_usb.paper"))) }
    }
    blocks.append(.choices(files.map { label($0, c) } + extras(c).map { c.text($0.labelKey) },
                           selected: c.session.selection[.docUSB] ?? 0))
    content.blocks = blocks
    return content
  }

  enum Extra {
    case searchAgain, person
    var labelKey: String {
      switch self {
      case .searchAgain: return "doc_usb.again"
      case .person: return "doc_usb.person"
      }
    }
  }

  /// After the files: search again, and once a search found nothing twice,
  /// a person (who can copy the paper).
  static func extras(_ c: ScreenContext) -> [Extra] {
    let draft = c.session.document
    return [.searchAgain] + ((draft.usbFiles ?? []).isEmpty && draft.usbSearches > 1 ? [.person] : [])
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard session.document.busy == nil, let files = session.document.usbFiles else { return .ignored }
    let extras = extras(c)
    return .choice(key, count: files.count + extras.count, route: .docUSB, session: &session) { index, session in
      if index >= files.count {
        switch extras[index - files.count] {
        case .searchAgain: return DocumentFlow.openUSB(&session, c)
        case .person:
          session.push(.talkToPerson)
          return .handled
        }
      }
      session.document.busy = .reading
      session.document.usbGone = false
      // Another file replaces a PDF chosen before (it was only chosen).
      session.document.pdf = nil
      let page = session.document.nextPageNumber
      return .effects([.document(.readUSBFile(files[index], pageNumber: page), generation: c.generation)])
    }
  }
}

/// A file that cannot be sent: each reason says what to do.
enum DocFileScreen {
  enum Item { case other, scan }

  static func items(_ c: ScreenContext) -> [Item] { [.other] + (c.canScan ? [.scan] : []) }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = DocumentHeader.content(c, title: c.text("doc_file.title"))
    let draft = c.session.document
    var blocks: [Block] = draft.refused.map {
      .status(word: c.text("doc_page.problem.word"), text: c.catalog.documentProblem($0), role: .danger)
    }
    if draft.pdfNotAdded {
      blocks.append(.status(word: c.text("doc_page.problem.word"), text: c.text("doc_file.pdf_alone"), role: .danger))
    }
    blocks.append(.choices(items(c).map { c.text($0 == .other ? "doc_file.other" : "doc_file.scan") },
                           selected: c.session.selection[.docFile] ?? 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = items(c)
    return .choice(key, count: items.count, route: .docFile, session: &session) { index, session in
      session.selection[.docFile] = nil
      if items[index] == .scan {
        DocumentFlow.openScanner(&session)
        return .handled
      }
      return DocumentFlow.openUSB(&session, c)
    }
  }
}
