/// One day of a count, for the "why?" screen and the CLI trace.
public struct TracedDay: Hashable, Sendable {
  public let date: CivilDate
  public let kind: DayKind
  /// 1-based rank among counted days; nil when the day was skipped.
  public let rank: Int?

  public init(date: CivilDate, kind: DayKind, rank: Int?) {
    self.date = date
    self.kind = kind
    self.rank = rank
  }
}

/// The result of adding N days: the due date and every day looked at.
public struct DayCount: Hashable, Sendable {
  public let start: CivilDate
  public let count: Int
  public let unit: DayUnit
  public let due: CivilDate
  /// Days from the day after `start` up to `due`, each with its kind.
  public let trace: [TracedDay]
}

/// Working-day arithmetic for one département.
///
/// The starting day never counts (the administrative rule): five working
/// days from a Friday end on the next Friday, or later if a holiday falls in
/// between.
public struct DayCounter: Sendable {
  public let department: Department
  let calendar = HolidayCalendar()

  public init(department: Department) {
    self.department = department
  }

  /// What kind of day `date` is for `unit`.
  public func kind(of date: CivilDate, unit: DayUnit) -> DayKind {
    if unit == .calendarDays { return .counted }
    let weekday = date.weekday
    if weekday == .sunday || (weekday == .saturday && unit == .workingDays) {
      return .weekend(weekday)
    }
    if let holiday = calendar.holiday(on: date, department: department) {
      return .holiday(holiday)
    }
    return .counted
  }

  /// Adds `count` days of `unit` after `start`. A count of 0 returns `start`.
  public func add(_ count: Int, _ unit: DayUnit, to start: CivilDate) throws(YearOutOfRange) -> DayCount {
    precondition(count >= 0, "counts are never negative")
    var trace: [TracedDay] = []
    var date = start
    var counted = 0
    while counted < count {
      date = date.adding(days: 1)
      guard HolidayCalendar.supportedYears.contains(date.year) else {
        throw YearOutOfRange(year: date.year)
      }
      let kind = kind(of: date, unit: unit)
      if kind.isCounted { counted += 1 }
      trace.append(TracedDay(date: date, kind: kind, rank: kind.isCounted ? counted : nil))
    }
    return DayCount(start: start, count: count, unit: unit, due: date, trace: trace)
  }

  /// The number of `unit` days after `from` up to and including `to`
  /// (0 when `to` is not after `from`). "Days left" on screen uses it.
  public func count(_ unit: DayUnit, from: CivilDate, to: CivilDate) -> Int {
    guard from < to else { return 0 }
    if unit == .calendarDays { return from.days(until: to) }
    var n = 0
    var date = from
    while date < to {
      date = date.adding(days: 1)
      if kind(of: date, unit: unit).isCounted { n += 1 }
    }
    return n
  }

  /// The first day on or after `date` that is not a Saturday, Sunday or
  /// holiday, with the days skipped: how a court delay ending on a day off
  /// is extended (Code de procédure civile, art. 642).
  public func nextOpenDay(onOrAfter date: CivilDate) -> (date: CivilDate, skipped: [TracedDay]) {
    var day = date
    var skipped: [TracedDay] = []
    while true {
      let kind = kind(of: day, unit: .workingDays)
      if kind.isCounted { return (day, skipped) }
      skipped.append(TracedDay(date: day, kind: kind, rank: nil))
      day = day.adding(days: 1)
    }
  }
}
