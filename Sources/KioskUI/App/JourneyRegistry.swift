import Journeys
import Terminal
import KioskConfig
import Obligations
import WorkingDays

/// The journeys of questions, built for today and this kiosk (which ones
/// exist, and what they lead to: `Journey`).
enum JourneyRegistry {
  /// The month to declare: the window open today, or the next to open.
  static func monthly(_ c: ScreenContext) -> MonthlyDeclarationJourney {
    MonthlyDeclarationJourney(month: c.config.ruleBook.declarationCalendar.currentOrNextWindow(on: c.today).month)
  }

  static func context(_ c: ScreenContext) -> JourneyContext { JourneyContext(today: c.today) }

  /// Starts (or resumes) a journey of questions and shows it; a journey
  /// made of its own screens has nothing to resume here.
  static func open(_ journey: Journey, _ session: inout SessionState, _ c: ScreenContext) {
    guard let flow = journey.questions(c) else { return }
    if session.journeys[journey] == nil {
      session.journeys[journey] = JourneyProgress(
        first: flow.definition.questions(for: Answers(), context: context(c)).first)
    }
    session.activeJourney = journey
    session.push(.journey)
  }

  /// The ranked deadlines of the active journey's answers.
  static func assessment(_ c: ScreenContext) -> RiskAssessment? {
    guard let journey = c.session.activeJourney, let progress = c.session.journeys[journey] else { return nil }
    let today = c.today
    switch journey {
    case .declaration:
      return declarationSummary(c)?.assessment
    case .risk:
      let check = RiskCheckJourney(calendar: c.config.ruleBook.declarationCalendar,
                                   department: c.config.site.department.code)
      return try? RiskAssessor(ruleBook: c.config.ruleBook, thresholds: c.config.site.thresholds)
        .assess(check.situation(from: progress.answers, today: today), today: today)
    case .document, .appointment, .calculator:
      return nil
    }
  }

  static func declarationSummary(_ c: ScreenContext) -> DeclarationSummary? {
    guard let progress = c.session.journeys[.declaration] else { return nil }
    return try? DeclarationSummary(
      answers: progress.answers, journey: monthly(c), ruleBook: c.config.ruleBook,
      thresholds: c.config.site.thresholds, department: c.config.site.department.code, today: c.today)
  }
}

extension ScreenContext {
  /// A question's sentence with its arguments formatted in the language.
  func text(_ key: String, _ arguments: [String: TextArgument]) -> String {
    text(key, arguments.mapValues(format))
  }

  func format(_ argument: TextArgument) -> String {
    switch argument {
    case let .text(s): return s
    case let .number(n): return String(n)
    case let .date(d): return catalog.longDate(d)
    case let .month(m): return catalog.monthName(m)
    case let .monthOfYear(m): return catalog.text("date.month.\(m)")
    }
  }

  /// An answer as the check page shows it.
  func format(_ value: AnswerValue, for question: Question) -> String {
    switch value {
    case let .choice(id):
      if case let .choice(options) = question.kind, let option = options.first(where: { $0.id == id }) {
        return text(option.labelKey)
      }
      return id
    case let .date(d): return PrivateText.mark(catalog.longDate(d), as: .date)
    case let .number(n):
      if case let .number(_, _, unit) = question.kind { return PrivateText.mark(catalog.count(n, unit), as: .answer) }
      return PrivateText.mark(String(n), as: .answer)
    case let .amount(cents): return PrivateText.mark(catalog.amount(cents: cents), as: .amount)
    }
  }
}
