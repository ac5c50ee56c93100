import Journeys
import Terminal
import KioskConfig
import Obligations
import WorkingDays

/// The journeys the kiosk offers, built for today and this kiosk.
enum JourneyRegistry {
  static let riskID = "risk"
  static let monthlyID = "monthly"

  static func definition(_ id: String, _ c: ScreenContext) -> any JourneyDefinition {
    switch id {
    case monthlyID: return monthly(c)
    default: return RiskCheckJourney(calendar: c.config.ruleBook.declarationCalendar,
                                     department: c.config.site.department.code)
    }
  }

  /// The month to declare: the window open today, or the next to open.
  static func monthly(_ c: ScreenContext) -> MonthlyDeclarationJourney {
    MonthlyDeclarationJourney(month: c.config.ruleBook.declarationCalendar.currentOrNextWindow(on: c.today).month)
  }

  static func context(_ c: ScreenContext) -> JourneyContext { JourneyContext(today: c.today) }

  /// Starts (or resumes) a journey and shows it.
  static func open(_ id: String, _ session: inout SessionState, _ c: ScreenContext) {
    if session.journeys[id] == nil {
      let journey = definition(id, c)
      session.journeys[id] = JourneyProgress(
        journeyID: id, first: journey.questions(for: Answers(), context: context(c)).first)
    }
    session.activeJourney = id
    session.push(.journey)
  }

  /// The ranked deadlines of the active journey's answers.
  static func assessment(_ c: ScreenContext) -> RiskAssessment? {
    guard let id = c.session.activeJourney, let progress = c.session.journeys[id] else { return nil }
    let today = c.today
    switch id {
    case monthlyID:
      return declarationSummary(c)?.assessment
    default:
      let journey = RiskCheckJourney(calendar: c.config.ruleBook.declarationCalendar,
                                     department: c.config.site.department.code)
      return try? RiskAssessor(ruleBook: c.config.ruleBook, thresholds: c.config.site.thresholds)
        .assess(journey.situation(from: progress.answers, today: today), today: today)
    }
  }

  static func declarationSummary(_ c: ScreenContext) -> DeclarationSummary? {
    guard let progress = c.session.journeys[monthlyID] else { return nil }
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
