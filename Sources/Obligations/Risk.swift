import WorkingDays

/// How close a deadline is. Each status has a word on screen, never only a
/// colour.
public enum RiskStatus: String, Sendable, Codable, CaseIterable, Comparable {
  /// The last day has passed.
  case overdue
  /// Today is the last day.
  case today
  /// At most `urgentWorkingDays` working days left.
  case urgent
  /// At most `soonCalendarDays` calendar days left.
  case soon
  /// Further away.
  case fine

  public static func < (lhs: RiskStatus, rhs: RiskStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// Where the status thresholds sit; agencies may change them in kiosk.yaml.
public struct RiskThresholds: Hashable, Sendable {
  public var urgentWorkingDays: Int
  public var soonCalendarDays: Int

  public init(urgentWorkingDays: Int = 2, soonCalendarDays: Int = 7) {
    self.urgentWorkingDays = urgentWorkingDays
    self.soonCalendarDays = soonCalendarDays
  }
}

/// What a deadline is about, so the screen can say "your appointment on…".
public enum RiskSubject: Hashable, Sendable {
  case monthlyDeclaration(YearMonth, windowOpens: CivilDate)
  case trainingEnd
  case appointment(CivilDate, missed: Bool)
  case sanctionNotice
  case decision(kind: String?)
  case change(kind: String)
  case sickLeave
  case absence(days: Int, overYearlyLimit: Bool)
  case allowanceClaim
  /// A deadline asked for on its own (the calculator): its rule says it all.
  case rule
}

/// One deadline in a person's situation, with how close it is.
public struct Risk: Hashable, Sendable {
  public let subject: RiskSubject
  public let deadline: Deadline
  public let status: RiskStatus
  /// The day the check was made for.
  public let today: CivilDate
  /// Working days (jours ouvrés) after today up to the due date.
  public let workingDaysLeft: Int
  /// Calendar days from today to the due date (negative when overdue).
  public let calendarDaysLeft: Int

  public var rule: Rule { deadline.rule }
}

/// The result of a risk check: what is at risk, ranked, and what is not.
public struct RiskAssessment: Hashable, Sendable {
  public let today: CivilDate
  public let department: Department
  public let benefit: BenefitStatus?
  /// Overdue, today, urgent and soon, most urgent first.
  public let risks: [Risk]
  /// Deadlines that are known but not close.
  public let upcoming: [Risk]
  /// The sanction scale in force today, for the explanation.
  public let sanctionScale: SanctionScale?

  /// True when nothing is overdue, due today, urgent or soon.
  public var noRiskFound: Bool { risks.isEmpty }
}
