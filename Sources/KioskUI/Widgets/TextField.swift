import Terminal

/// A one-line field: label, hint ("Tapez la date comme 18/12/2026"), the
/// box with what was typed, and the error under it in the same words as
/// the summary. The cursor sits after the text.
struct TextField {
  let label: String
  let hint: String
  let value: String
  let error: String?
  static let boxWidth = 24

  func lines(width: Int) -> [Renderer.BodyLine] {
    var out = TextWrap.lines(label, width: width).map { Renderer.BodyLine($0, style: Style(.normal, bold: true)) }
    out += TextWrap.lines(hint, width: width).map { Renderer.BodyLine($0, style: Style(.muted)) }
    if let error {
      out += TextWrap.lines("! " + error, width: width).map { Renderer.BodyLine($0, style: Style(.danger, bold: true)) }
    }
    let shown = String(value.suffix(Self.boxWidth - 1))
    let padding = String(repeating: "_", count: max(0, Self.boxWidth - DisplayWidth.of(shown)))
    var box = Renderer.BodyLine("[ ", style: Style(.accent, bold: true), cursor: 2 + DisplayWidth.of(shown))
    // What was typed is the person's: speech on a loudspeaker does not say it.
    box.pieces.append((shown, Style(.normal, bold: true, underline: true, privacy: .answer), 2))
    box.pieces.append((padding, Style(.normal, bold: true, underline: true), 2 + DisplayWidth.of(shown)))
    box.pieces.append((" ]", Style(.accent, bold: true), 2 + Self.boxWidth))
    out.append(box)
    return out
  }
}

extension TextField {
  /// Keys that mean the same on every screen (docs/keys.md).
  static var shortcuts: Set<Character> { KeyBinding.shortcuts }

  /// Whether a printable key goes into a field whose answers are written
  /// with `alphabet`. Every other key goes in too, even one the answer
  /// cannot hold: the check then names it ("42O,50" is refused for its
  /// letter O), where dropping it would turn the amount into 42,50 unseen.
  /// Only the shortcuts the alphabet does not need keep their meaning.
  ///
  /// A date needs "/" between its numbers, but nowhere else: a "/" in an
  /// empty field, after another separator or after a whole date is the
  /// mediator's key, so a PIN typed next goes to its masked screen and never
  /// into the person's answer ("04/12/2026/2468").
  static func takes(_ character: Character, alphabet: Set<Character>, draft: String = "") -> Bool {
    if character == "/", alphabet.contains("/") {
      let separators = draft.filter { "/-.".contains($0) }.count
      return draft.last?.isNumber == true && separators < 2
    }
    return alphabet.contains(character) || !shortcuts.contains(character)
  }
}
