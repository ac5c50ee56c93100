import Terminal

/// "End and wipe?": always asked, so a wrong key never throws answers away.
enum EndSessionScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("end.title"))
    content.blocks = [
      .paragraph(c.text("end.explain")),
      .choices([c.text("end.yes"), c.text("end.no")], selected: c.session.selection[.endSession] ?? 1),
    ]
    return content
  }

  /// True when the person confirmed; the app then wipes the session.
  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    if session.selection[.endSession] == nil { session.selection[.endSession] = 1 }
    return .choice(key, count: 2, route: .endSession, session: &session) { index, session in
      if index == 0 { return .effects([.wipeScreen]) }
      session.selection[.endSession] = nil
      session.back()
      return .handled
    }
  }
}
