import Terminal

/// The first screen: what the kiosk can do, how long it takes, what to
/// have ready, and that a person can help.
enum StartScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("start.title"))
    content.blocks = [
      .paragraph(c.text("start.what")),
      .bullets([c.text("start.what.1"), c.text("start.what.2"), c.text("start.what.3"), c.text("start.what.4")]),
      .paragraph(c.text("start.time")),
      .paragraph(c.text("start.ready")),
      .paragraph(c.text("start.person"), Style(.accent, bold: true)),
      .choices([c.text("start.begin")], selected: 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 1, route: .start, session: &session) { _, session in
      session.push(c.config.site.languages.count > 1 ? .language : .home)
      return .handled
    }
  }
}
