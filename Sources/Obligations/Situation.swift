import WorkingDays

/// What a person declares about themselves for the risk check. Every field
/// is optional but the department: the check asks only what the rules need.
/// JSON keys are snake_case (see `docs/cli.md`).
public struct Situation: Hashable, Sendable, Codable {
  public var department: String
  /// The day to compute from; the CLI's `--today` or the clock when absent.
  public var today: CivilDate?
  public var benefit: BenefitStatus?
  /// The last month the monthly declaration was made for, `YYYY-MM`.
  public var lastDeclaredMonth: String?
  public var trainingEnd: CivilDate?
  public var appointments: [Appointment]
  public var notices: [Notice]
  public var decisions: [Decision]
  public var changes: [Change]
  public var sickLeaveStart: CivilDate?
  /// True when the sick note is already sent (by the doctor online, or by
  /// the person): nothing left to send.
  public var sickLeaveSent: Bool?
  public var absence: Absence?
  /// The end of the last work contract, for the 12-month allowance claim.
  public var contractEnd: CivilDate?
  public var allowanceClaimed: Bool?
  /// The date of the orientation decision, when the contrat d'engagement is
  /// not signed yet (it is due within a month).
  public var orientationDate: CivilDate?
  public var engagementSigned: Bool?
  /// The date printed on a job-search control questionnaire to answer.
  public var controlQuestionnaireDate: CivilDate?
  /// The last day of the residence permit the registration rests on.
  public var residencePermitEnd: CivilDate?
  /// A month with more than 78 hours of work, `YYYY-MM`.
  public var workOver78HoursMonth: String?
  /// Reasonable job offers refused (the second refusal is sanctioned).
  public var jobOffersRefused: Int?

  public struct Appointment: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var missed: Bool
    public init(date: CivilDate, missed: Bool = false) {
      self.date = date
      self.missed = missed
    }
  }

  /// A letter announcing a planned sanction; its date is the one printed on
  /// it (10 days are counted from there, the earlier reading).
  public struct Notice: Hashable, Sendable, Codable {
    public var date: CivilDate
    public init(date: CivilDate) { self.date = date }
  }

  /// A decision the person may contest (radiation, suspension, cessation…).
  public struct Decision: Hashable, Sendable, Codable {
    public var date: CivilDate
    public var kind: DecisionKind?
    public init(date: CivilDate, kind: DecisionKind? = nil) {
      self.date = date
      self.kind = kind
    }
  }

  /// A change of situation not yet declared (work, training, sickness,
  /// address…).
  public struct Change: Hashable, Sendable, Codable {
    public var kind: String
    public var date: CivilDate
    public init(kind: String, date: CivilDate) {
      self.kind = kind
      self.date = date
    }
  }

  /// A planned or current absence from home.
  public struct Absence: Hashable, Sendable, Codable {
    public var start: CivilDate
    public var days: Int
    /// Days already spent away this calendar year, before this absence.
    public var daysAlreadyThisYear: Int?
    public init(start: CivilDate, days: Int, daysAlreadyThisYear: Int? = nil) {
      self.start = start
      self.days = days
      self.daysAlreadyThisYear = daysAlreadyThisYear
    }
  }

  public init(department: String, today: CivilDate? = nil) {
    self.department = department
    self.today = today
    self.appointments = []
    self.notices = []
    self.decisions = []
    self.changes = []
  }

  enum CodingKeys: String, CodingKey {
    case department, today, benefit
    case lastDeclaredMonth = "last_declared_month"
    case trainingEnd = "training_end"
    case appointments, notices, decisions, changes
    case sickLeaveStart = "sick_leave_start"
    case sickLeaveSent = "sick_leave_sent"
    case absence
    case contractEnd = "contract_end"
    case allowanceClaimed = "allowance_claimed"
    case orientationDate = "orientation_date"
    case engagementSigned = "engagement_signed"
    case controlQuestionnaireDate = "control_questionnaire_date"
    case residencePermitEnd = "residence_permit_end"
    case workOver78HoursMonth = "work_over_78_hours_month"
    case jobOffersRefused = "job_offers_refused"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    department = try c.decode(String.self, forKey: .department)
    today = try c.decodeIfPresent(CivilDate.self, forKey: .today)
    benefit = try c.decodeChoice(BenefitStatus.self, forKey: .benefit)
    lastDeclaredMonth = try c.decodeIfPresent(String.self, forKey: .lastDeclaredMonth)
    trainingEnd = try c.decodeIfPresent(CivilDate.self, forKey: .trainingEnd)
    appointments = try c.decodeIfPresent([Appointment].self, forKey: .appointments) ?? []
    notices = try c.decodeIfPresent([Notice].self, forKey: .notices) ?? []
    decisions = try c.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
    changes = try c.decodeIfPresent([Change].self, forKey: .changes) ?? []
    sickLeaveStart = try c.decodeIfPresent(CivilDate.self, forKey: .sickLeaveStart)
    sickLeaveSent = try c.decodeIfPresent(Bool.self, forKey: .sickLeaveSent)
    absence = try c.decodeIfPresent(Absence.self, forKey: .absence)
    contractEnd = try c.decodeIfPresent(CivilDate.self, forKey: .contractEnd)
    allowanceClaimed = try c.decodeIfPresent(Bool.self, forKey: .allowanceClaimed)
    orientationDate = try c.decodeIfPresent(CivilDate.self, forKey: .orientationDate)
    engagementSigned = try c.decodeIfPresent(Bool.self, forKey: .engagementSigned)
    controlQuestionnaireDate = try c.decodeIfPresent(CivilDate.self, forKey: .controlQuestionnaireDate)
    residencePermitEnd = try c.decodeIfPresent(CivilDate.self, forKey: .residencePermitEnd)
    workOver78HoursMonth = try c.decodeIfPresent(String.self, forKey: .workOver78HoursMonth)
    jobOffersRefused = try c.decodeCount(forKey: .jobOffersRefused)
  }
}

