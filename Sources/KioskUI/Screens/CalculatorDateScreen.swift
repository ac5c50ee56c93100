import Obligations
import Terminal
import WorkingDays

/// Deadline calculator, step 2: the date of the event. What was typed is
/// kept as typed, even when refused, and the error says what to type.
enum CalculatorDateScreen {
  static let allowed: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "/", " ", "-", "."]
  static let maxLength = 16
  /// Dates further back than this are surely a typing mistake.
  static let oldestYears = 5

  static func content(_ c: ScreenContext) -> ScreenContent {
    let answers = c.session.calculator
    let id = answers.ruleID ?? ""
    var content = ScreenContent(journey: c.text("calc.journey"), progress: c.text("progress", ["step": "2", "total": "3"]),
                                title: c.text("calc.question.\(id)"))
    let error = answers.dateProblem.map { c.text($0.key, $0.arguments) }
    if let error { content.errorSummary = [c.text("error.summary"), error] }
    content.blocks = [
      .field(label: c.text("calc_date.label"), hint: c.text("calc_date.hint"), value: answers.dateText, error: error),
      .paragraph(c.text("calc_date.enter")),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    switch key {
    case let .char(ch) where allowed.contains(ch):
      if session.calculator.dateText.count < maxLength { session.calculator.dateText.append(ch) }
      return .handled
    case .backspace, .delete:
      guard !session.calculator.dateText.isEmpty else { return .ignored }
      session.calculator.dateText.removeLast()
      return .handled
    case .enter:
      validate(&session, c)
      return .handled
    default:
      return .ignored
    }
  }

  static func validate(_ session: inout SessionState, _ c: ScreenContext) {
    typealias Problem = CalculatorAnswers.Problem
    var answers = session.calculator
    defer { session.calculator = answers }
    answers.dateProblem = nil
    switch DateInputParser.parse(answers.dateText) {
    case let .failure(problem):
      answers.dateProblem = Self.problem(problem, c)
    case let .success(date):
      if date > c.today.adding(days: 366) {
        answers.dateProblem = Problem(key: "calc_date.error.future", arguments: ["date": c.catalog.longDate(date)])
      } else if date.year < c.today.year - oldestYears {
        answers.dateProblem = Problem(key: "calc_date.error.old", arguments: ["year": String(date.year)])
      } else if let id = answers.ruleID, (try? c.config.ruleBook.rule(id, on: date)) == nil {
        answers.dateProblem = Problem(key: "calc_date.error.not_in_force", arguments: ["date": c.catalog.longDate(date)])
      } else {
        answers.date = date
        session.push(.calculatorResult)
      }
    }
  }

  static func problem(_ problem: DateInputParser.Problem, _ c: ScreenContext) -> CalculatorAnswers.Problem {
    switch problem {
    case .empty: return .init(key: "calc_date.error.empty", arguments: [:])
    case .unreadable: return .init(key: "calc_date.error.unreadable", arguments: [:])
    case let .noSuchDay(day, month, _):
      return .init(key: "calc_date.error.no_such_day",
                   arguments: ["day": String(day), "month": c.catalog.text("date.month.\(month)")])
    case let .noSuchMonth(month): return .init(key: "calc_date.error.no_such_month", arguments: ["month": String(month)])
    case .shortYear: return .init(key: "calc_date.error.short_year", arguments: [:])
    case let .yearOutOfRange(year): return .init(key: "calc_date.error.year", arguments: ["year": String(year)])
    }
  }
}
