import Terminal

/// Things to tick: "[x] Ma pièce d'identité". The tick is text, the line
/// with the cursor has the selection mark; Space ticks, arrows move.
struct Checklist {
  let items: [String]
  let checked: Set<Int>
  let selected: Int
  let glyphs: Glyphs

  func lines(width: Int) -> [Renderer.BodyLine] {
    var out: [Renderer.BodyLine] = []
    for (index, item) in items.enumerated() {
      let isSelected = index == selected
      let box = checked.contains(index) ? glyphs.checked : glyphs.unchecked
      let prefix = (isSelected ? glyphs.selected : " ") + " " + box + " "
      let indent = DisplayWidth.of(prefix)
      let wrapped = TextWrap.lines(item, width: width - indent)
      var first = Renderer.BodyLine(prefix, style: Style(.accent, bold: true), cursor: isSelected ? 2 : nil)
      first.pieces.append((wrapped.first ?? "", isSelected ? Style(.normal, bold: true) : Style(.normal), indent))
      out.append(first)
      out += wrapped.dropFirst().map { Renderer.BodyLine($0, column: indent) }
    }
    return out
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
