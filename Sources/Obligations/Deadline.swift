import WorkingDays

/// A computed due date with everything needed to explain it: the trace of
/// days and the notes on how it was counted.
public struct Deadline: Hashable, Sendable {
  public let rule: Rule
  /// The event date the count starts from (for the monthly declaration:
  /// the day the window opens).
  public let from: CivilDate
  /// The last day to act (until 23:59, or midnight for hour delays).
  public let due: CivilDate
  /// Every day looked at, in order, with whether it counted and why not.
  public let days: [TracedDay]
  /// How the count was made, in order, for the explanation.
  public let notes: [CountingNote]

  public init(rule: Rule, from: CivilDate, due: CivilDate, days: [TracedDay], notes: [CountingNote]) {
    self.rule = rule
    self.from = from
    self.due = due
    self.days = days
    self.notes = notes
  }
}

/// One fact about how a deadline was counted; the Wording module turns each
/// into a plain sentence.
public enum CountingNote: Hashable, Sendable {
  /// The starting day does not count.
  case startDayNotCounted
  /// Saturdays, Sundays and holidays were skipped (working days).
  case skipsWeekendsAndHolidays
  /// Sundays and holidays were skipped (jours ouvrables).
  case skipsSundaysAndHolidays
  /// Every day counted (calendar days).
  case everyDayCounts
  /// An hour delay whose starting time is unknown: counted from 00:00 of
  /// the event day, the earliest reading.
  case hoursFromStartOfDay(hours: Int)
  /// Months: same day number, or the last day of a shorter month.
  case monthsSameDayNumber(months: Int, clampedToMonthEnd: Bool)
  /// The last day fell on a day off and an administrative delay is not
  /// moved.
  case notExtended(DayKind)
  /// A court delay ending on a day off, moved to the next working day.
  case extended(from: CivilDate, to: CivilDate)
  /// A fixed France Travail date, never moved.
  case fixedDate(DeclarationWindow)
  /// The event has already passed (a missed appointment): no delay to
  /// count, act today.
  case eventPassed(CivilDate)
  /// The rule has low or medium confidence: confirm with the adviser.
  case confidence(Confidence)
}
