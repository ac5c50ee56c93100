import Foundation
import KioskConfig
import KioskUI
import Speech
import Terminal
import Testing

/// Speech (issue 14, EN 301 549 clause 5.1.3): the keys, what is said for
/// a screen, what is never said on a loudspeaker, and when the voice
/// stops, repeats or says only the focus.
@Suite struct SpeechTests {
  static func config(_ output: SpeechSettings.Output) -> KioskConfiguration {
    var site = Bundled.config.site
    site.speech.output = output
    return KioskConfigurationProbe.with(site: site, Bundled.config)
  }

  static func spoken(_ h: Harness) -> SpokenScreen? {
    h.app.spokenScreen(columns: h.size.columns, rows: h.size.rows)
  }

  /// The spoken text as one line, no-break spaces as spaces.
  static func said(_ h: Harness) -> String {
    (spoken(h)?.lines ?? []).joined(separator: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
      .replacingOccurrences(of: "\u{202F}", with: " ")
  }
}

extension SpeechTests {
  @Test func `the start screen tells how to turn speech on, and the key bar lists it`() {
    let h = Harness()
    #expect(h.flowing.contains("Pour écouter l'écran, appuyez sur = (égal) ou F5."))
    #expect(h.frame.lines.last?.contains("= Écouter") == true)
    #expect(Self.spoken(h) == nil, "speech is off until the person turns it on")
  }

  @Test(arguments: [Key.char("="), Key.function(5)])
  func `= or F5 turns speech on for the visit, and again off`(_ key: Key) {
    var h = Harness()
    h.press(key)
    #expect(h.app.session.speechOn)
    #expect(h.frame.lines.last?.contains("= Silence") == true)
    #expect(Self.said(h).contains("Bonjour. Cette borne vous aide avec France Travail."))
    #expect(Self.said(h).contains("Pour écouter l'écran, appuyez sur = (égal) ou F5."), "the key is announced aloud too")
    h.toHome()
    #expect(h.app.session.speechOn, "speech stays on from screen to screen")
    h.press(key)
    #expect(!h.app.session.speechOn)
  }

  @Test func `the key bar is said last, each symbol key by its name`() {
    var h = Harness()
    h.press(.char("="))
    h.toHome()
    #expect(Self.spoken(h)?.lines.last
      == "Échap Retour, étoile Une personne, point d'interrogation Aide, plus Langue, moins Terminer, égal Silence, Entrée Valider")
    h.press(.char("+"), .char("2"))
    #expect(Self.spoken(h)?.lines.last == "Esc Back, star A person, question mark Help, plus Language, minus Finish, equals Silence, Enter OK")
    #expect(Self.spoken(h)?.language == "en")
  }

  @Test func `a wipe turns speech off; the test rig starts every visit with it on`() {
    var h = Harness()
    h.press(.char("="))
    h.toHome()
    h.press(.char("-"), .char("1"))
    #expect(h.effects.contains(.wipeScreen))
    #expect(h.route == .start)
    #expect(!h.app.session.speechOn, "EN 301 549 5.1.3.13: the next person starts without it")

    var rig = Harness()
    rig.app.startVisitsWithSpeech()
    #expect(rig.app.session.speechOn)
    rig.toHome()
    rig.press(.char("-"), .char("1"))
    #expect(rig.app.session.speechOn)
    rig.wait(1_000)
    #expect(rig.route == .start)
    #expect(rig.app.session.speechOn)
  }

  @Test func `speech keys are never typed into a field`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    #expect(h.route == .calculatorDate)
    h.type("20=")
    #expect(h.text.contains("[ 20_"))
    #expect(h.app.session.speechOn)
  }

  @Test func `F6 asks to say the screen again, F7 to pause; only while speech is on`() {
    var h = Harness()
    h.press(.function(6), .function(7))
    #expect(h.effects.isEmpty)
    h.press(.function(5), .function(6), .function(7))
    #expect(h.effects == [.speech(.repeatScreen), .speech(.pauseOrResume)])
    #expect(KioskApp.speechTrigger(after: .key(.function(6)), effects: [.speech(.repeatScreen)]) == .repeatScreen)
    #expect(KioskApp.speechTrigger(after: .key(.function(7)), effects: [.speech(.pauseOrResume)]) == .pauseOrResume)
    #expect(KioskApp.speechTrigger(after: .key(.down), effects: []) == .key)
    #expect(KioskApp.speechTrigger(after: .tick, effects: []) == .tick)
  }

  @Test func `the error summary is said first, then the title and the field`() {
    var h = Harness()
    h.press(.char("="))
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("30/02/2026")
    h.press(.enter)
    let lines = Self.spoken(h)?.lines ?? []
    let title = h.frame.line(3).trimmingCharacters(in: .whitespaces)
    let summary = h.frame.line(5).trimmingCharacters(in: .whitespaces)
    #expect(summary.hasPrefix("Il y a un problème"), "on screen the title comes first, then the summary")
    #expect(lines.first == summary)
    #expect((lines.firstIndex(of: title) ?? -1) > 1, "the title is said after the summary: \(lines)")
  }

  @Test func `a typed answer and a PIN are said into a headset only`() {
    var loud = Harness(config: Self.config(.loudspeaker))
    var headset = Harness(config: Self.config(.headset))
    for i in [0, 1] {
      var h = i == 0 ? loud : headset
      h.press(.char("="))
      h.toHome()
      h.press(Home.calculator, .char("1"), .enter)
      h.type("05/03/2026")
      if i == 0 { loud = h } else { headset = h }
    }
    #expect(Self.spoken(loud)?.focus == "votre réponse")
    #expect(!Self.said(loud).contains("05/03/2026"))
    #expect(Self.spoken(headset)?.focus == "05/03/2026")

    var pin = Harness(config: Self.config(.loudspeaker))
    pin.press(.char("="))
    pin.toHome()
    pin.press(.function(4))
    pin.type("24")
    #expect(Self.spoken(pin)?.focus == "votre code")
  }

  @Test func `the declaration's summary says hours and pay into a headset only`() {
    for output in SpeechSettings.Output.allCases {
      var h = Harness(config: Self.config(output))
      h.press(.char("="))
      h.toHome()
      h.press(JourneyScreenTests.monthlyAnswers)
      h.press(.enter)
      #expect(h.route == .declarationResult)
      #expect(h.plain.contains("1 234,50"), "the screen shows the amount whatever the output")
      let said = Self.said(h)
      #expect(said.contains("Employeur 1 :"))
      if output == .headset {
        #expect(said.contains("35 heures, 1 234,50 € brut."))
      } else {
        #expect(said.contains("votre réponse, votre montant brut."))
        #expect(!said.contains("1 234") && !said.contains("35 heures"))
      }
    }
  }
}

