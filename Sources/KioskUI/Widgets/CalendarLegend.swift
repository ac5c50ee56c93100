import Terminal

/// The legend under a calendar, built from the marks actually drawn: each
/// kind of mark once, shown on the first day that carries it, so the legend
/// never names a day the calendar does not mark.
enum CalendarLegend {
  /// The marks in the order the legend reads them.
  static let order: [DayMark] = [.start, .counted, .holiday, .today, .due]

  static func text(_ months: [MonthView], window: Bool, _ c: ScreenContext) -> String {
    var parts: [String] = []
    for kind in order {
      let first = months.lazy.compactMap { month in
        month.marks.filter { $0.value == kind }.keys.min().map { (month, $0) }
      }.first
      guard let (_, day) = first else { continue }
      let sample = MonthCalendar.text(day: day, mark: kind).trimmingCharacters(in: .whitespaces)
      parts.append("\(sample) \(c.text(label(kind, window: window)))")
    }
    return parts.joined(separator: " · ")
  }

  static func label(_ kind: DayMark, window: Bool) -> String {
    switch kind {
    case .start: return window ? "calendar.mark.opens" : "calendar.mark.start"
    case .counted: return window ? "calendar.mark.can_declare" : "calendar.mark.counted"
    case .holiday: return "calendar.mark.holiday"
    case .today: return "calendar.mark.today"
    case .due: return "calendar.mark.due"
    case .skipped: return "calendar.mark.skipped"
    }
  }
}
