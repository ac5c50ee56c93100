import Terminal

/// Numbered choices: "1  Calculer une date limite". The selected one has a
/// mark (`›` or `>`) and reverse video, and the cursor: never colour alone.
struct ChoiceList {
  let labels: [String]
  let selected: Int
  let glyphs: Glyphs

  func lines(width: Int) -> [Renderer.BodyLine] {
    // Numbers right-aligned, so the labels of 9 and 10 start in one column.
    let digits = String(labels.count).count
    return labels.enumerated().flatMap { index, label in
      let isSelected = index == selected
      let number = String(index + 1)
      let padded = String(repeating: " ", count: digits - number.count) + number
      return Renderer.BodyLine.marked(
        prefix: (isSelected ? glyphs.selected : " ") + " \(padded)  ", prefixStyle: Style(.accent, bold: true),
        text: label, textStyle: isSelected ? Style(.accent, bold: true, reverse: true) : Style(.normal),
        cursor: isSelected ? 0 : nil, width: width)
    }
  }
}
