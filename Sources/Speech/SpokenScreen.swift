import Terminal

/// What speech says for one screen: the screen's own text in reading
/// order, taken from the frame that is painted, so speech never says
/// something the screen does not. Only three things differ: the error
/// summary comes first (EN 301 549 clause 5.1.3.15), decoration is left
/// out (the site name bar, rules, marks and empty boxes), and on a
/// loudspeaker each private value is a neutral word (clause 5.1.3.9).
public struct SpokenScreen: Hashable, Sendable {
  /// Which screen this is (the app's route): a new one is spoken whole.
  public var screen: String
  /// The language it is spoken in (an espeak-ng voice name: fr, en, uk…).
  public var language: String
  /// The lines, in the order they are said.
  public var lines: [String]
  /// The line with the focus (the highlighted choice, the field), said
  /// alone when only the focus moved.
  public var focus: String?

  public init(screen: String, language: String, lines: [String], focus: String? = nil) {
    self.screen = screen
    self.language = language
    self.lines = lines
    self.focus = focus
  }

  /// What is sent to espeak-ng: one sentence per line, so a choice is not
  /// run into the next one ("1 Oui. 2 Non.").
  public var utterance: String { Self.utterance(lines) }

  static func utterance(_ lines: [String]) -> String {
    lines.map { line in
      guard let last = line.last, !".!?:;…".contains(last) else { return line }
      return line + "."
    }.joined(separator: "\n")
  }

  /// Reads `frame` (painted tall enough to hold the whole body, see
  /// `KioskApp.spokenScreen`). `privateWords` nil: every value is said
  /// (a headset); else each private span is replaced by its kind's word.
  /// `keyNames`: how the key bar's symbol keys are said ("?" is
  /// "point d'interrogation"): espeak-ng reads "?" as punctuation, not as
  /// a key to press.
  public init(
    screen: String, language: String, frame: Frame, glyphs: Glyphs, privateWords: [PrivateKind: String]?,
    keyNames: [String: String] = [:]
  ) {
    var summary: [String] = []
    var rest: [String] = []
    var focus: String?
    let errorRows = Set(frame.errorSummaryRows)
    for row in 1..<max(1, frame.size.rows) {
      let keyBar = row >= frame.size.rows - frame.keyBarRows
      var line = Self.speakable(frame, row: row, glyphs: glyphs, privateWords: privateWords, keyBar: keyBar)
      if keyBar { line = Self.namingKeys(line, keyNames) }
      if line.isEmpty { continue }
      if errorRows.contains(row) { summary.append(line) } else { rest.append(line) }
      if frame.cursor?.row == row { focus = line }
    }
    self.init(screen: screen, language: language, lines: summary + rest, focus: focus)
  }

  /// The key bar with each symbol key said by its name: "?, Aide" becomes
  /// "point d'interrogation, Aide".
  static func namingKeys(_ keyBar: String, _ names: [String: String]) -> String {
    keyBar.split(separator: ",").map { hint -> String in
      var words = hint.split(separator: " ").map(String.init)
      if let key = words.first, let name = names[key] { words[0] = name }
      return words.joined(separator: " ")
    }.joined(separator: ", ")
  }

  /// One row as words: private spans replaced, marks and box edges left
  /// out; on the key bar, a pause between keys. `glyphs`: the marks the
  /// frame was drawn with.
  static func speakable(
    _ frame: Frame, row: Int, glyphs: Glyphs, privateWords: [PrivateKind: String]?, keyBar: Bool
  ) -> String {
    var text = ""
    var open: PrivateKind?
    var wasKey = false
    for column in 0..<frame.size.columns {
      let cell = frame[row, column]
      if cell.isContinuation { continue }
      // On the key bar each key is drawn bold, its action plain.
      if keyBar, cell.character != " " {
        if cell.style.bold, !wasKey, !text.allSatisfy({ $0 == " " }) { text += " , " }
        wasKey = cell.style.bold
      }
      if let words = privateWords, let kind = cell.style.privacy {
        if open != kind { text += " " + (words[kind] ?? "") + " " }
        open = kind
        continue
      }
      open = nil
      text.append(cell.character)
    }
    var words = text.split(separator: " ").map(String.init)
    // A rule is one character repeated across the screen; a page picture
    // is shades between two bars.
    if let first = words.first?.first, words.count == 1, words[0].count >= 10, words[0].allSatisfy({ $0 == first }) {
      return ""
    }
    let picture = Set(glyphs.shades + [glyphs.vertical])
    if words.allSatisfy({ $0.allSatisfy(picture.contains) }) { return "" }
    // The choice mark and the bullet start a line; the scroll marks end it.
    if let first = words.first, first == glyphs.selected || first == String(glyphs.bullet) { words.removeFirst() }
    if let last = words.last, last == glyphs.moreAbove || last == glyphs.moreBelow { words.removeLast() }
    var out: [String] = []
    for word in words {
      // A field's box: its brackets and the blanks after what was typed.
      if word.allSatisfy({ "[]_".contains($0) }) { continue }
      let trimmed = String(word.drop { $0 == "_" }.reversed().drop { $0 == "_" }.reversed())
      if trimmed == ",", !out.isEmpty { out[out.count - 1] += "," } else { out.append(trimmed) }
    }
    return out.joined(separator: " ")
  }
}
