import DocumentImaging
import Terminal

/// "Put the sheet on the glass", the scan in progress, or why it failed;
/// pages already scanned are kept whatever happens.
enum DocScanScreen {
  enum Item { case scan, finish, usb, attest }

  static func items(_ c: ScreenContext) -> [Item] {
    let draft = c.session.document
    var items: [Item] = [.scan]
    if !draft.pages.isEmpty, draft.redo == nil { items.append(.finish) }
    if c.canUseUSB { items.append(.usb) }
    if draft.scanFailure != nil { items.append(.attest) }
    return items
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    let draft = c.session.document
    let n = String(draft.nextPageNumber)
    var content = DocumentHeader.content(c, title: c.text("doc_scan.title", ["n": n]))
    if draft.busy == .scanning {
      content.blocks = [.status(word: c.text("doc_scan.scanning.word"), text: c.text("doc_scan.scanning"), role: .warning)]
      return content
    }
    var blocks: [Block] = [.paragraph(c.text("doc_scan.how"))]
    if let failure = draft.scanFailure {
      blocks.append(.status(word: c.text("doc_scan.failed.word"), text: c.text(failure.key), role: .danger))
      if !draft.pages.isEmpty { blocks.append(.paragraph(c.text("doc_scan.kept", ["count": String(draft.pages.count)]))) }
    }
    let labels = items(c).map { item -> String in
      switch item {
      case .scan: return draft.scanFailure == nil ? c.text("doc_scan.start", ["n": n]) : c.text("doc_scan.retry")
      case .finish: return c.text("doc_scan.finish")
      case .usb: return c.text("doc_scan.usb")
      case .attest: return c.text("attestation.offer.document")
      }
    }
    blocks.append(.choices(labels, selected: c.session.selection[.docScan] ?? 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    // While the scanner works, keys wait: a second scan would collide.
    // (Esc, help and a person are global keys, handled before this.)
    guard session.document.busy == nil else { return .handled }
    let items = items(c)
    return .choice(key, count: items.count, route: .docScan, session: &session) { index, session in
      session.selection[.docScan] = nil
      switch items[index] {
      case .scan:
        session.document.busy = .scanning
        session.document.scanFailure = nil
        return .effects([.document(.scanPage(pageNumber: session.document.nextPageNumber), generation: c.generation)])
      case .finish:
        session.reveal(.docCheck)
        return .handled
      case .usb:
        return DocumentFlow.openUSB(&session, c)
      case .attest:
        AttestationFlow.open(.document, &session)
        return .handled
      }
    }
  }
}

/// One page as the kiosk read it: a small picture, and either "readable"
/// or what to do about it.
enum DocPageScreen {
  enum Item { case more, done, redo, delete }

  static func items(_ page: DraftPage) -> [Item] { page.problems.isEmpty ? [.more, .done, .redo, .delete] : [.redo, .delete] }

  static func content(_ index: Int, _ c: ScreenContext) -> ScreenContent {
    var content = DocumentHeader.content(c, title: c.text("doc_page.title", ["n": String(index + 1)]))
    guard c.session.document.pages.indices.contains(index) else { return content }
    let page = c.session.document.pages[index]
    var blocks: [Block] = [.picture(page.thumbnail)]
    if page.problems.isEmpty {
      blocks.append(.status(word: c.text("doc_page.ok.word"), text: c.text("doc_page.ok"), role: .ok))
    } else {
      blocks += page.problems.map {
        .status(word: c.text("doc_page.problem.word"), text: c.catalog.documentProblem($0), role: .danger)
      }
    }
    let labels = items(page).map { item -> String in
      switch item {
      case .more: return c.text("doc_page.more")
      case .done: return c.text("doc_page.done")
      case .redo: return c.text("doc_page.redo")
      case .delete: return c.text("doc_page.delete")
      }
    }
    blocks.append(.choices(labels, selected: c.session.selection[.docPage(index)] ?? 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ index: Int, _ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard session.document.pages.indices.contains(index) else { return .ignored }
    let items = items(session.document.pages[index])
    return .choice(key, count: items.count, route: .docPage(index), session: &session) { chosen, session in
      session.selection[.docPage(index)] = nil
      switch items[chosen] {
      case .more:
        return DocumentFlow.addPage(&session, c)
      case .done:
        session.reveal(.docCheck)
        return .handled
      case .redo:
        return DocumentFlow.redoPage(index, &session, c)
      case .delete:
        session.document.pages.remove(at: index)
        session.document.redo = nil
        // The page screens after this one now show other pages: leave them.
        session.stack.removeAll { if case .docPage = $0 { return true } else { return false } }
        if session.document.pages.isEmpty { return DocumentFlow.addPage(&session, c) }
        session.reveal(.docCheck)
        return .handled
      }
    }
  }
}

/// Every page with its state, to see or redo one.
enum DocPagesScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = DocumentHeader.content(c, title: c.text("doc_pages.title"))
    let labels = c.session.document.pages.enumerated().map { index, page in
      c.text("doc_pages.line", ["n": String(index + 1),
                                "state": page.problems.isEmpty ? c.text("doc_page.ok.word") : c.text("doc_page.problem.word")])
    }
    content.blocks = [.choices(labels, selected: c.session.selection[.docPages] ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: session.document.pages.count, route: .docPages, session: &session) { index, session in
      session.push(.docPage(index))
      return .handled
    }
  }
}

/// Check your document: its type, its pages, and send. A page to redo
/// keeps "send" away until it is redone or removed.
enum DocCheckScreen {
  enum Item { case send, add, review, otherFile, changeType, attest }

  static func items(_ draft: DocumentDraft) -> [Item] {
    // Sending failed: a dated attestation that the person tried.
    let attest: [Item] = draft.sendFailed ? [.attest] : []
    if draft.pdf != nil { return [.send, .otherFile, .changeType] + attest }
    if draft.pages.isEmpty { return [.add, .changeType] }
    return (draft.pagesToRedo.isEmpty ? [.send] : []) + [.add, .review, .changeType] + attest
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    let draft = c.session.document
    var content = DocumentHeader.content(c, title: c.text("doc_check.title"))
    if draft.busy == .sending {
      content.blocks = [.status(word: c.text("doc_send.word"), text: c.text("doc_send.busy"), role: .warning)]
      return content
    }
    var facts = [c.text("doc_check.type", ["type": c.documentTypeTitle(draft.typeID)])]
    if let pdf = draft.pdf { facts.append(c.text("doc_check.file", ["name": pdf.name])) }
    facts.append(c.text("doc_check.pages", ["count": String(draft.pageCount)]))
    var blocks: [Block] = [.bullets(facts)]
    if draft.sendFailed {
      blocks.append(.status(word: c.text("doc_failed.word"), text: c.text("doc_failed"), role: .danger))
      blocks += draft.refused.map { .paragraph(c.catalog.documentProblem($0)) }
    }
    let redo = draft.pagesToRedo
    if redo.isEmpty, draft.hasContent {
      blocks.append(.status(word: c.text("doc_page.ok.word"), text: c.text("doc_check.readable"), role: .ok))
    }
    for index in redo {
      for problem in draft.pages[index].problems {
        blocks.append(.status(word: c.text("doc_page.problem.word"), text: c.catalog.documentProblem(problem), role: .danger))
      }
    }
    let labels = items(draft).map { item -> String in
      switch item {
      case .send: return draft.sendFailed ? c.text("doc_failed.retry") : c.text("doc_check.send")
      case .add: return c.text("doc_check.add")
      case .review: return c.text("doc_check.review")
      case .otherFile: return c.text("doc_check.other_file")
      case .changeType: return c.text("doc_check.change_type")
      case .attest: return c.text("attestation.offer.document")
      }
    }
    blocks.append(.choices(labels, selected: c.session.selection[.docCheck] ?? 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard session.document.busy == nil else { return .handled }
    let items = items(session.document)
    return .choice(key, count: items.count, route: .docCheck, session: &session) { index, session in
      session.selection[.docCheck] = nil
      switch items[index] {
      case .send:
        guard let typeID = session.document.typeID else {
          session.push(.docType)
          return .handled
        }
        session.document.busy = .sending
        session.document.sendFailed = false
        let submission = DocumentSubmission(typeID: typeID, pages: session.document.pages, pdf: session.document.pdf)
        return .effects([.document(.submit(submission), generation: c.generation)])
      case .add:
        return DocumentFlow.addPage(&session, c)
      case .review:
        session.push(.docPages)
        return .handled
      case .otherFile:
        session.document.pdf = nil
        return DocumentFlow.openUSB(&session, c)
      case .changeType:
        session.push(.docType)
        return .handled
      case .attest:
        AttestationFlow.open(.document, &session)
        return .handled
      }
    }
  }
}

/// The receipt: a reference, the type, the pages, the date — and what
/// happens next. Printable.
enum DocReceiptScreen {
  enum Item: CaseIterable { case print, another, home }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("doc.journey"), title: c.text("doc_receipt.title"))
    guard let receipt = c.session.document.receipt else { return content }
    content.blocks = [
      .paragraph(c.text("doc_receipt.reference", ["reference": PrivateText.mark(receipt.reference, as: .reference)]), Style(.accent, bold: true)),
      .paragraph(c.text("doc_receipt.keep")),
      .bullets(lines(receipt, c)),
      .paragraph(c.text("doc_receipt.next")),
      .choices([c.text("doc_receipt.print"), c.text("doc_receipt.another"), c.text("doc_receipt.home")],
               selected: c.session.selection[.docReceipt] ?? 0),
    ]
    return content
  }

  /// What the receipt says, on screen and on paper.
  static func lines(_ receipt: DocumentReceipt, _ c: ScreenContext) -> [String] {
    [
      c.text("doc_receipt.what", ["type": c.documentTypeTitle(receipt.typeID),
                                  "pages": c.catalog.count(receipt.pageCount, "unit.pages")]),
      c.text("doc_receipt.when", ["date": c.catalog.longDate(receipt.date), "time": PrintSheets.time(receipt.time, c)]),
    ]
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard let receipt = session.document.receipt else { return .ignored }
    return .choice(key, count: Item.allCases.count, route: .docReceipt, session: &session) { index, session in
      session.selection[.docReceipt] = nil
      switch Item.allCases[index] {
      case .print:
        session.print = .printing
        session.push(.printed)
        return .effects([.print(PrintSheets.receipt(receipt, c))])
      case .another:
        session.document = DocumentDraft()
        session.goHome()
        session.push(.docType)
      case .home:
        session.goHome()
      }
      return .handled
    }
  }
}
