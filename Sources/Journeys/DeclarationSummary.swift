import Obligations
import WorkingDays

/// What to enter in the official declaration, which documents to send, and
/// the deadlines the answers start. Pure: answers in, summary out.
public struct DeclarationSummary: Hashable, Sendable {
  public struct Employer: Hashable, Sendable {
    public let number: Int
    public let hours: Int
    public let payCents: Int
  }

  public struct Sickness: Hashable, Sendable {
    /// "sickness", "maternity" or "work_accident".
    public let kind: String
    public let start: CivilDate
    /// Nil while the leave goes on.
    public let end: CivilDate?
  }

  public let month: YearMonth
  public let window: DeclarationWindow
  public let stillLooking: Bool
  public let stoppedOn: CivilDate?
  public let stopReason: String?
  public let employers: [Employer]
  public let trainingStart: CivilDate?
  public let trainingEnd: CivilDate?
  public let sickness: Sickness?
  public let pension: Bool
  public let otherChange: String?
  /// Catalog keys of the documents to send next.
  public let documents: [String]
  /// Deadlines started by the answers, ranked (the declaration itself first).
  public let assessment: RiskAssessment

  public var totalHours: Int { employers.reduce(0) { $0 + $1.hours } }
  public var totalPayCents: Int { employers.reduce(0) { $0 + $1.payCents } }

  public init(
    answers a: Answers, journey: MonthlyDeclarationJourney, ruleBook: RuleBook, thresholds: RiskThresholds,
    department: String, today: CivilDate
  ) throws(RiskCheckError) {
    let applies = Set(journey.questions(for: a, context: JourneyContext(today: today)).map(\.id))
    func value<T>(_ id: String, _ read: (String) -> T?) -> T? { applies.contains(id) ? read(id) : nil }
    month = journey.month
    window = ruleBook.declarationCalendar.window(for: journey.month)
    stillLooking = a.choice("looking") != "no"
    stoppedOn = value("looking.stop", a.date)
    stopReason = value("looking.reason", a.choice)
    var employers: [Employer] = []
    for n in 1...MonthlyDeclarationJourney.maxEmployers {
      guard let hours = value("work.\(n).hours", a.number), let pay = value("work.\(n).pay", a.amount) else { break }
      employers.append(Employer(number: n, hours: hours, payCents: pay))
    }
    self.employers = employers
    trainingStart = value("training.start", a.date)
    trainingEnd = value("training.end", a.date)
    if let kind = value("sick.kind", a.choice), let start = value("sick.start", a.date) {
      sickness = Sickness(kind: kind, start: start, end: a.isYes("sick.ended") ? value("sick.end", a.date) : nil)
    } else {
      sickness = nil
    }
    pension = a.isYes("pension")
    otherChange = value("other.kind", a.choice)

    var documents: [String] = []
    if !employers.isEmpty { documents.append("doc.payslips") }
    if !stillLooking, stopReason == "job" { documents.append("doc.contract") }
    if trainingEnd != nil { documents.append("doc.training_certificate") }
    if sickness != nil { documents.append("doc.sick_note") }
    if pension { documents.append("doc.pension") }
    if otherChange == "address" { documents.append("doc.proof_of_address") }
    if otherChange == "residence_permit" { documents.append("doc.residence_permit") }
    self.documents = documents

    var situation = Situation(department: department, today: today)
    situation.lastDeclaredMonth = journey.month.adding(months: -1).description
    situation.trainingEnd = trainingEnd
    if let sickness {
      situation.sickLeaveStart = sickness.start
      situation.sickLeaveSent = a.isYes("sick.sent")
    }
    // An "other change" has no date asked, so no deadline is invented for it:
    // the summary tells the person to report it in this declaration.
    assessment = try RiskAssessor(ruleBook: ruleBook, thresholds: thresholds).assess(situation, today: today)
  }
}
