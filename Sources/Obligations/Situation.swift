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
  public var absence: Absence?
  /// The end of the last work contract, for the 12-month allowance claim.
  public var contractEnd: CivilDate?
  public var allowanceClaimed: Bool?

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
    public var kind: String?
    public init(date: CivilDate, kind: String? = nil) {
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
    case absence
    case contractEnd = "contract_end"
    case allowanceClaimed = "allowance_claimed"
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    department = try c.decode(String.self, forKey: .department)
    today = try c.decodeIfPresent(CivilDate.self, forKey: .today)
    benefit = try c.decodeIfPresent(BenefitStatus.self, forKey: .benefit)
    lastDeclaredMonth = try c.decodeIfPresent(String.self, forKey: .lastDeclaredMonth)
    trainingEnd = try c.decodeIfPresent(CivilDate.self, forKey: .trainingEnd)
    appointments = try c.decodeIfPresent([Appointment].self, forKey: .appointments) ?? []
    notices = try c.decodeIfPresent([Notice].self, forKey: .notices) ?? []
    decisions = try c.decodeIfPresent([Decision].self, forKey: .decisions) ?? []
    changes = try c.decodeIfPresent([Change].self, forKey: .changes) ?? []
    sickLeaveStart = try c.decodeIfPresent(CivilDate.self, forKey: .sickLeaveStart)
    absence = try c.decodeIfPresent(Absence.self, forKey: .absence)
    contractEnd = try c.decodeIfPresent(CivilDate.self, forKey: .contractEnd)
    allowanceClaimed = try c.decodeIfPresent(Bool.self, forKey: .allowanceClaimed)
  }
}

extension Situation.Absence {
  enum CodingKeys: String, CodingKey {
    case start, days
    case daysAlreadyThisYear = "days_already_this_year"
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
