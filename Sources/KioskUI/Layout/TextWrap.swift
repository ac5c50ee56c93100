import Terminal

/// Word wrapping by display width. A non-breaking space never breaks, so
/// French "Date limite : …" keeps its colon with the word before it.
public enum TextWrap {
  public static func lines(_ text: String, width: Int) -> [String] {
    guard width > 0 else { return [] }
    var out: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      out += wrapParagraph(String(paragraph), width: width)
    }
    return PrivateText.balanced(out)
  }

  static func wrapParagraph(_ text: String, width: Int) -> [String] {
    if text.isEmpty { return [""] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = String(word)
      var w = DisplayWidth.of(word)
      if currentWidth > 0, currentWidth + 1 + w <= width {
        current += " " + word
        currentWidth += 1 + w
        continue
      }
      if currentWidth > 0 {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      // A word longer than the line is cut.
      while w > width {
        var head = ""
        var headWidth = 0
        for ch in word {
          let cw = DisplayWidth.of(ch)
          if headWidth + cw > width { break }
          head.append(ch)
          headWidth += cw
        }
        lines.append(head)
        word = String(word.dropFirst(head.count))
        w = DisplayWidth.of(word)
      }
      current = word
      currentWidth = w
    }
    if currentWidth > 0 || lines.isEmpty { lines.append(current) }
    return lines
  }
}