extension SpeechTests {
  static let home = SpokenScreen(screen: "home", language: "fr", lines: ["Accueil", "› 1 Déclarer"], focus: "› 1 Déclarer")

  @Test func `a new screen is said whole; a moved focus says the focused line; another key stops the voice`() {
    var d = SpeechDirector()
    #expect(d.next(nil, after: .update) == .none)
    #expect(d.next(Self.home, after: .update) == .say("Accueil.\n› 1 Déclarer.", language: "fr"))
    var moved = Self.home
    moved.lines = ["Accueil", "› 2 Risques"]
    moved.focus = "› 2 Risques"
    #expect(d.next(moved, after: .key) == .say("› 2 Risques.", language: "fr"))
    #expect(d.next(moved, after: .key) == .stop, "a key that changes nothing stops the voice")
    var sameWords = moved
    sameWords.focus = "Accueil"
    #expect(d.next(sameWords, after: .key) == .say("Accueil.", language: "fr"),
            "the choice mark is not said: the same words with a new focus say the focus")
    #expect(d.next(moved, after: .repeatScreen) == .say("Accueil.\n› 2 Risques.", language: "fr"))
    #expect(d.next(moved, after: .pauseOrResume) == .pauseOrResume)
    let help = SpokenScreen(screen: "help", language: "fr", lines: ["Aide"])
    #expect(d.next(help, after: .key) == .say("Aide.", language: "fr"))
    #expect(d.next(nil, after: .key) == .stop, "turning speech off stops the voice")
  }

  @Test func `the idle countdown is said once, not every second; a device result is said when it changes the screen`() {
    var d = SpeechDirector()
    _ = d.next(Self.home, after: .update)
    let warning = SpokenScreen(screen: "home warning", language: "fr", lines: ["Êtes-vous toujours là ?", "60 secondes"])
    #expect(d.next(warning, after: .tick) == .say("Êtes-vous toujours là ?\n60 secondes.", language: "fr"))
    var later = warning
    later.lines[1] = "59 secondes"
    #expect(d.next(later, after: .tick) == .none)
    let printed = SpokenScreen(screen: "printed", language: "fr", lines: ["Impression en cours"])
    _ = d.next(printed, after: .key)
    var done = printed
    done.lines = ["Votre feuille est imprimée"]
    #expect(d.next(done, after: .update) == .say("Votre feuille est imprimée.", language: "fr"))
    #expect(d.next(done, after: .update) == .none)
  }

  @Test func `espeak-ng gets the text on its input, never on its command line`() {
    let command = EspeakCommand(rate: 160, volume: 90)
    #expect(command.arguments(language: "fr", to: .soundCard) == ["-v", "fr-fr", "-s", "160", "-a", "90", "--stdin"])
    #expect(command.arguments(language: "uk", to: .wavFile("/tmp/x/0001.wav")).suffix(2) == ["-w", "/tmp/x/0001.wav"])
    #expect(command.arguments(language: "en", to: .standardOutput).last == "--stdout")
  }

  @Test func `a printed sheet never carries the marks of private values`() {
    let sheet = PrintSheet(title: "Reçu", lines: ["Référence : " + PrivateText.mark("P-1234", as: .reference)])
    #expect(sheet.lines == ["Référence : P-1234"])
    var frame = Frame(size: Size(columns: 30, rows: 3))
    frame.put("Passerelle", row: 0, column: 0)
    frame.put("Montant : " + PrivateText.mark("12 €", as: .amount) + " net", row: 1, column: 0)
    #expect(frame.line(1) == "Montant : 12 € net")
    #expect(frame[1, 10].style.privacy == .amount)
    #expect(frame[1, 9].style.privacy == nil)
    #expect(frame[1, 15].style.privacy == nil)
    let loud = SpokenScreen(screen: "s", language: "fr", frame: frame, glyphs: .unicode, privateWords: [.amount: "votre montant"])
    #expect(loud.lines == ["Montant : votre montant net"], "the site name bar (row 0) is not said")
    let headset = SpokenScreen(screen: "s", language: "fr", frame: frame, glyphs: .unicode, privateWords: nil)
    #expect(headset.lines == ["Montant : 12 € net"])
  }
}

extension SpeechTests {
  @Test func `keys in a burst are followed once, as the strongest of them`() {
    #expect(SpeechTrigger.strongest(nil, .tick) == .tick)
    #expect(SpeechTrigger.strongest(.key, .tick) == .key, "a tick after keys must not hide them")
    #expect(SpeechTrigger.strongest(.update, .key) == .key)
    #expect(SpeechTrigger.strongest(.repeatScreen, .key) == .repeatScreen)
    #expect(SpeechTrigger.strongest(.key, .pauseOrResume) == .pauseOrResume)
  }
}
