import Terminal

/// Choose the language. Each language is named in itself ("Français",
/// "English"), so a person finds theirs without reading the others.
enum LanguageScreen {
  static func names(_ c: ScreenContext) -> [String] {
    c.config.site.languages.map { c.config.catalog($0).text("language.name") }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("language.title"))
    let selected = c.session.selection[.language] ?? c.config.site.languages.firstIndex(of: c.session.language) ?? 0
    content.blocks = [.choices(names(c), selected: selected)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let languages = c.config.site.languages
    return .choice(key, count: languages.count, route: .language, session: &session) { index, session in
      session.language = languages[index]
      // Chosen from another screen with "+": go back there, answers kept.
      if session.stack.count > 2, session.stack.contains(.home) {
        session.back()
      } else {
        session.push(.home)
      }
      return .handled
    }
  }
}
