import Journeys
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
    case let .char(ch) where TextField.takes(ch, alphabet: allowed, draft: session.calculator.dateText):
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

  /// Events dated by a letter already received: never in the future.
  static let printedDateTriggers: Set<String> = ["letter_date", "decision_date", "questionnaire_date",
                                                 "orientation_date"]

  /// Dates outside these bounds are surely typing mistakes; a letter's
  /// date cannot be after today.
  static func bounds(_ c: ScreenContext) -> Question.DateBounds {
    let trigger = c.session.calculator.ruleID.flatMap { try? c.config.ruleBook.rule($0, on: c.today) }?.trigger
    let printed = trigger.map(printedDateTriggers.contains) ?? false
    return Question.DateBounds(
      earliest: CivilDate(year: c.today.year - oldestYears, month: 1, day: 1)!,
      latest: printed ? c.today : c.today.adding(days: 366),
      tooEarlyKey: "calc_date.error.old", tooLateKey: printed ? "calc_date.error.letter_future" : "calc_date.error.future")
  }

  static func validate(_ session: inout SessionState, _ c: ScreenContext) {
    var answers = session.calculator
    defer { session.calculator = answers }
    answers.dateProblem = nil
    switch InputValidation.date(answers.dateText, bounds(c)) {
    case let .failure(problem):
      answers.dateProblem = problem
    case let .success(value):
      guard case let .date(date) = value else { return }
      if let id = answers.ruleID, (try? c.config.ruleBook.rule(id, on: date)) == nil {
        answers.dateProblem = InputProblem("calc_date.error.not_in_force", ["date": .date(date)])
      } else {
        answers.date = date
        session.push(.calculatorResult)
      }
    }
  }
}
