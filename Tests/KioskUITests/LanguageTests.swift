import Foundation
import KioskConfig
import KioskUI
import Terminal
import Testing
import Wording

/// Every offered language: the start screen says how to change language in
/// each, the language key keeps every answer, and a spoken-only language
/// (Arabic) keeps the screen in a language the terminal can show.
@Suite struct LanguageTests {
  /// The bundled configuration: eight languages, Arabic spoken only.
  static let eightLanguages = Bundled.config

  /// The names of the session's parts that differ, with both values.
  static func differences(_ a: SessionState, _ b: SessionState) -> [String] {
    zip(Mirror(reflecting: a).children, Mirror(reflecting: b).children).compactMap { x, y in
      "\(x.value)" == "\(y.value)" ? nil : "\(x.label ?? "?"): \(x.value) → \(y.value)"
    }
  }

  /// What the language key must not touch: everything but the language.
  static func answers(_ session: SessionState) -> SessionState {
    var kept = session
    kept.language = ""
    kept.spokenLanguage = nil
    kept.displayLanguageChosen = false
    // Choosing a spoken-only language (Arabic) turns speech on: that is its
    // purpose, not a lost answer (checked where Arabic is chosen).
    kept.speechOn = false
    // The highlight is not an answer (a check page sets its own on return).
    kept.selection = [:]
    kept.pendingDigit = nil
    // Where a screen is scrolled is not an answer: new words wrap anew.
    kept.scroll = [:]
    return kept
  }
}

extension LanguageTests {
  @Test func `the start screen says in every other language how to change it`() {
    let h = Harness()
    #expect(h.flowing.contains("For English, press +. Para español, pulse +. Para português, prima +."))
    var es = Harness()
    es.press(.enter, .char("3"), .escape, .escape)  // Spanish, then back to the start screen
    #expect(es.route == .start)
    #expect(es.flowing.contains("Pour le français, appuyez sur +. For English, press +."), "\(es.text)")
    #expect(!es.flowing.contains("Para español"))
  }

  @Test func `with eight languages the start and language screens fit 80×24`() {
    var h = Harness(config: Self.eightLanguages)
    let start = h.flowing
    #expect(Self.eightLanguages.site.languages == ["fr", "en", "es", "pt", "ro", "tr", "uk", "ar"])
    for hint in ["For English, press +.", "Para español, pulse +.", "Para português, prima +.", "Для української мови натисніть +.",
                 "Pentru română, apăsați +.", "Türkçe için + tuşuna basın.", "Arabic / Arabe — (spoken): +"] {
      #expect(start.contains(hint), "\(hint) missing:\n\(h.text)")
    }
    #expect(h.text.contains("Bonjour. Cette borne vous aide avec France Travail."))
    #expect(h.text.contains("1  Commencer"))
    #expect(!h.text.contains("▲") && !h.text.contains("▼"), "\(h.text)")
    h.press(.enter)
    #expect(h.route == .language)
    for name in ["Français", "English", "Español", "Português", "Українська", "Română", "Türkçe", "8  Arabic / Arabe — (spoken)"] {
      #expect(h.text.contains(name), "\(name) missing:\n\(h.text)")
    }
    #expect(!h.text.contains("العربية"), "the console cannot write Arabic")
  }

  @Test func `a terminal that writes Arabic shows its own name`() {
    var h = Harness(config: Self.eightLanguages)
    h.app.showsRightToLeft = true
    #expect(h.flowing.contains("لِلعَرَبِيَّة، اِضْغَطْ على زر زائد."))
    h.press(.enter)
    #expect(h.text.contains("8  العربية"))
  }

  @Test func `choosing Arabic keeps the screen in French and speaks Arabic`() {
    var h = Harness(config: Self.eightLanguages)
    h.toHome(language: 8)
    #expect(h.route == .home)
    #expect(h.app.session.language == "fr")
    #expect(h.app.session.spokenLanguage == "ar")
    #expect(h.app.session.speechLanguage == "ar")
    #expect(h.app.session.speechOn, "a spoken-only language is heard: choosing it turns speech on")
    #expect(h.text.contains("Que voulez-vous faire"))
    // The language screen shows Arabic as chosen.
    h.press(.char("+"))
    #expect(h.text.contains("› 8  Arabic / Arabe — (spoken)"), "\(h.text)")
    // English chosen: the screen and the speech are English.
    h.press(.char("2"))
    #expect(h.app.session.language == "en")
    #expect(h.app.session.spokenLanguage == nil)
    // Arabic after English: the screen stays English.
    h.press(.char("+"), .char("8"))
    #expect(h.app.session.language == "en")
    #expect(h.app.session.spokenLanguage == "ar")
    // The end of the visit forgets both.
    h.press(.char("-"), .char("1"))
    #expect(h.route == .start)
    #expect(h.app.session.language == "fr")
    #expect(h.app.session.spokenLanguage == nil)
  }

  @Test func `the configured display language of a spoken-only language is used when none was chosen`() {
    var config = Self.eightLanguages
    var site = config.site
    site.spokenOnly["ar"]?.displayLanguage = "es"
    config = KioskConfigurationProbe.with(site: site, config)
    var h = Harness(config: config)
    h.toHome(language: 8)
    #expect(h.app.session.language == "es")
    #expect(h.text.contains("¿Qué quiere hacer?"))
  }

  /// From screens of every journey, with answers given, typed text not yet
  /// confirmed and a document draft, the language key and each language
  /// change the words only: the screen and every answer stay.
  @Test func `the language key keeps every answer on every journey`() {
    let typedNotConfirmed: [Key] = [Home.declare, .char("1"), .char("1"), .char("1")] + "3".map { .char($0) }
    let places: [[Key]] = ScreenSnapshotTests.journeys.map(\.keys) + [
      typedNotConfirmed,
      [Home.calculator, .char("1"), .enter] + "18/12".map { .char($0) },
      [Home.document, .char("1")],
      [Home.document, .char("1"), .char("1")],
      [Home.appointment, .char("1"), .char(" "), .down, .char(" ")],
    ]
    for keys in places {
      for language in 1...Self.eightLanguages.site.languages.count {
        var h = Harness(config: Self.eightLanguages)
        h.toHome()
        h.press(keys)
        let route = h.route
        let before = Self.answers(h.app.session)
        h.press(language.isMultiple(of: 2) ? .function(3) : .char("+"))
        guard route != .language else { continue }
        #expect(h.route == .language, "\(keys): the language key did not open the language screen")
        h.press(.char(Character(String(language))))
        #expect(h.route == route, "\(keys) then language \(language): \(h.route), not \(route)")
        let after = Self.answers(h.app.session)
        #expect(after == before, "\(keys) then language \(language): changed \(Self.differences(before, after))")
      }
    }
  }
}
