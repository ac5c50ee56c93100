import Terminal
import WorkingDays

/// Month grids side by side. Each day is four columns; its mark is a
/// character, so the meaning survives monochrome and braille:
/// `(18)` start, `+21` counted, `*25` holiday, `[28]` last day, `=22` today.
struct MonthCalendar {
  let months: [MonthView]
  static let cell = 4
  static let gap = 4

  static func text(day: Int, mark: DayMark?) -> String {
    let n = day < 10 ? " \(day)" : "\(day)"
    switch mark {
    case .start: return "(\(n))"
    case .due: return "[\(n)]"
    case .counted: return "+\(n) "
    case .holiday: return "*\(n) "
    case .today: return "=\(n) "
    case .skipped, nil: return " \(n) "
    }
  }

  static func style(_ mark: DayMark?, weekend: Bool) -> Style {
    switch mark {
    case .due: return Style(.danger, bold: true)
    case .start: return Style(.accent, bold: true)
    case .counted: return Style(.ok, bold: true)
    case .holiday: return Style(.warning)
    case .today: return Style(.accent, underline: true)
    case .skipped, nil: return weekend ? Style(.muted) : Style(.normal)
    }
  }

  func lines(width: Int) -> [Renderer.BodyLine] {
    let monthWidth = 7 * Self.cell
    let perRow = max(1, min(months.count, (width + Self.gap) / (monthWidth + Self.gap)))
    var out: [Renderer.BodyLine] = []
    var index = 0
    while index < months.count {
      let group = Array(months[index..<min(months.count, index + perRow)])
      out += linesFor(group)
      index += perRow
    }
    return out
  }

  private func linesFor(_ group: [MonthView]) -> [Renderer.BodyLine] {
    let monthWidth = 7 * Self.cell
    var rows = Array(repeating: Renderer.BodyLine(), count: 8)
    var usedRows = 2
    for (i, month) in group.enumerated() {
      let x = i * (monthWidth + Self.gap)
      rows[0].pieces.append((month.title, Style(.normal, bold: true), x))
      // Names come short from the catalog (a prefix is ambiguous in many
      // languages: "se" is Monday and Friday in Portuguese); padded to two columns.
      let header = month.weekdayNames.map { " \($0)\(String(repeating: " ", count: max(0, 2 - DisplayWidth.of($0)))) " }.joined()
      rows[1].pieces.append((header, Style(.muted), x))
      let first = CivilDate(year: month.year, month: month.month, day: 1)!
      let offset = first.weekday.rawValue - 1
      let days = CivilDate.daysInMonth(year: month.year, month: month.month)
      for day in 1...days {
        let slot = offset + day - 1
        let row = 2 + slot / 7
        let column = x + (slot % 7) * Self.cell
        let weekend = slot % 7 >= 5
        rows[row].pieces.append((Self.text(day: day, mark: month.marks[day]), Self.style(month.marks[day], weekend: weekend), column))
        usedRows = max(usedRows, row + 1)
      }
    }
    return Array(rows.prefix(usedRows))
  }
}
