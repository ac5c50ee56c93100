import Terminal

/// Things to tick: "[x] Ma pièce d'identité". The tick is text, the line
/// with the cursor has the selection mark; Space ticks, arrows move.
struct Checklist {
  let items: [String]
  let checked: Set<Int>
  let selected: Int
  let glyphs: Glyphs

  func lines(width: Int) -> [Renderer.BodyLine] {
    items.enumerated().flatMap { index, item in
      let isSelected = index == selected
      let box = checked.contains(index) ? glyphs.checked : glyphs.unchecked
      return Renderer.BodyLine.marked(
        prefix: (isSelected ? glyphs.selected : " ") + " " + box + " ", prefixStyle: Style(.accent, bold: true),
        text: item, textStyle: isSelected ? Style(.normal, bold: true) : Style(.normal),
        cursor: isSelected ? 2 : nil, width: width)
    }
  }
}

/// Keys of a checklist: Space (or Enter on an item) ticks, arrows move.
public enum ChecklistInput {
  public struct State: Hashable, Sendable {
    public var checked: Set<Int> = []
    public var selected = 0
    public init() {}
  }

  /// Returns true when the key was for the checklist.
  public static func handle(_ key: Key, count: Int, state: inout State) -> Bool {
    guard count > 0 else { return false }
    switch key {
    case .char(" "):
      if state.checked.contains(state.selected) { state.checked.remove(state.selected) } else {
        state.checked.insert(state.selected)
      }
    case .down, .tab: state.selected = (state.selected + 1) % count
    case .up, .backTab: state.selected = (state.selected + count - 1) % count
    default: return false
    }
    return true
  }
}
