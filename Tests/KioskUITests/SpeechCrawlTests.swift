import KioskConfig
import KioskUI
import Speech
import Terminal
import Testing

/// Every screen of every journey, in every offered language, with speech
/// on: what is said holds the screen's words in reading order — the error
/// summary first, the site name bar left out, and on a loudspeaker each
/// private value replaced by its neutral word.
@Suite struct SpeechCrawlTests {
  /// Letters and digits only: marks, boxes and punctuation are how a
  /// screen is drawn, not what it says.
  static func words(_ text: String) -> [String] {
    text.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }

  /// The screen's words as a reader meets them, from the frame itself.
  static func screenWords(_ h: Harness) -> [String] {
    // Tall enough for any screen's body: no line is scrolled out.
    // A spoken-only language (Arabic) is heard as the screen would read in
    // it: the screen drawn with its catalog.
    let frame = h.app.viewForSpeech(size: Size(columns: h.size.columns, rows: 200))
    #expect(frame.linesOutOfSight == 0)
    let catalog = h.app.config.catalog(h.app.session.speechLanguage)
    let loudspeaker = h.app.config.site.speech.output == .loudspeaker
    func rowText(_ row: Int) -> String {
      var text = ""
      var inPrivate: PrivateKind?
      for column in 0..<frame.size.columns where !frame[row, column].isContinuation {
        let cell = frame[row, column]
        if loudspeaker, let kind = cell.style.privacy {
          if inPrivate != kind { text += " " + catalog.text("speech.private.\(kind)") + " " }
          inPrivate = kind
        } else {
          inPrivate = nil
          text.append(cell.character)
        }
      }
      return text
    }
    // The key bar's symbol keys are said by name (speech.key.*): each key
    // is drawn bold, at the start of its hint.
    func keyBarText(_ row: Int) -> String {
      var text = ""
      for column in 0..<frame.size.columns where !frame[row, column].isContinuation {
        let cell = frame[row, column]
        let startsKey = cell.style.bold && (column == 0 || !frame[row, column - 1].style.bold)
        if startsKey, let key = KioskApp.spokenKeyNames[String(cell.character)],
          column + 1 >= frame.size.columns || frame[row, column + 1].character == " " {
          text += catalog.text(key)
        } else {
          text.append(cell.character)
        }
      }
      return text
    }
    let summary = frame.errorSummaryRows
    let bar = frame.size.rows - frame.keyBarRows
    let rest = (1..<bar).filter { !summary.contains($0) }
    return (summary + rest).flatMap { words(rowText($0)) } + (bar..<frame.size.rows).flatMap { words(keyBarText($0)) }
  }

  static func mismatch(_ h: Harness) -> [String] {
    // Ending the visit wipes it, and speech goes off with it (SpeechTests).
    guard h.app.session.speechOn else { return [] }
    guard let spoken = h.app.spokenScreen(columns: h.size.columns, rows: h.size.rows) else { return ["no speech"] }
    let said = words(spoken.lines.joined(separator: "\n"))
    let shown = screenWords(h)
    guard said != shown else { return [] }
    let at = zip(said, shown).prefix { $0 == $1 }.count
    return ["speech differs from the screen at word \(at): said \(said.dropFirst(at).prefix(6)), shown \(shown.dropFirst(at).prefix(6))"]
  }

  static let cases: [(Int, SpeechSettings.Output)] = (1...Bundled.config.site.languages.count).flatMap { language in
    SpeechSettings.Output.allCases.map { (language, $0) }
  }

  @Test(arguments: cases)
  func `every screen is said as it reads, private values only into a headset`(
    _ language: Int, _ output: SpeechSettings.Output
  ) {
    var root = Harness(config: SpeechTests.config(output), today: "2026-11-29")
    root.press(.char("="))
    root.toHome(language: language)
    let result = ScreenCrawlTests.crawl(from: root, limit: 800, check: Self.mismatch)
    #expect(result.screens > 150, "the crawl reached only \(result.screens) screens")
    #expect(result.problems.isEmpty, "\(result.problems.count) problems; first: \(result.problems.first ?? "")")
  }

  @Test func `an amount said on a loudspeaker is found`() {
    var loud = Harness(config: SpeechTests.config(.loudspeaker))
    var headset = Harness(config: SpeechTests.config(.headset))
    for h in [0, 1] {
      var state = h == 0 ? loud : headset
      state.press(.char("="))
      state.toHome()
      state.press(JourneyScreenTests.monthlyAnswers)
      state.press(.enter)
      if h == 0 { loud = state } else { headset = state }
    }
    #expect(Self.mismatch(loud).isEmpty)
    #expect(Self.mismatch(headset).isEmpty)
    let saidIntoHeadset = Self.words(headset.app.spokenScreen(columns: 80, rows: 24)?.lines.joined(separator: " ") ?? "")
    #expect(saidIntoHeadset != Self.screenWords(loud), "the check tells the amount from its neutral word")
    #expect(Self.words("› 1  Oui, [x] 12,50 €") == ["1", "Oui", "x", "12", "50"])
  }
}
