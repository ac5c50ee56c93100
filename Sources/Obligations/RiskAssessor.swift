import WorkingDays

/// Turns a declared situation into ranked risks. Deterministic given
/// `today`: no clock is read here.
public struct RiskAssessor: Sendable {
  public let ruleBook: RuleBook
  public let thresholds: RiskThresholds

  /// Rule ids the assessor relies on; `kiosk config check` verifies they
  /// exist.
  public enum RuleID {
    public static let monthlyDeclaration = "monthly-declaration"
    public static let trainingEnd = "training-end"
    public static let changeOfSituation = "change-of-situation"
    public static let missedAppointment = "missed-appointment"
    public static let sanctionNoticeReply = "sanction-notice-reply"
    public static let contestDecision = "contest-decision"
    public static let sickLeave = "sick-leave-cpam"
    public static let absence = "absence-from-home"
    public static let allowanceClaim = "allowance-claim"
    public static let all = [
      monthlyDeclaration, trainingEnd, changeOfSituation, missedAppointment,
      sanctionNoticeReply, contestDecision, sickLeave, absence, allowanceClaim,
    ]
  }

  /// Absence from home: more than this many consecutive days must be told
  /// (R5411-6), and more than `absenceYearlyLimit` a year ends availability
  /// (R5411-10).
  public static let absenceReportAfterDays = 7
  public static let absenceYearlyLimit = 35

  public init(ruleBook: RuleBook, thresholds: RiskThresholds = RiskThresholds()) {
    self.ruleBook = ruleBook
    self.thresholds = thresholds
  }

  public func assess(_ situation: Situation, today: CivilDate) throws(RiskCheckError) -> RiskAssessment {
    let department: Department
    do { department = try Department(code: situation.department) } catch { throw .department(error) }
    let calculator = DeadlineCalculator(ruleBook: ruleBook, department: department)
    var found: [Risk] = []

    func add(_ subject: RiskSubject, _ ruleID: String, from date: CivilDate) throws(RiskCheckError) {
      do {
        let deadline = try calculator.deadline(ruleID, from: date)
        found.append(risk(subject, deadline, today: today, counter: calculator.counter))
      } catch {
        throw .deadline(error)
      }
    }

    try addDeclaration(situation, today: today, calculator: calculator, into: &found)
    if let end = situation.trainingEnd {
      try add(.trainingEnd, RuleID.trainingEnd, from: end)
      try add(.change(kind: "training_end"), RuleID.changeOfSituation, from: end)
    }
    for appointment in situation.appointments where appointment.missed || appointment.date >= today {
      try add(.appointment(appointment.date, missed: appointment.missed), RuleID.missedAppointment,
              from: appointment.date)
    }
    for notice in situation.notices {
      try add(.sanctionNotice, RuleID.sanctionNoticeReply, from: notice.date)
    }
    for decision in situation.decisions {
      try add(.decision(kind: decision.kind), RuleID.contestDecision, from: decision.date)
    }
    for change in situation.changes {
      try add(.change(kind: change.kind), RuleID.changeOfSituation, from: change.date)
    }
    if let start = situation.sickLeaveStart {
      try add(.sickLeave, RuleID.sickLeave, from: start)
    }
    if let absence = situation.absence, absence.days > Self.absenceReportAfterDays {
      let total = absence.days + (absence.daysAlreadyThisYear ?? 0)
      try add(.absence(days: absence.days, overYearlyLimit: total > Self.absenceYearlyLimit),
              RuleID.absence, from: absence.start)
    }
    if let end = situation.contractEnd, situation.allowanceClaimed != true {
      try add(.allowanceClaim, RuleID.allowanceClaim, from: end)
    }

    let ranked = found.sorted {
      ($0.status, $0.deadline.due, $0.rule.id) < ($1.status, $1.deadline.due, $1.rule.id)
    }
    return RiskAssessment(
      today: today, department: department, benefit: situation.benefit,
      risks: ranked.filter { $0.status != .fine },
      upcoming: ranked.filter { $0.status == .fine },
      sanctionScale: ruleBook.sanctionScale(on: today))
  }

  /// The next declaration to make: the month after the last one declared,
  /// or, when unknown, the window open today or opening next.
  private func addDeclaration(
    _ situation: Situation, today: CivilDate, calculator: DeadlineCalculator, into found: inout [Risk]
  ) throws(RiskCheckError) {
    let rule: Rule
    do { rule = try ruleBook.rule(RuleID.monthlyDeclaration, on: today) } catch {
      throw .deadline(.rule(error))
    }
    let window: DeclarationWindow
    if let text = situation.lastDeclaredMonth {
      guard let last = YearMonth(iso: text) else { throw .badMonth(text) }
      window = ruleBook.declarationCalendar.window(for: last.adding(months: 1))
    } else {
      window = ruleBook.declarationCalendar.currentOrNextWindow(on: today)
    }
    let deadline = calculator.declarationDeadline(for: window.month, rule: rule)
    found.append(risk(.monthlyDeclaration(window.month, windowOpens: window.opens), deadline,
                      today: today, counter: calculator.counter))
  }

  /// How close `deadline` is on `today`: the status and the days left.
  public func risk(_ subject: RiskSubject, _ deadline: Deadline, today: CivilDate, counter: DayCounter) -> Risk {
    let due = deadline.due
    let working = counter.count(.workingDays, from: today, to: due)
    let calendar = today.days(until: due)
    let status: RiskStatus
    if due < today {
      status = .overdue
    } else if due == today {
      status = .today
    } else if working <= thresholds.urgentWorkingDays {
      status = .urgent
    } else if calendar <= thresholds.soonCalendarDays {
      status = .soon
    } else {
      status = .fine
    }
    return Risk(subject: subject, deadline: deadline, status: status, today: today,
                workingDaysLeft: working, calendarDaysLeft: calendar)
  }
}

public enum RiskCheckError: Error, Equatable, CustomStringConvertible {
  case department(UnknownDepartment)
  case deadline(DeadlineError)
  case badMonth(String)

  public var description: String {
    switch self {
    case let .department(error): return error.description
    case let .deadline(error): return error.description
    case let .badMonth(text):
      return "last_declared_month \"\(text)\" is not a month: expected YYYY-MM, for example 2026-10"
    }
  }
}
