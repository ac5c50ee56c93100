/// The runs of cells that changed between two frames: the backend paints
/// only these, so a key press redraws a few cells, not the whole screen.
public struct FrameRun: Hashable, Sendable {
  public let row: Int
  public let column: Int
  public let text: String
  public let style: Style

  public init(row: Int, column: Int, text: String, style: Style) {
    self.row = row
    self.column = column
    self.text = text
    self.style = style
  }
}

public enum FrameDiff {
  /// Changed cells grouped into runs of the same style on one row. With no
  /// previous frame (or another size), every non-blank run is returned.
  public static func runs(from old: Frame?, to new: Frame) -> [FrameRun] {
    let full = old == nil || old!.size != new.size
    var runs: [FrameRun] = []
    for row in 0..<new.size.rows {
      var column = 0
      while column < new.size.columns {
        let cell = new[row, column]
        if !full, old![row, column] == cell {
          column += 1
          continue
        }
        // Start a run here; extend it over changed cells of the same style.
        let start = column
        var text = ""
        let style = cell.style
        while column < new.size.columns {
          let c = new[row, column]
          let changed = full || old![row, column] != c
          if !changed || c.style != style { break }
          if !c.isContinuation { text.append(c.character) }
          column += 1
        }
        if column == start {
          // A continuation cell whose style differs: skip it.
          column += 1
          continue
        }
        runs.append(FrameRun(row: row, column: start, text: text, style: style))
      }
    }
    return runs
  }
}
