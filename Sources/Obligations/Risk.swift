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
  /// Further away, but it can and should be done now (an open declaration
  /// window): never shown as "later".
  case toDo = "to_do"
  /// Further away.
  case fine

  public static func < (lhs: RiskStatus, rhs: RiskStatus) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }

  /// Overdue, due today or within the urgent threshold: the answer to "am I
  /// at risk?" is yes.
  public var isAtRisk: Bool {
    switch self {
    case .overdue, .today, .urgent: return true
    case .soon, .toDo, .fine: return false
    }
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
  /// The declaration for a month, with its window (open now, to come, or
  /// closed and missed). `afterMissed`: an earlier window was missed, so
  /// the person registers again first.
  case monthlyDeclaration(YearMonth, window: DeclarationWindow, afterMissed: Bool = false)
  /// The end of a training: one item, the change to report (72 hours),
  /// which also gives the re-registration date of `rule` (5 working days,
  /// a field rule of low confidence).
  case trainingEnd(reRegisterBy: CivilDate, rule: Rule)
  case appointment(CivilDate, missed: Bool)
  case sanctionNotice
  case decision(kind: DecisionKind?)
  case change(kind: String)
  case sickLeave
  case absence(days: Int, overYearlyLimit: Bool)
  case allowanceClaim
  case engagementContract
  case controlQuestionnaire
  case residencePermit
  /// More than 78 hours of work in a month: say so in that month's
  /// declaration, and whether you still look for work.
  case workOver78Hours(YearMonth)
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
  /// False on a Saturday, Sunday or holiday: agencies are closed, so the
  /// screen says what can still be done today.
  public let todayIsWorkingDay: Bool

  public var rule: Rule { deadline.rule }
}

/// The result of a risk check: what is at risk, ranked, and what is not.
public struct RiskAssessment: Hashable, Sendable {
  public let today: CivilDate
  public let department: Department
  public let benefit: BenefitStatus?
  /// Overdue, today, urgent, soon and to do now, most urgent first.
  public let risks: [Risk]
  /// Deadlines that are known but not close.
  public let upcoming: [Risk]
  /// Rules to know that carry no deadline (15 hours of activity, refusing
  /// a job offer…).
  public let explanations: [Explanation]
  /// The sanction scale in force today, for the explanation.
  public let sanctionScale: SanctionScale?

  public init(
    today: CivilDate, department: Department, benefit: BenefitStatus?, risks: [Risk], upcoming: [Risk],
    explanations: [Explanation], sanctionScale: SanctionScale?
  ) {
    self.today = today
    self.department = department
    self.benefit = benefit
    self.risks = risks
    self.upcoming = upcoming
    self.explanations = explanations
    self.sanctionScale = sanctionScale
  }

  /// True when nothing is overdue, due today, urgent, soon or to do now.
  public var noRiskFound: Bool { risks.isEmpty }

  /// The answer to "am I at risk?": something is overdue, due today or
  /// urgent.
  public var atRisk: Bool { risks.contains { $0.status.isAtRisk } }

  public var overdue: [Risk] { risks.filter { $0.status == .overdue } }
  public var dueToday: [Risk] { risks.filter { $0.status == .today } }
  /// Not yet late, not today: to do by their dates.
  public var toDoLater: [Risk] { risks.filter { $0.status > .today } }
}

/// A rule that applies to the person but sets no date: what it means and
/// what to do.
public struct Explanation: Hashable, Sendable {
  public enum Subject: Hashable, Sendable {
    /// 15 hours of activity a week in the action plan.
    case weeklyActivity
    /// A radiation: no new registration while it lasts, except by applying
    /// for the RSA.
    case noReRegistrationWhileRadiated
    /// Reasonable job offers refused.
    case jobOfferRefused(times: Int)
  }

  public let subject: Subject
  public let rule: Rule

  public init(subject: Subject, rule: Rule) {
    self.subject = subject
    self.rule = rule
  }
}
