import Terminal

/// Numbered choices: "1  Calculer une date limite". The selected one has a
/// mark (`›` or `>`) and reverse video, and the cursor: never colour alone.
struct ChoiceList {
  let labels: [String]
  let selected: Int
  let glyphs: Glyphs

  func lines(width: Int) -> [Renderer.BodyLine] {
    labels.enumerated().flatMap { index, label in
      let isSelected = index == selected
      return Renderer.BodyLine.marked(
        prefix: (isSelected ? glyphs.selected : " ") + " \(index + 1)  ", prefixStyle: Style(.accent, bold: true),
        text: label, textStyle: isSelected ? Style(.accent, bold: true, reverse: true) : Style(.normal),
        cursor: isSelected ? 0 : nil, width: width)
    }
  }
}
