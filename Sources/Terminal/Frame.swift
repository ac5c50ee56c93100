/// A terminal size in cells.
public struct Size: Hashable, Sendable {
  public var columns: Int
  public var rows: Int

  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }
}

/// One cell of the screen. A wide character fills its cell and marks the
/// next one as a continuation.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}

/// A whole screen as a grid of cells: what `view` returns and the backend
/// paints. Tests read it as text lines, never touching a terminal.
public struct Frame: Hashable, Sendable {
  public let size: Size
  public private(set) var cells: [Cell]
  /// How many lines of a long body are scrolled out above: a page key
  /// moves on from where the screen is, not from where it was asked to be.
  public var scrollOffset = 0
  /// Where the hardware cursor goes after painting: the focused item, so
  /// screen readers and braille displays follow it.
  public var cursor: (row: Int, column: Int)? {
    get { cursorRow.map { ($0, cursorColumn) } }
    set {
      cursorRow = newValue?.row
      cursorColumn = newValue?.column ?? 0
    }
  }
  /// The rows of the error summary: speech says them first (EN 301 549
  /// clause 5.1.3.15), the screen shows them under the title.
  public var errorSummaryRows: [Int] = []
  /// Body lines that did not fit (above and below): speech draws the
  /// screen again this much taller to say it whole.
  public var linesOutOfSight = 0
  /// How many rows at the bottom hold the key bar: two when its keys do not
  /// fit one (a mediator's extra key, a longer language).
  public var keyBarRows = 1
  private var cursorRow: Int?
  private var cursorColumn = 0

  public init(size: Size) {
    self.size = size
    self.cells = Array(repeating: .blank, count: max(0, size.columns * size.rows))
  }

  public subscript(row: Int, column: Int) -> Cell {
    get { cells[row * size.columns + column] }
    set { cells[row * size.columns + column] = newValue }
  }

  /// Writes `text` from (row, column), clipped at `maxWidth` columns and the
  /// right edge; returns the columns used.
  @discardableResult
  public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
    guard row >= 0, row < size.rows, column >= 0 else { return 0 }
    let limit = min(size.columns, column + (maxWidth ?? size.columns))
    var x = column
    // Marks of private values (`PrivateText`) are not drawn: they set the
    // cells' privacy, which speech reads.
    var style = style
    let privacy = style.privacy
    for character in text {
      if let kind = PrivateText.kind(openedBy: character) {
        style.privacy = kind
        continue
      }
      if PrivateText.isClosing(character) {
        style.privacy = privacy
        continue
      }
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if x + width > limit { break }
      self[row, x] = Cell(character, style: style)
      if width == 2 { self[row, x + 1] = Cell(" ", style: style, isContinuation: true) }
      x += width
    }
    return x - column
  }

  /// Fills a whole row with spaces in `style` (header and key bars).
  public mutating func fill(row: Int, style: Style) {
    guard row >= 0, row < size.rows else { return }
    for x in 0..<size.columns { self[row, x] = Cell(" ", style: style) }
  }

  /// The text of one row, trailing spaces removed.
  public func line(_ row: Int) -> String {
    var out = ""
    for x in 0..<size.columns where !self[row, x].isContinuation {
      out.append(self[row, x].character)
    }
    while out.last == " " || out.last == "\u{00A0}" { out.removeLast() }
    return out
  }

  /// Every row as text: what screen tests compare.
  public var lines: [String] { (0..<size.rows).map(line) }

  /// The text in reading order, blank lines folded: what a speech or
  /// braille mode would read.
  public var readingText: String {
    var out: [String] = []
    for line in lines {
      let trimmed = line.trimmingLeadingSpaces
      if trimmed.isEmpty {
        if out.last != "" { out.append("") }
      } else {
        out.append(trimmed)
      }
    }
    while out.last == "" { out.removeLast() }
    while out.first == "" { out.removeFirst() }
    return out.joined(separator: "\n")
  }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow
      && lhs.cursorColumn == rhs.cursorColumn
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(size)
    hasher.combine(cells)
  }
}

extension String {
  fileprivate var trimmingLeadingSpaces: String {
    String(drop { $0 == " " || $0 == "\u{00A0}" })
  }
}
