import Obligations
import WorkingDays

/// "Est-ce que je risque d'être radié ?": asks only what the rules need,
/// then builds the `Situation` the risk check reads.
public struct RiskCheckJourney: JourneyDefinition {
  public let calendar: DeclarationCalendar
  public let department: String

  public init(calendar: DeclarationCalendar, department: String) {
    self.calendar = calendar
    self.department = department
  }

  /// The two declarations that matter on `today` (rules-reference, review
  /// of November 2026): the last window that has closed, and the window
  /// open now if there is one (from the 28th to the 15th).
  public func declarationWindows(today: CivilDate) -> (closed: DeclarationWindow, open: DeclarationWindow?) {
    (calendar.lastClosedWindow(on: today), calendar.openWindow(on: today))
  }

  /// The month whose declaration the "78 hours" question is about: the one
  /// open now, or else the current month (declared from the 28th).
  func workMonth(today: CivilDate) -> YearMonth {
    calendar.openWindow(on: today)?.month ?? YearMonth(today)
  }

  public func questions(for a: Answers, context: JourneyContext) -> [Question] {
    let today = context.today
    func dateQuestion(_ id: String, _ key: String, from: CivilDate, to: CivilDate, summary: String) -> Question {
      Question(id: id, textKey: key, hintKey: "input.date_hint",
               kind: .date(.init(earliest: from, latest: to, tooEarlyKey: "input.error.too_early",
                                 tooLateKey: "input.error.too_late")), summaryKey: summary)
    }
    let yesNoUnknown: Question.Kind = .choice([
      .init("yes", "answer.yes"), .init("no", "answer.no"), .init("unknown", "answer.unknown"),
    ])
    let windows = declarationWindows(today: today)
    var q: [Question] = [
      Question(id: "benefit", textKey: "risk.q.benefit",
               kind: .choice([.init("allowance", "risk.benefit.allowance"), .init("rsa", "risk.benefit.rsa"),
                              .init("none", "risk.benefit.none"), .init("unknown", "answer.unknown")]),
               summaryKey: "risk.s.benefit"),
      Question(id: "declared.closed", textKey: "risk.q.declared_closed",
               arguments: ["month": .month(windows.closed.month), "closes": .date(windows.closed.closes)],
               kind: yesNoUnknown, summaryKey: "risk.s.declared_closed", section: "declared.closed"),
    ]
    if let open = windows.open {
      q.append(Question(id: "declared.open", textKey: "risk.q.declared_open",
                        arguments: ["month": .month(open.month), "closes": .date(open.closes)],
                        kind: yesNoUnknown, summaryKey: "risk.s.declared_open", section: "declared.open"))
    }
    q.append(.yesNo("work78", "risk.q.work78", summary: "risk.s.work78",
                    arguments: ["month": .month(workMonth(today: today))]))
    q.append(.yesNo("training", "risk.q.training", summary: "risk.s.training"))
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
      guard a.isYes(event.id) else { continue }
      if event.id == "decision" {
        q.append(Question(id: "decision.kind", textKey: "risk.q.decision_kind",
                          kind: .choice(DecisionKind.allCases.map { .init($0.rawValue, "risk.decision.\($0.rawValue)") }),
                          summaryKey: "risk.s.decision_kind"))
      }
      q.append(dateQuestion("\(event.id).date", "risk.q.\(event.id)_date", from: event.from, to: event.to,
                            summary: "risk.s.\(event.id)_date"))
    }
    q.append(.yesNo("change", "risk.q.change", summary: "risk.s.change"))
    if a.isYes("change") {
      q.append(Question(id: "change.kind", textKey: "risk.q.change_kind",
                        kind: .choice(Self.changeKinds.map { .init($0, "change.\($0)") }), summaryKey: "risk.s.change_kind"))
      q.append(dateQuestion("change.date", "risk.q.change_date", from: today.adding(days: -365), to: today,
                            summary: "risk.s.change_date"))
      if a.choice("change.kind") == "sickness" {
        q.append(Question(id: "sick.online", textKey: "risk.q.sick_online", kind: yesNoUnknown,
                          summaryKey: "risk.s.sick_online"))
      }
    }
    q.append(Question(id: "engagement", textKey: "risk.q.engagement", kind: yesNoUnknown, summaryKey: "risk.s.engagement"))
    if a.choice("engagement") == "no" {
      q.append(dateQuestion("orientation.date", "risk.q.orientation_date", from: today.adding(days: -365), to: today,
                            summary: "risk.s.orientation_date"))
    }
    q.append(.yesNo("questionnaire", "risk.q.questionnaire", summary: "risk.s.questionnaire"))
    if a.isYes("questionnaire") {
      q.append(dateQuestion("questionnaire.date", "risk.q.questionnaire_date", from: today.adding(days: -90), to: today,
                            summary: "risk.s.questionnaire_date"))
    }
    q.append(.yesNo("permit", "risk.q.permit", summary: "risk.s.permit"))
    if a.isYes("permit") {
      q.append(dateQuestion("permit.date", "risk.q.permit_date", from: today.adding(days: -365),
                            to: today.adding(days: 3650), summary: "risk.s.permit_date"))
    }
    q.append(.yesNo("offer", "risk.q.offer", summary: "risk.s.offer"))
    if a.isYes("offer") {
      q.append(Question(id: "offer.times", textKey: "risk.q.offer_times",
                        kind: .choice([.init("1", "risk.offer.once"), .init("2", "risk.offer.twice")]),
                        summaryKey: "risk.s.offer_times"))
    }
    if a.choice("benefit") != "allowance" {
      q.append(.yesNo("contract", "risk.q.contract", summary: "risk.s.contract"))
      if a.isYes("contract") {
        q.append(dateQuestion("contract.date", "risk.q.contract_date", from: today.adding(days: -730), to: today,
                              summary: "risk.s.contract_date"))
      }
    }
    return q
  }

  public static let changeKinds = ["work", "address", "sickness", "training_start", "residence_permit", "other"]

  /// The situation these answers describe. "I don't know" about a
  /// declaration counts as "no": the kiosk warns early rather than late.
  public func situation(from a: Answers, today: CivilDate) -> Situation {
    var s = Situation(department: department, today: today)
    if let benefit = a.choice("benefit") { s.benefit = BenefitStatus(rawValue: benefit) }
    let windows = declarationWindows(today: today)
    let last: YearMonth
    if !a.isYes("declared.closed") {
      last = windows.closed.month.adding(months: -1)
    } else if let open = windows.open, a.isYes("declared.open") {
      last = open.month
    } else {
      last = windows.closed.month
    }
    s.lastDeclaredMonth = last.description
    if a.isYes("work78") { s.workOver78HoursMonth = workMonth(today: today).description }
    if a.isYes("training") { s.trainingEnd = a.date("training.end") }
    if a.isYes("appointment"), let date = a.date("appointment.date") { s.appointments.append(.init(date: date)) }
    if a.isYes("missed"), let date = a.date("missed.date") { s.appointments.append(.init(date: date, missed: true)) }
    if a.isYes("letter"), let date = a.date("letter.date") { s.notices.append(.init(date: date)) }
    if a.isYes("decision"), let date = a.date("decision.date") {
      s.decisions.append(.init(date: date, kind: a.choice("decision.kind").flatMap(DecisionKind.init(rawValue:))))
    }
    if a.isYes("change"), let kind = a.choice("change.kind"), let date = a.date("change.date") {
      s.changes.append(.init(kind: kind, date: date))
      if kind == "sickness" {
        s.sickLeaveStart = date
        s.sickLeaveSent = a.isYes("sick.online")
      }
    }
    if a.choice("engagement") == "no", let date = a.date("orientation.date") {
      s.orientationDate = date
      s.engagementSigned = false
    }
    if a.isYes("questionnaire") { s.controlQuestionnaireDate = a.date("questionnaire.date") }
    if a.isYes("permit") { s.residencePermitEnd = a.date("permit.date") }
    if a.isYes("offer") { s.jobOffersRefused = a.choice("offer.times").flatMap { Int($0) } }
    if a.choice("benefit") != "allowance", a.isYes("contract"), let date = a.date("contract.date") {
      s.contractEnd = date
      s.allowanceClaimed = false
    }
    return s
  }
}
