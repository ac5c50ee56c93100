import Obligations
import Terminal
import WorkingDays
import Wording

/// Deadline calculator, step 3: the due date written out, how close it is
/// (a word, not only a colour), the calendar with the counted days, what
/// happens if missed and what to do.
enum CalculatorResultScreen {
  enum Item: CaseIterable { case todo, why, another, home }

  /// The deadline and its risk for the session's answers; nil when the
  /// answers are incomplete (never shown then).
  static func result(_ c: ScreenContext) -> Risk? {
    let answers = c.session.calculator
    guard let id = answers.ruleID, let date = answers.date else { return nil }
    let calculator = c.calculator
    guard let deadline = try? calculator.deadline(id, from: date) else { return nil }
    let window = c.config.ruleBook.declarationCalendar.window(for: YearMonth(deadline.from))
    let monthly = deadline.rule.unit == .fixedDate
    let subject: RiskSubject = monthly ? .monthlyDeclaration(window.month, window: window) : .rule
    return RiskAssessor(ruleBook: c.config.ruleBook, thresholds: c.config.site.thresholds)
      .risk(subject, deadline, today: c.today, counter: calculator.counter, actionableFrom: monthly ? window.opens : nil)
  }

  static func statusRole(_ status: RiskStatus) -> ColorRole {
    switch status {
    case .overdue, .today: return .danger
    case .urgent, .soon: return .warning
    case .toDo: return .accent
    case .fine: return .ok
    }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    let monthly = c.session.calculator.ruleID == RiskAssessor.RuleID.monthlyDeclaration
    var content = ScreenContent(journey: c.text(monthly ? "monthly.journey" : "calc.journey"),
                                progress: monthly ? nil : c.text("progress", ["step": "3", "total": "3"]),
                                title: "")
    guard let risk = result(c) else {
      content.title = c.text("calc_result.missing")
      content.blocks = [.choices([c.text("calc_result.home")], selected: 0)]
      return content
    }
    let wording = c.riskWording
    let deadline = risk.deadline
    content.title = wording.deadlines.title(deadline.rule)
    var blocks: [Block] = [
      .status(word: wording.statusWord(risk.status), text: c.text("risk.due", ["due": c.catalog.longDate(deadline.due)]),
              role: statusRole(risk.status)),
      .paragraph(wording.timeLeft(risk)),
    ]
    if monthly, deadline.from > c.today {
      blocks.append(.paragraph(c.text("risk.window_not_open", ["opens": c.catalog.longDate(deadline.from)])))
    }
    blocks.append(.paragraph(wording.consequence(risk)))
    if deadline.rule.confidence != .high {
      blocks.append(.paragraph(c.text("note.confidence.\(deadline.rule.confidence.rawValue)"), Style(.warning, bold: true)))
    }
    blocks += c.sourceBlocks([deadline.rule])
    let labels = [c.text("calc_result.todo_choice"), c.text("calc_result.why"),
                  c.text(monthly ? "calc_result.calculator" : "calc_result.another"), c.text("calc_result.home")]
    blocks.append(.choices(labels, selected: c.session.selection[.calculatorResult] ?? 0))
    content.blocks = blocks
    return content
  }

  /// The start month and the due month (one when they are the same; only
  /// the due month when the count spans more than two months).
  static func months(_ deadline: Deadline, _ c: ScreenContext) -> [MonthView] {
    let names = (1...7).map { c.catalog.text("date.weekday_short.\($0)") }
    var marks: [YearMonth: [Int: DayMark]] = [:]
    func mark(_ date: CivilDate, _ m: DayMark) { marks[YearMonth(date), default: [:]][date.day] = m }
    let first = YearMonth(deadline.from)
    let last = YearMonth(deadline.due)
    let shown = first == last ? [last] : (first.adding(months: 1) == last ? [first, last] : [last])
    for day in deadline.days {
      switch day.kind {
      case .counted: mark(day.date, .counted)
      case .holiday: mark(day.date, .holiday)
      case .weekend: mark(day.date, .skipped)
      }
    }
    if YearMonth(c.today) == first || YearMonth(c.today) == last { mark(c.today, .today) }
    mark(deadline.from, .start)
    mark(deadline.due, .due)
    return shown.map { month in
      MonthView(title: c.catalog.monthName(month), year: month.year, month: month.month, weekdayNames: names,
                marks: marks[month] ?? [:])
    }
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard result(c) != nil else {
      return .choice(key, count: 1, route: .calculatorResult, session: &session) { _, session in
        session.goHome()
        return .handled
      }
    }
    return .choice(key, count: Item.allCases.count, route: .calculatorResult, session: &session) { index, session in
      switch Item.allCases[index] {
      case .todo: session.push(.calculatorTodo)
      case .why: session.push(.calculatorWhy)
      case .another:
        session.stack = [.start, .language, .home, .calculatorEvent]
        session.selection[.calculatorResult] = nil
      case .home: session.goHome()
      }
      return .handled
    }
  }
}
