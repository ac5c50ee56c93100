/// The characters used for lines and marks. The Linux console's font has
/// few glyphs, so under `TERM=linux` or without UTF-8 the kiosk uses ASCII.
public struct Glyphs: Hashable, Sendable {
  public let horizontal: Character
  public let selected: String
  public let checked: String
  public let unchecked: String
  /// A list's bullet; in ASCII "o", never "*", "+", "-", "?" or "/",
  /// which are keys (the person, the language, the end, help, the mediator).
  public let bullet: Character
  public let moreBelow: String
  public let moreAbove: String
  /// Five shades, white to black, for page thumbnails.
  public let shades: [Character]
  /// The sides of a thumbnail.
  public let vertical: Character

  public static let unicode = Glyphs(
    horizontal: "─", selected: "›", checked: "[x]", unchecked: "[ ]", bullet: "•", moreBelow: "▼", moreAbove: "▲",
    shades: [" ", "░", "▒", "▓", "█"], vertical: "│")
  public static let ascii = Glyphs(
    horizontal: "-", selected: ">", checked: "[x]", unchecked: "[ ]", bullet: "o", moreBelow: "v", moreAbove: "^",
    shades: [" ", ".", ":", "#", "@"], vertical: "|")

  /// Unicode unless the terminal is the Linux console or the locale is not
  /// UTF-8.
  public static func choose(term: String?, utf8: Bool) -> Glyphs {
    guard utf8, let term, term != "linux", term != "vt100", term != "dumb" else { return .ascii }
    return .unicode
  }
}
