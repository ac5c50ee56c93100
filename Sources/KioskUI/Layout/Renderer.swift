import DocumentImaging
import Terminal

/// Lays a `ScreenContent` out on a frame:
///
///     row 0       site name (header bar)
///     row 1       journey — progress
///     row 2       ────────
///     rows 3…     title, error summary, body (scrolls when too long)
///     row n-2     ────────
///     row n-1     key bar
///
/// The cursor is left on the focused item (the selected choice or the end
/// of the field), never hidden, for screen readers and braille displays.
public struct Renderer: Sendable {
  public let glyphs: Glyphs
  public let siteName: String
  public static let margin = 2

  public init(glyphs: Glyphs, siteName: String) {
    self.glyphs = glyphs
    self.siteName = siteName
  }

  /// A line of the body before scrolling: styled pieces, and whether the
  /// cursor belongs on it.
  struct BodyLine {
    var pieces: [(text: String, style: Style, column: Int)] = []
    var cursorColumn: Int?
    /// A line of the error summary (speech says it first).
    var isErrorSummary = false
    init(_ text: String = "", style: Style = .plain, column: Int = 0, cursor: Int? = nil) {
      if !text.isEmpty { pieces = [(text, style, column)] }
      cursorColumn = cursor
    }

    /// A marked item ("› 1  Label", "[x] Item"): the prefix, then the text
    /// wrapped with a hanging indent so every line starts under the text.
    static func marked(
      prefix: String, prefixStyle: Style, text: String, textStyle: Style, cursor: Int?, width: Int
    ) -> [BodyLine] {
      let indent = DisplayWidth.of(prefix)
      let wrapped = TextWrap.lines(text, width: width - indent)
      var first = BodyLine(prefix, style: prefixStyle, cursor: cursor)
      first.pieces.append((wrapped.first ?? "", textStyle, indent))
      return [first] + wrapped.dropFirst().map { BodyLine($0, style: textStyle, column: indent) }
    }
  }

  /// `scroll` nil keeps the focused line in sight; a number is where the
  /// person paged to, honoured even past the focus, so Page Down reaches
  /// what lies below a list (the mediator's sources…).
  public func render(_ content: ScreenContent, size: Size, scroll: Int? = nil) -> Frame {
    var frame = Frame(size: size)
    let width = size.columns - 2 * Self.margin
    // The body stops one column short of the "more above/below" marks, so
    // a word never runs into them ("monthly▲").
    let bodyWidth = width - 1
    frame.fill(row: 0, style: Style(.header, bold: true))
    frame.put(" " + siteName, row: 0, column: 0, style: Style(.header, bold: true))
    if let badge = content.badge {
      // Inverse on the header, with words: seen without colour too.
      let text = " \(badge) "
      frame.put(text, row: 0, column: max(0, size.columns - DisplayWidth.of(text)), style: Style(.warning, bold: true))
    }
    let journey = [content.journey, content.progress].compactMap { $0 }.joined(separator: " — ")
    frame.put(journey, row: 1, column: Self.margin, style: Style(.accent, bold: true), maxWidth: width)
    frame.put(String(repeating: glyphs.horizontal, count: size.columns), row: 2, column: 0, style: Style(.muted))
    let keyRows = Self.keyBarRows(content.keys, columns: size.columns)
    frame.keyBarRows = keyRows.count
    frame.put(String(repeating: glyphs.horizontal, count: size.columns), row: size.rows - 1 - keyRows.count, column: 0,
              style: Style(.muted))
    for (i, keys) in keyRows.enumerated() {
      drawKeyBar(keys, row: size.rows - keyRows.count + i, into: &frame)
    }

    var body: [BodyLine] = []
    for line in TextWrap.lines(content.title, width: bodyWidth) {
      body.append(BodyLine(line, style: Style(.normal, bold: true)))
    }
    if !content.errorSummary.isEmpty {
      body.append(BodyLine())
      for problem in content.errorSummary {
        for line in TextWrap.lines(problem, width: bodyWidth) {
          var summary = BodyLine(line, style: Style(.danger, bold: true))
          summary.isErrorSummary = true
          body.append(summary)
        }
      }
    }
    var separators: [Int] = []
    for block in content.blocks {
      separators.append(body.count)
      body.append(BodyLine())
      body += lines(for: block, width: bodyWidth)
    }
    // A choice or field below the screen's end: drop the blank lines between
    // blocks, from the bottom up, so the title and dates stay in sight with
    // it. Reading screens (no focus) keep their spacing and scroll.
    let height = size.rows - 4 - keyRows.count
    while let focus = body.firstIndex(where: { $0.cursorColumn != nil }), focus >= height,
      let separator = separators.popLast()
    {
      body.remove(at: separator)
    }
    placeBody(body, into: &frame, scroll: scroll)
    return frame
  }

