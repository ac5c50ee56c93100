import Obligations
import WorkingDays

/// "Déclarer ma situation du mois": the questions France Travail asks for
/// the month, to prepare what to enter on the official channels.
public struct MonthlyDeclarationJourney: JourneyDefinition {
  /// The month being declared.
  public let month: YearMonth
  public static let maxEmployers = 10
  /// 31 days × 24 hours.
  public static let maxHours = 744
  public static let confirmHoursAbove = 200
  public static let maxPayCents = 100_000_00

  public init(month: YearMonth) { self.month = month }

  public var firstDay: CivilDate { CivilDate(year: month.year, month: month.month, day: 1)! }
  public var lastDay: CivilDate {
    CivilDate(year: month.year, month: month.month, day: CivilDate.daysInMonth(year: month.year, month: month.month))!
  }

  func inMonth(_ id: String, _ key: String, summary: String, today: CivilDate, from: CivilDate? = nil) -> Question {
    Question(id: id, textKey: key, arguments: ["month": .month(month)], hintKey: "input.date_hint",
             kind: .date(.init(earliest: from ?? firstDay, latest: min(lastDay, today),
                               tooEarlyKey: "monthly.error.before", tooLateKey: "monthly.error.after")),
             summaryKey: summary)
  }

  public func questions(for a: Answers, context: JourneyContext) -> [Question] {
    let m: [String: TextArgument] = ["month": .month(month)]
    let today = context.today
    var q: [Question] = [.yesNo("looking", "monthly.q.looking", summary: "monthly.s.looking")]
    if a.choice("looking") == "no" {
      q.append(inMonth("looking.stop", "monthly.q.stop_date", summary: "monthly.s.stop_date", today: today))
      q.append(Question(id: "looking.reason", textKey: "monthly.q.stop_reason",
                        kind: .choice(["job", "training", "sickness", "retirement", "other"].map {
                          .init($0, "monthly.reason.\($0)")
                        }), summaryKey: "monthly.s.stop_reason"))
    }
    q.append(.yesNo("worked", "monthly.q.worked", summary: "monthly.s.worked", arguments: m))
    if a.isYes("worked") {
      for n in 1...Self.maxEmployers {
        let e: [String: TextArgument] = ["n": .number(n), "month": .month(month)]
        q.append(Question(id: "work.\(n).hours", textKey: "monthly.q.hours", arguments: e, hintKey: "monthly.hint.hours",
                          kind: .number(0...Self.maxHours, confirmAbove: Self.confirmHoursAbove, unitKey: "unit.hours"),
                          summaryKey: "monthly.s.hours", section: "worked"))
        q.append(Question(id: "work.\(n).pay", textKey: "monthly.q.pay", arguments: e, hintKey: "monthly.hint.pay",
                          kind: .amount(maxCents: Self.maxPayCents), summaryKey: "monthly.s.pay", section: "worked"))
        guard n < Self.maxEmployers else { break }
        q.append(.yesNo("work.\(n).more", "monthly.q.more", summary: "monthly.s.more", arguments: e, section: "worked"))
        if !a.isYes("work.\(n).more") { break }
      }
    }
    q.append(.yesNo("training", "monthly.q.training", summary: "monthly.s.training", arguments: m))
    if a.isYes("training") {
      q.append(inMonth("training.start", "monthly.q.training_start", summary: "monthly.s.training_start",
                       today: today, from: firstDay.adding(months: -36)))
      q.append(.yesNo("training.ended", "monthly.q.training_ended", summary: "monthly.s.training_ended", arguments: m))
      if a.isYes("training.ended") {
        let start = max(a.date("training.start") ?? firstDay, firstDay)
        q.append(inMonth("training.end", "monthly.q.training_end", summary: "monthly.s.training_end",
                         today: today, from: start))
      }
    }
    q.append(.yesNo("sick", "monthly.q.sick", summary: "monthly.s.sick", arguments: m))
    if a.isYes("sick") {
      q.append(Question(id: "sick.kind", textKey: "monthly.q.sick_kind",
                        kind: .choice(["sickness", "maternity", "work_accident"].map { .init($0, "change.\($0)") }),
                        summaryKey: "monthly.s.sick_kind"))
      q.append(inMonth("sick.start", "monthly.q.sick_start", summary: "monthly.s.sick_start", today: today,
                       from: firstDay.adding(months: -12)))
      // Is it over, and when: a leave still running reads differently from
      // one that ended, and its end may fall after the declared month.
      // Already sent (by the doctor online, or by the person): no deadline
      // to warn about; "no" keeps the two-day warning.
      q.append(.yesNo("sick.sent", "monthly.q.sick_sent", summary: "monthly.s.sick_sent"))
      q.append(.yesNo("sick.ended", "monthly.q.sick_ended", summary: "monthly.s.sick_ended"))
      if a.isYes("sick.ended") {
        let start = a.date("sick.start") ?? firstDay
        q.append(Question(id: "sick.end", textKey: "monthly.q.sick_end", hintKey: "input.date_hint",
                          kind: .date(.init(earliest: start, latest: today, tooEarlyKey: "monthly.error.sick_end_before",
                                            tooLateKey: "monthly.error.sick_end_future")),
                          summaryKey: "monthly.s.sick_end"))
      }
    }
    q.append(.yesNo("pension", "monthly.q.pension", summary: "monthly.s.pension"))
    q.append(.yesNo("other", "monthly.q.other", summary: "monthly.s.other"))
    if a.isYes("other") {
      q.append(Question(id: "other.kind", textKey: "monthly.q.other_kind",
                        kind: .choice(["address", "name", "residence_permit", "other"].map { .init($0, "change.\($0)") }),
                        summaryKey: "monthly.s.other_kind"))
    }
    return q
  }
}
