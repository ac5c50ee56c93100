import Terminal

/// Numbered choices: "1  Calculer une date limite". The selected one has a
/// mark (`›` or `>`) and reverse video, and the cursor: never colour alone.
struct ChoiceList {
  let labels: [String]
  let selected: Int
  let glyphs: Glyphs

  func lines(width: Int) -> [Renderer.BodyLine] {
    var out: [Renderer.BodyLine] = []
    for (index, label) in labels.enumerated() {
      let isSelected = index == selected
      let number = "\(index + 1)"
      let prefix = (isSelected ? glyphs.selected : " ") + " " + number + "  "
      let indent = DisplayWidth.of(prefix)
      let wrapped = TextWrap.lines(label, width: width - indent)
      let style = isSelected ? Style(.accent, bold: true, reverse: true) : Style(.normal)
      var first = Renderer.BodyLine(prefix, style: isSelected ? Style(.accent, bold: true) : Style(.accent, bold: true),
                                    cursor: isSelected ? 0 : nil)
      first.pieces.append((wrapped.first ?? "", style, indent))
      out.append(first)
      for line in wrapped.dropFirst() {
        out.append(Renderer.BodyLine(line, style: style, column: indent))
      }
    }
    return out
  }
}
