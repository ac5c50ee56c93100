import KioskConfig
import Speech
import Terminal

extension KioskApp {
  /// What speech says for the screen now, or nil when speech is off. The
  /// screen is drawn as `view` draws it, made taller when its body does
  /// not fit, so a long screen is said to its end.
  public func spokenScreen(columns: Int, rows: Int) -> SpokenScreen? {
    guard session.speechOn else { return nil }
    let language = session.spokenLanguage ?? session.language
    let catalog = config.catalog(language)
    let words: [PrivateKind: String]? = config.site.speech.output == .headset ? nil
      : Dictionary(uniqueKeysWithValues: PrivateKind.allCases.map { ($0, catalog.typeset(Self.privateWordKey($0), [:])) })
    var screen = "\(session.route)"
    if case .warning = idlePhase { screen += " warning" }
    let keyNames = Self.spokenKeyNames.mapValues { catalog.typeset($0, [:]) }
    return SpokenScreen(screen: screen, language: language, frame: wholeView(columns: columns, rows: rows),
                        glyphs: glyphs, privateWords: words, keyNames: keyNames)
  }

  /// The screen with its whole body in sight (the "too small" screen when
  /// it is too small). A taller frame keeps more blank lines between
  /// blocks, so it may need to grow twice.
  public func wholeView(columns: Int, rows: Int) -> Frame {
    var size = Size(columns: columns, rows: rows)
    var frame = viewForSpeech(size: size)
    var tries = 0
    while Self.fits(size), frame.linesOutOfSight > 0, tries < 4 {
      size.rows += frame.linesOutOfSight
      frame = viewForSpeech(size: size)
      tries += 1
    }
    return frame
  }

  /// The catalog keys of the key bar's symbol keys, said by name.
  public static let spokenKeyNames: [String: String] = [
    "*": "speech.key.star", "?": "speech.key.question", "+": "speech.key.plus", "-": "speech.key.minus",
    "=": "speech.key.equals", "/": "speech.key.slash",
  ]

  /// The neutral words said on a loudspeaker instead of a private value.
  static func privateWordKey(_ kind: PrivateKind) -> String {
    switch kind {
    case .amount: "speech.private.amount"
    case .date: "speech.private.date"
    case .reference: "speech.private.reference"
    case .code: "speech.private.code"
    case .answer: "speech.private.answer"
    }
  }

  /// What a speech speaker must know of the last event: a speech key, a
  /// key, the idle tick or anything else.
  public static func speechTrigger(after event: Event, effects: [Effect]) -> SpeechTrigger {
    if effects.contains(.speech(.repeatScreen)) { return .repeatScreen }
    if effects.contains(.speech(.pauseOrResume)) { return .pauseOrResume }
    switch event {
    case .key: return .key
    case .tick: return .tick
    case .resize, .staffCallFinished, .printFinished, .document, .statisticsLoaded, .pinChecked, .attestationRecorded:
      return .update
    }
  }
}
