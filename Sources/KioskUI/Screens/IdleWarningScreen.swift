import Terminal

/// "Are you still there?" with the seconds left, shown over any screen.
enum IdleWarningScreen {
  static func content(_ c: ScreenContext, secondsLeft: Int) -> ScreenContent {
    var content = ScreenContent(title: c.text("idle.title"))
    content.blocks = [
      .status(word: c.catalog.count(secondsLeft, "idle.seconds"), text: c.text("idle.countdown"), role: .warning),
      .paragraph(c.text("idle.continue"), Style(.accent, bold: true)),
    ]
    return content
  }
}
