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
      .paragraph(c.text("start.speech"), Style(.accent, bold: true)),
    ]
    let other = languageHints(c)
    if !other.isEmpty { content.blocks.append(.paragraph(other.joined(separator: " "), Style(.accent))) }
    content.blocks.append(.choices([c.text("start.begin")], selected: 0))
    return content
  }

  /// "For another language, press +." in each other language offered,
  /// each in its own words, for a person who cannot read the first one.
  /// A spoken-only language the terminal cannot write (Arabic on the
  /// console) is named by its Latin-script label.
  static func languageHints(_ c: ScreenContext) -> [String] {
    c.config.site.languages.filter { $0 != c.session.language }.compactMap { code in
      if let spoken = c.config.site.spokenOnly[code], !c.showsRightToLeft { return "\(spoken.label): +" }
      return c.config.catalog(code).optionalText("start.language_hint")
    }
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 1, route: .start, session: &session) { _, session in
      session.push(c.config.site.languages.count > 1 ? .language : .home)
      return .handled
    }
  }
}
