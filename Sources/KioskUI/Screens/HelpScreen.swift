import Terminal

/// Help for the screen underneath: what it is for and which keys work.
enum HelpScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    let below = c.session.stack.dropLast().last ?? .start
    var content = ScreenContent(title: c.text("help.title"))
    content.blocks = [
      .paragraph(c.text("help.\(below.key)")),
      .paragraph(c.text("help.keys.title"), Style(.normal, bold: true)),
      .bullets([c.text("help.keys.choose"), c.text("help.keys.back"), c.text("help.keys.person"),
                c.text("help.keys.language"), c.text("help.keys.end"), c.text("help.keys.scroll")]),
      .choices([c.text("action.back")], selected: 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .backOnly(key, route: .help, session: &session)
  }
}
