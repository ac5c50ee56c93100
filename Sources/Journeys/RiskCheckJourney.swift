import Obligations
import WorkingDays

/// "Est-ce que je risque d'être radié ?": asks only what the rules need,
/// then builds the `Situation` the risk check reads.
public struct RiskCheckJourney: JourneyDefinition {
  public let id = "risk"
  public let titleKey = "risk.journey"
  public let calendar: DeclarationCalendar
  public let department: String

  public init(calendar: DeclarationCalendar, department: String) {
    self.calendar = calendar
    self.department = department
  }

  /// The month whose declaration window opened last, on or before today.
  public func lastOpenedMonth(today: CivilDate) -> YearMonth {
    var month = YearMonth(today)
    while calendar.window(for: month).opens > today { month = month.adding(months: -1) }
    return month
  }

  public func questions(for a: Answers, context: JourneyContext) -> [Question] {
    let today = context.today
    func dateQuestion(_ id: String, _ key: String, from: CivilDate, to: CivilDate, summary: String) -> Question {
      Question(id: id, textKey: key, hintKey: "input.date_hint",
               kind: .date(.init(earliest: from, latest: to, tooEarlyKey: "input.error.too_early",
                                 tooLateKey: "input.error.too_late")), summaryKey: summary)
    }
    var q: [Question] = [
      Question(id: "benefit", textKey: "risk.q.benefit",
               kind: .choice([.init("allowance", "risk.benefit.allowance"), .init("rsa", "risk.benefit.rsa"),
                              .init("none", "risk.benefit.none"), .init("unknown", "answer.unknown")]),
               summaryKey: "risk.s.benefit"),
      Question(id: "declared", textKey: "risk.q.declared", arguments: ["month": .month(lastOpenedMonth(today: today))],
               kind: .choice([.init("yes", "answer.yes"), .init("no", "answer.no"), .init("unknown", "answer.unknown")]),
               summaryKey: "risk.s.declared"),
      .yesNo("training", "risk.q.training", summary: "risk.s.training"),
    ]
    if a.isYes("training") {
      q.append(dateQuestion("training.end", "risk.q.training_end", from: today.adding(days: -90),
                            to: today.adding(days: 90), summary: "risk.s.training_end"))
    }
    // Each event: a yes/no question, then its date when "yes".
    let events: [(id: String, from: CivilDate, to: CivilDate)] = [
      ("appointment", today, today.adding(days: 365)),
      ("missed", today.adding(days: -365), today),
      ("letter", today.adding(days: -180), today),
      ("decision", today.adding(days: -730), today),
    ]
    for event in events {
      q.append(.yesNo(event.id, "risk.q.\(event.id)", summary: "risk.s.\(event.id)"))
      if a.isYes(event.id) {
        q.append(dateQuestion("\(event.id).date", "risk.q.\(event.id)_date", from: event.from, to: event.to,
                              summary: "risk.s.\(event.id)_date"))
      }
    }
    q.append(.yesNo("change", "risk.q.change", summary: "risk.s.change"))
    if a.isYes("change") {
      q.append(Question(id: "change.kind", textKey: "risk.q.change_kind",
                        kind: .choice(Self.changeKinds.map { .init($0, "change.\($0)") }), summaryKey: "risk.s.change_kind"))
      q.append(dateQuestion("change.date", "risk.q.change_date", from: today.adding(days: -365), to: today,
                            summary: "risk.s.change_date"))
    }
    return q
  }

  public static let changeKinds = ["work", "address", "sickness", "training_start", "residence_permit", "other"]

  /// The situation these answers describe. "I don't know" about the last
  /// declaration counts as "no": the kiosk warns early rather than late.
  public func situation(from a: Answers, today: CivilDate) -> Situation {
    var s = Situation(department: department, today: today)
    if let benefit = a.choice("benefit") { s.benefit = BenefitStatus(rawValue: benefit) }
    let last = lastOpenedMonth(today: today)
    s.lastDeclaredMonth = (a.isYes("declared") ? last : last.adding(months: -1)).description
    if a.isYes("training") { s.trainingEnd = a.date("training.end") }
    if a.isYes("appointment"), let date = a.date("appointment.date") { s.appointments.append(.init(date: date)) }
    if a.isYes("missed"), let date = a.date("missed.date") { s.appointments.append(.init(date: date, missed: true)) }
    if a.isYes("letter"), let date = a.date("letter.date") { s.notices.append(.init(date: date)) }
    if a.isYes("decision"), let date = a.date("decision.date") { s.decisions.append(.init(date: date)) }
    if a.isYes("change"), let kind = a.choice("change.kind"), let date = a.date("change.date") {
      s.changes.append(.init(kind: kind, date: date))
    }
    return s
  }
}