/// The kind of decision being contested: it decides the route (the
/// administrative court after the mandatory mediator, or the judicial court
/// for an overpayment).
public enum DecisionKind: String, Hashable, Sendable, Codable, CaseIterable {
  case radiation, suspension, cessation, overpayment, other
}

extension Situation.Absence {
  enum CodingKeys: String, CodingKey {
    case start, days
    case daysAlreadyThisYear = "days_already_this_year"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    start = try c.decode(CivilDate.self, forKey: .start)
    guard let days = try c.decodeCount(forKey: .days) else {
      throw DecodingError.keyNotFound(CodingKeys.days, .init(codingPath: c.codingPath, debugDescription: "missing"))
    }
    self.days = days
    daysAlreadyThisYear = try c.decodeCount(forKey: .daysAlreadyThisYear)
  }
}

extension Situation.Appointment {
  enum CodingKeys: String, CodingKey { case date, missed }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    date = try c.decode(CivilDate.self, forKey: .date)
    missed = try c.decodeIfPresent(Bool.self, forKey: .missed) ?? false
  }
}

extension Situation.Decision {
  enum CodingKeys: String, CodingKey { case date, kind }
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    date = try c.decode(CivilDate.self, forKey: .date)
    kind = try c.decodeChoice(DecisionKind.self, forKey: .kind)
  }
}

extension KeyedDecodingContainer {
  /// A value among fixed words, with the words listed when it is not one
  /// of them (Swift's own message names the type, not the choices).
  func decodeChoice<T: RawRepresentable & CaseIterable>(_ type: T.Type, forKey key: Key) throws -> T?
  where T.RawValue == String {
    guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
    guard let value = T(rawValue: text) else {
      let words = T.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self, debugDescription: "\"\(text)\" is not one of \(words)")
    }
    return value
  }

  /// A count of days or times: a whole number, 0 or more.
  func decodeCount(forKey key: Key) throws -> Int? {
    guard let value = try decodeIfPresent(Int.self, forKey: key) else { return nil }
    guard value >= 0 else {
      throw DecodingError.dataCorruptedError(
        forKey: key, in: self, debugDescription: "\(value) is negative: expected a whole number, 0 or more")
    }
    return value
  }
}
