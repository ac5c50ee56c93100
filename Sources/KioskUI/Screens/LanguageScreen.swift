import Terminal

/// Choose the language. Each language is named in itself ("Français",
/// "English"), so a person finds theirs without reading the others. A
/// spoken-only language (Arabic) is named in its own script only where the
/// terminal can write it; choosing it keeps the screen in a language the
/// terminal shows and speaks the screens in it.
enum LanguageScreen {
  static func names(_ c: ScreenContext) -> [String] {
    c.config.site.languages.map { name(of: $0, c) }
  }

  static func name(of code: String, _ c: ScreenContext) -> String {
    if let spoken = c.config.site.spokenOnly[code], !c.showsRightToLeft { return spoken.label }
    return c.config.catalog(code).text("language.name")
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("language.title"))
    let current = c.session.spokenLanguage ?? c.session.language
    let selected = c.session.selection[.language] ?? c.config.site.languages.firstIndex(of: current) ?? 0
    content.blocks = [.choices(names(c), selected: selected)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let languages = c.config.site.languages
    return .choice(key, count: languages.count, route: .language, session: &session) { index, session in
      choose(languages[index], &session, c)
      // Chosen from another screen with "+": go back there, answers kept.
      if session.stack.count > 2, session.stack.contains(.home) {
        session.back()
      } else {
        session.push(.home)
      }
      return .handled
    }
  }

  /// A display language is the screen's and the speech's; a spoken-only
  /// one keeps the screen in the language the person chose before, else
  /// in the configured `display_language`.
  static func choose(_ code: String, _ session: inout SessionState, _ c: ScreenContext) {
    let site = c.config.site
    if let spoken = site.spokenOnly[code] {
      session.spokenLanguage = code
      // Heard, not read: choosing it is asking for speech.
      session.speechOn = true
      if !session.displayLanguageChosen { session.language = spoken.displayLanguage ?? site.displayLanguages[0] }
    } else {
      session.language = code
      session.spokenLanguage = nil
      session.displayLanguageChosen = true
    }
  }
}
