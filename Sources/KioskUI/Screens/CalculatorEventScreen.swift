import Obligations
import Terminal

/// Deadline calculator, step 1: what happened?
enum CalculatorEventScreen {
  /// Rules whose deadline starts from a date the person knows (the monthly
  /// declaration has its own entry on the home menu; explanations set no
  /// date).
  static func rules(_ c: ScreenContext) -> [Rule] {
    c.config.ruleBook.rulesInForce(on: c.today).filter { rule in
      switch rule.unit {
      case .workingDays, .ouvrables, .calendarDays, .hours, .months: return true
      case .fixedDate, .none: return false
      }
    }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("calc.journey"), progress: c.text("progress", ["step": "1", "total": "3"]),
                                title: c.text("calc_event.title"))
    let list = rules(c)
    let current = c.session.selection[.calculatorEvent]
      ?? list.firstIndex { $0.id == c.session.calculator.ruleID } ?? 0
    content.blocks = [.choices(list.map { c.text("calc.event.\($0.id)") }, selected: current)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let list = rules(c)
    return .choice(key, count: list.count, route: .calculatorEvent, session: &session) { index, session in
      if session.calculator.ruleID != list[index].id {
        session.calculator.ruleID = list[index].id
        session.calculator.date = nil
        session.calculator.dateText = ""
      }
      session.calculator.dateProblem = nil
      session.push(.calculatorDate)
      return .handled
    }
  }
}
