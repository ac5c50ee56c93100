/// Which personal value a span of the screen holds. Speech says these
/// only into a headset; on a loudspeaker it says a neutral word for the
/// kind instead ("votre montant"), EN 301 549 clause 5.1.3.9.
public enum PrivateKind: UInt8, Hashable, Sendable, CaseIterable {
  case amount
  /// A date of the person (not today's date, not a rule's deadline).
  case date
  /// A receipt, kept-sheet or attestation reference.
  case reference
  /// A PIN or code, shown masked.
  case code
  /// Any other typed answer (hours, a value typed in a field).
  case answer
}

/// Marks a private value inside a sentence with invisible format
/// characters, so a screen that builds "Montant : 1 234 €" from a catalog
/// keeps its words and the frame knows which cells are private.
/// `Frame.put` turns the marks into `Style.privacy` and never shows them;
/// printed sheets drop them (`stripped`).
public enum PrivateText {
  /// One opening mark per kind (Unicode format characters, width 0, each
  /// its own grapheme); one closing mark for all.
  static let opening: [PrivateKind: Character] = [
    .amount: "\u{2061}", .date: "\u{2062}", .reference: "\u{2063}", .code: "\u{2064}", .answer: "\u{FFF9}",
  ]
  static let closing: Character = "\u{FFFB}"

  public static func mark(_ value: String, as kind: PrivateKind) -> String {
    guard let open = opening[kind] else { return value }
    return String(open) + value + String(closing)
  }

  /// The kind a mark opens, if `character` is an opening mark.
  public static func kind(openedBy character: Character) -> PrivateKind? {
    opening.first { $0.value == character }?.key
  }

  public static func isClosing(_ character: Character) -> Bool { character == closing }

  /// The text without marks: what a printer or a log receives.
  public static func stripped(_ text: String) -> String {
    guard text.contains(where: { isClosing($0) || kind(openedBy: $0) != nil }) else { return text }
    return String(text.filter { !isClosing($0) && kind(openedBy: $0) == nil })
  }

  /// Lines cut from one marked text: a span cut by a line break is closed
  /// at the end of its line and opened again on the next, so each line
  /// says on its own what is private.
  public static func balanced(_ lines: [String]) -> [String] {
    var open: PrivateKind?
    return lines.map { line in
      var out = open.flatMap { opening[$0] }.map { String($0) } ?? ""
      out += line
      for character in line {
        if let kind = kind(openedBy: character) { open = kind } else if isClosing(character) { open = nil }
      }
      if open != nil { out.append(closing) }
      return out
    }
  }
}