  /// The key bar's rows: one when every key fits (two spaces apart, or
  /// one), else two, split where the first row is full, so no key falls
  /// off the screen ("Entrée Valider" in mediator mode).
  static func keyBarRows(_ keys: [KeyHint], columns: Int) -> [[KeyHint]] {
    let widths = keys.map { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.label) }
    func fits(_ range: Range<Int>) -> Bool { 1 + widths[range].reduce(0, +) + max(0, range.count - 1) <= columns }
    if fits(0..<keys.count) { return [keys] }
    var split = 0
    while split < keys.count, fits(0..<(split + 1)) { split += 1 }
    return [Array(keys[..<split]), Array(keys[split...])]
  }

  private func drawKeyBar(_ keys: [KeyHint], row: Int, into frame: inout Frame) {
    frame.fill(row: row, style: Style(.keyBar))
    var column = 1
    // Two spaces between keys, one when that makes them all fit.
    let widths = keys.map { DisplayWidth.of($0.key) + 1 + DisplayWidth.of($0.label) }
    let gap = 1 + widths.reduce(0, +) + 2 * max(0, widths.count - 1) <= frame.size.columns ? 2 : 1
    for hint in keys {
      let needed = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
      if column + needed > frame.size.columns { break }
      column += frame.put(hint.key, row: row, column: column, style: Style(.keyBar, bold: true))
      column += frame.put(" " + hint.label, row: row, column: column, style: Style(.keyBar))
      column += gap
    }
  }

  /// Puts the body lines between the rules, scrolled so the focused line
  /// shows, with "more above/below" marks when it does not all fit.
  private func placeBody(_ body: [BodyLine], into frame: inout Frame, scroll: Int?) {
    let top = 3
    let height = frame.size.rows - 4 - frame.keyBarRows
    guard height > 0 else { return }
    var offset = max(0, min(scroll ?? 0, body.count - height))
    if scroll == nil, let focus = body.firstIndex(where: { $0.cursorColumn != nil }) {
      if focus < offset { offset = focus }
      if focus >= offset + height { offset = focus - height + 1 }
    }
    frame.scrollOffset = offset
    frame.linesOutOfSight = max(0, body.count - height)
    let moreAbove = offset > 0
    let moreBelow = offset + height < body.count
    for (i, line) in body.dropFirst(offset).prefix(height).enumerated() {
      let row = top + i
      for piece in line.pieces {
        frame.put(piece.text, row: row, column: Self.margin + piece.column, style: piece.style,
                  maxWidth: frame.size.columns - 2 * Self.margin - piece.column)
      }
      if let cursor = line.cursorColumn { frame.cursor = (row, Self.margin + cursor) }
      if line.isErrorSummary { frame.errorSummaryRows.append(row) }
    }
    if moreAbove {
      frame.put(glyphs.moreAbove, row: top, column: frame.size.columns - 2, style: Style(.accent, bold: true))
    }
    if moreBelow {
      frame.put(glyphs.moreBelow, row: top + height - 1, column: frame.size.columns - 2, style: Style(.accent, bold: true))
    }
    if frame.cursor == nil { frame.cursor = (top, Self.margin) }
  }

  func lines(for block: Block, width: Int) -> [BodyLine] {
    switch block {
    case .spacer:
      return []
    case let .paragraph(text, style):
      return TextWrap.lines(text, width: width).map { BodyLine($0, style: style) }
    case let .bullets(items):
      return items.flatMap { item in
        TextWrap.lines(item, width: width - 2).enumerated().map { index, line in
          BodyLine((index == 0 ? "\(glyphs.bullet) " : "  ") + line)
        }
      }
    case let .choices(labels, selected):
      return ChoiceList(labels: labels, selected: selected, glyphs: glyphs).lines(width: width)
    case let .checklist(items, checked, selected):
      return Checklist(items: items, checked: checked, selected: selected, glyphs: glyphs).lines(width: width)
    case let .field(label, hint, value, error):
      return TextField(label: label, hint: hint, value: value, error: error).lines(width: width)
    case let .status(word, text, role):
      var line = BodyLine(" \(word) ", style: Style(role, bold: true, reverse: role == .accent))
      let used = DisplayWidth.of(word) + 3
      let wrapped = TextWrap.lines(text, width: width - used)
      if let first = wrapped.first { line.pieces.append((first, Style(.normal, bold: true), used)) }
      return [line] + wrapped.dropFirst().map { BodyLine($0, style: Style(.normal, bold: true), column: used) }
    case let .picture(thumbnail):
      return thumbnail.levels.map { row in
        BodyLine(String(glyphs.vertical) + String(row.map { glyphs.shades[Int(min($0, 4))] }) + String(glyphs.vertical),
                 style: Style(.normal), column: 2)
      }
    case let .calendar(months, legend):
      return MonthCalendar(months: months).lines(width: width)
        + TextWrap.lines(legend, width: width).map { BodyLine($0, style: Style(.muted)) }
    }
  }
}
