import Obligations
import Terminal
import Wording

/// "Why this date?": the calendar with the counted days, how it was
/// counted, the count day by day, and the rule's source and confidence.
/// A reading screen: arrows and Page Down scroll, Enter or Esc go back.
enum CalculatorWhyScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    guard let risk = CalculatorResultScreen.result(c) else {
      return ScreenContent(journey: c.text("calc.journey"), title: c.text("calc_why.title"))
    }
    return content(risk.deadline, journey: c.text("calc.journey"), c)
  }

  /// The "why?" page of any deadline.
  static func content(_ deadline: Deadline, journey: String, _ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: journey, title: c.text("calc_why.title"))
    let wording = DeadlineWording(catalog: c.catalog)
    let fixed = deadline.rule.unit == .fixedDate
    let months = CalculatorResultScreen.months(deadline, c)
    var blocks: [Block] = [.calendar(months, legend: CalendarLegend.text(months, window: fixed, c))]
    blocks += wording.explanation(deadline).map { .paragraph($0) }
    if deadline.rule.unit != .months && !fixed && !deadline.days.isEmpty {
      blocks.append(.paragraph(c.text("calc_why.days"), Style(.normal, bold: true)))
      blocks.append(.bullets(wording.trace(deadline)))
    }
    // The legal source and its confidence are for the mediator.
    blocks += c.sourceBlocks([deadline.rule])
    blocks.append(.paragraph(c.text("calc_why.back"), Style(.accent, bold: true)))
    content.blocks = blocks
    return content
  }

  /// Enter goes back, like Esc: a reading screen.
  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard key == .enter else { return .ignored }
    session.back()
    return .handled
  }
}

/// What to do before the due date, from the rule's data.
enum CalculatorTodoScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("calc.journey"), title: c.text("calc_result.todo"))
    guard let risk = CalculatorResultScreen.result(c) else { return content }
    var blocks: [Block] = [.bullets(risk.rule.actionKeys.map { c.text($0) })]
    blocks += risk.rule.noteKeys.map { .paragraph(c.text($0)) }
    blocks.append(.paragraph(c.text("calc_todo.person"), Style(.accent, bold: true)))
    blocks.append(.choices([c.text("action.back")], selected: 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .backOnly(key, route: .calculatorTodo, session: &session)
  }
}
