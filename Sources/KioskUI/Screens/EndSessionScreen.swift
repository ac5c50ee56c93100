import Terminal

/// "End and wipe?": always asked, so a wrong key never throws answers away.
/// With a mediator, the first choice prints the handout. The wipe waits for
/// every sheet still printing (`KioskApp.perform`, `PrintedScreen.handleEnding`).
enum EndSessionScreen {
  enum Item { case handoutAndEnd, end, stay }

  static func items(_ c: ScreenContext) -> [Item] { c.mediatorMode ? [.handoutAndEnd, .end, .stay] : [.end, .stay] }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("end.title"))
    let items = items(c)
    let labels = items.map { item -> String in
      switch item {
      case .handoutAndEnd: return c.text("end.handout")
      case .end: return c.text("end.yes")
      case .stay: return c.text("end.no")
      }
    }
    content.blocks = [
      .paragraph(c.text("end.explain")),
      .choices(labels, selected: c.session.selection[.endSession] ?? items.count - 1),
    ]
    return content
  }

  /// Confirmed: the app wipes the session, or prints the handout and waits.
  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = items(c)
    if session.selection[.endSession] == nil { session.selection[.endSession] = items.count - 1 }
    return .choice(key, count: items.count, route: .endSession, session: &session) { index, session in
      switch items[index] {
      case .handoutAndEnd:
        session.print = .printing
        session.endsAfterPrint = true
        session.push(.printed)
        return .effects([.print(PrintSheets.handout(c))])
      case .end: return .effects([.wipeScreen])
      case .stay:
        session.selection[.endSession] = nil
        session.back()
        return .handled
      }
    }
  }
}
