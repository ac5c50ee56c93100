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
    public static let contestOverpayment = "contest-overpayment"
    public static let sickLeave = "sick-leave-cpam"
    public static let absence = "absence-from-home"
    public static let allowanceClaim = "allowance-claim"
    public static let engagementContract = "engagement-contract"
    public static let weeklyActivity = "weekly-activity"
    public static let noReRegistration = "no-reregistration-while-radiated"
    public static let controlQuestionnaire = "control-questionnaire"
    public static let residencePermit = "residence-permit-end"
    public static let workOver78Hours = "work-over-78-hours"
    public static let refusedJobOffers = "refused-job-offers"
    public static let all = [
      monthlyDeclaration, trainingEnd, changeOfSituation, missedAppointment, sanctionNoticeReply,
      contestDecision, contestOverpayment, sickLeave, absence, allowanceClaim, engagementContract,
      weeklyActivity, noReRegistration, controlQuestionnaire, residencePermit, workOver78Hours,
      refusedJobOffers,
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
    func rule(_ id: String, on date: CivilDate) throws(RiskCheckError) -> Rule {
      do { return try ruleBook.rule(id, on: date) } catch { throw .deadline(.rule(error)) }
    }

    found += try declarationRisks(situation, today: today, calculator: calculator)
    if let end = situation.trainingEnd {
      // One event, one item: the end of a training is first a change to
      // report (72 hours, the earliest date, from the law); the field's
      // 5-working-day re-registration rule is carried in the subject.
      let reRegister: Deadline
      do { reRegister = try calculator.deadline(RuleID.trainingEnd, from: end) } catch { throw .deadline(error) }
      try add(.trainingEnd(reRegisterBy: reRegister.due, rule: reRegister.rule), RuleID.changeOfSituation, from: end)
    }
    for appointment in situation.appointments {
      if appointment.missed {
        found.append(missedAppointment(appointment.date, rule: try rule(RuleID.missedAppointment, on: appointment.date),
                                       today: today, counter: calculator.counter))
      } else if appointment.date >= today {
        try add(.appointment(appointment.date, missed: false), RuleID.missedAppointment, from: appointment.date)
      }
    }
    for notice in situation.notices {
      try add(.sanctionNotice, RuleID.sanctionNoticeReply, from: notice.date)
    }
    for decision in situation.decisions {
      let id = decision.kind == .overpayment ? RuleID.contestOverpayment : RuleID.contestDecision
      try add(.decision(kind: decision.kind), id, from: decision.date)
    }
    for change in situation.changes {
      try add(.change(kind: change.kind), RuleID.changeOfSituation, from: change.date)
    }
    if let start = situation.sickLeaveStart, situation.sickLeaveSent != true {
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
    if let orientation = situation.orientationDate, situation.engagementSigned != true {
      try add(.engagementContract, RuleID.engagementContract, from: orientation)
    }
    if let date = situation.controlQuestionnaireDate {
      try add(.controlQuestionnaire, RuleID.controlQuestionnaire, from: date)
    }
    if let end = situation.residencePermitEnd {
      try add(.residencePermit, RuleID.residencePermit, from: end)
    }
    if let text = situation.workOver78HoursMonth {
      guard let month = YearMonth(iso: text) else { throw .badMonth(key: "work_over_78_hours_month", text) }
      let window = ruleBook.declarationCalendar.window(for: month)
      let workRule = try rule(RuleID.workOver78Hours, on: window.opens)
      let deadline = calculator.declarationDeadline(for: month, rule: workRule)
      found.append(risk(.workOver78Hours(month), deadline, today: today, counter: calculator.counter,
                        actionableFrom: window.opens))
    }

    let ranked = found.sorted {
      ($0.status, $0.deadline.due, $0.rule.id) < ($1.status, $1.deadline.due, $1.rule.id)
    }
    return RiskAssessment(
      today: today, department: department, benefit: situation.benefit,
      risks: ranked.filter { $0.status != .fine },
      upcoming: ranked.filter { $0.status == .fine },
      explanations: explanations(situation, today: today),
      sanctionScale: ruleBook.sanctionScale(on: today))
  }

  /// The declarations that matter today (rules-reference, review of
  /// November 2026): the last window that has closed (missed, the
  /// registration ended the day after it closed) and the window open now,
  /// if any — or, between the 16th and the 27th, the next one to open.
  /// Without a known last declared month, only the open or next window.
  private func declarationRisks(
    _ situation: Situation, today: CivilDate, calculator: DeadlineCalculator
  ) throws(RiskCheckError) -> [Risk] {
    let rule: Rule
    do { rule = try ruleBook.rule(RuleID.monthlyDeclaration, on: today) } catch {
      throw .deadline(.rule(error))
    }
    let calendar = ruleBook.declarationCalendar
    func item(_ window: DeclarationWindow, afterMissed: Bool = false) -> Risk {
      risk(.monthlyDeclaration(window.month, window: window, afterMissed: afterMissed),
           calculator.declarationDeadline(for: window.month, rule: rule),
           today: today, counter: calculator.counter, actionableFrom: window.opens)
    }
    let current = calendar.openWindow(on: today)
    guard let text = situation.lastDeclaredMonth else {
      return [item(calendar.currentOrNextWindow(on: today))]
    }
    guard let last = YearMonth(iso: text) else { throw .badMonth(key: "last_declared_month", text) }
    let latestPossible = current?.month ?? calendar.lastClosedWindow(on: today).month
    guard last <= latestPossible else { throw .futureMonth(text, today: today, latest: latestPossible) }

    var items: [Risk] = []
    let firstUndeclared = last.adding(months: 1)
    let closed = calendar.lastClosedWindow(on: today)
    if firstUndeclared <= closed.month {
      // The first missed window ended the registration; later ones are not
      // separate losses.
      items.append(item(calendar.window(for: firstUndeclared)))
    }
    let missed = !items.isEmpty
    if let current, last < current.month {
      items.append(item(current, afterMissed: missed))
    } else if current == nil {
      items.append(item(calendar.window(for: closed.month.adding(months: 1)), afterMissed: missed))
    }
    return items
  }

  /// A missed appointment: no delay to count, what happens now and what to
  /// do today. The rule version is the one in force on the appointment's
  /// day (a radiation before June 2025, a possible suspension since).
  private func missedAppointment(_ date: CivilDate, rule: Rule, today: CivilDate, counter: DayCounter) -> Risk {
    let deadline = Deadline(rule: rule, from: date, due: today, days: [], notes: [.eventPassed(date)])
    return Risk(subject: .appointment(date, missed: true), deadline: deadline, status: .today, today: today,
                workingDaysLeft: 0, calendarDaysLeft: 0,
                todayIsWorkingDay: counter.kind(of: today, unit: .workingDays).isCounted)
  }

  /// Rules without a date that apply to this person.
  private func explanations(_ situation: Situation, today: CivilDate) -> [Explanation] {
    var out: [Explanation] = []
    func add(_ subject: Explanation.Subject, _ id: String) {
      if let rule = try? ruleBook.rule(id, on: today) { out.append(Explanation(subject: subject, rule: rule)) }
    }
    if situation.benefit == .allowance || situation.benefit == .rsa {
      add(.weeklyActivity, RuleID.weeklyActivity)
    }
    if situation.decisions.contains(where: { $0.kind == .radiation }) {
      add(.noReRegistrationWhileRadiated, RuleID.noReRegistration)
    }
    if let times = situation.jobOffersRefused, times > 0 {
      add(.jobOfferRefused(times: times), RuleID.refusedJobOffers)
    }
    return out
  }

  /// How close `deadline` is on `today`: the status and the days left. A
  /// deadline that can be acted on from `actionableFrom` (an open window)
  /// is "to do", never "later", once that day has come.
  public func risk(
    _ subject: RiskSubject, _ deadline: Deadline, today: CivilDate, counter: DayCounter,
    actionableFrom: CivilDate? = nil
  ) -> Risk {
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
    } else if let actionableFrom, actionableFrom <= today {
      status = .toDo
    } else {
      status = .fine
    }
    return Risk(subject: subject, deadline: deadline, status: status, today: today,
                workingDaysLeft: working, calendarDaysLeft: calendar,
                todayIsWorkingDay: counter.kind(of: today, unit: .workingDays).isCounted)
  }
}

public enum RiskCheckError: Error, Equatable, CustomStringConvertible {
  case department(UnknownDepartment)
  case deadline(DeadlineError)
  case badMonth(key: String, String)
  /// A declared month whose window has not opened yet on `today`.
  case futureMonth(String, today: CivilDate, latest: YearMonth)

  public var description: String {
    switch self {
    case let .department(error): return error.description
    case let .deadline(error): return error.description
    case let .badMonth(key, text):
      return "\(key) \"\(text)\" is not a month: expected YYYY-MM, for example 2026-10"
    case let .futureMonth(text, today, latest):
      return "last_declared_month \"\(text)\" cannot be declared yet on \(today.iso): expected \(latest) or earlier"
    }
  }
}
