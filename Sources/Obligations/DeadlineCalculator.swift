import WorkingDays

/// Computes deadlines from rules for one département.
public struct DeadlineCalculator: Sendable {
  public let ruleBook: RuleBook
  public let counter: DayCounter

  public init(ruleBook: RuleBook, department: Department) {
    self.ruleBook = ruleBook
    self.counter = DayCounter(department: department)
  }

  /// The deadline of rule `id` (the version in force on `date`) for an
  /// event on `date`.
  public func deadline(_ id: String, from date: CivilDate) throws(DeadlineError) -> Deadline {
    let rule: Rule
    do { rule = try ruleBook.rule(id, on: date) } catch { throw .rule(error) }
    return try deadline(rule, from: date)
  }

  public func deadline(_ rule: Rule, from date: CivilDate) throws(DeadlineError) -> Deadline {
    do {
      var result: Deadline
      switch rule.unit {
      case .workingDays: result = try dayDeadline(rule, date, .workingDays)
      case .ouvrables: result = try dayDeadline(rule, date, .ouvrables)
      case .calendarDays: result = try dayDeadline(rule, date, .calendarDays)
      case .hours: result = try hourDeadline(rule, date)
      case .months: result = try monthDeadline(rule, date)
      case .fixedDate:
        let window = ruleBook.declarationCalendar.currentOrNextWindow(on: date)
        result = fixedDeadline(rule, window)
      case .none: throw DeadlineError.noDeadline(rule.id)
      }
      if rule.confidence != .high {
        result = Deadline(rule: rule, from: result.from, due: result.due, days: result.days,
                          notes: result.notes + [.confidence(rule.confidence)])
      }
      return result
    } catch let error as DeadlineError {
      throw error
    } catch let error as YearOutOfRange {
      throw .year(error)
    } catch {
      preconditionFailure("unexpected error \(error)")
    }
  }

  /// The deadline of the monthly declaration for `month`.
  public func declarationDeadline(for month: YearMonth, rule: Rule) -> Deadline {
    fixedDeadline(rule, ruleBook.declarationCalendar.window(for: month))
  }

  private func dayDeadline(_ rule: Rule, _ date: CivilDate, _ unit: DayUnit) throws(YearOutOfRange) -> Deadline {
    let count = try counter.add(rule.count, unit, to: date)
    var notes: [CountingNote] = [.startDayNotCounted]
    switch unit {
    case .workingDays: notes.append(.skipsWeekendsAndHolidays)
    case .ouvrables: notes.append(.skipsSundaysAndHolidays)
    case .calendarDays: notes.append(.everyDayCounts)
    }
    return applyLastDayRule(rule, from: date, due: count.due, days: count.trace, notes: notes)
  }

  /// Hours from an event whose time is unknown: counted from 00:00 that day
  /// (earliest reading), so 72 hours end at midnight after the third day.
  private func hourDeadline(_ rule: Rule, _ date: CivilDate) throws(YearOutOfRange) -> Deadline {
    let dayCount = max(1, (rule.count + 23) / 24)
    let due = date.adding(days: dayCount - 1)
    guard HolidayCalendar.supportedYears.contains(due.year) else { throw YearOutOfRange(year: due.year) }
    let days = (0..<dayCount).map { TracedDay(date: date.adding(days: $0), kind: .counted, rank: $0 + 1) }
    return Deadline(rule: rule, from: date, due: due, days: days, notes: [.hoursFromStartOfDay(hours: rule.count)])
  }

  private func monthDeadline(_ rule: Rule, _ date: CivilDate) throws(YearOutOfRange) -> Deadline {
    let target = date.adding(months: rule.count)
    guard HolidayCalendar.supportedYears.contains(target.year) else { throw YearOutOfRange(year: target.year) }
    let notes: [CountingNote] = [
      .monthsSameDayNumber(months: rule.count, clampedToMonthEnd: target.day != date.day)
    ]
    let days = (1...max(1, date.days(until: target))).map {
      TracedDay(date: date.adding(days: $0), kind: .counted, rank: $0)
    }
    return applyLastDayRule(rule, from: date, due: target, days: days, notes: notes)
  }

  /// A last day on a Saturday, Sunday or holiday: a court delay moves to the
  /// next working day (CPC 642); any other delay stays, and says so.
  private func applyLastDayRule(
    _ rule: Rule, from date: CivilDate, due: CivilDate, days: [TracedDay], notes: [CountingNote]
  ) -> Deadline {
    let lastKind = counter.kind(of: due, unit: .workingDays)
    guard !lastKind.isCounted else {
      return Deadline(rule: rule, from: date, due: due, days: days, notes: notes)
    }
    guard rule.mode == .court else {
      return Deadline(rule: rule, from: date, due: due, days: days, notes: notes + [.notExtended(lastKind)])
    }
    let moved = counter.nextOpenDay(onOrAfter: due)
    let newDays = days.dropLast() + moved.skipped + [TracedDay(date: moved.date, kind: .counted, rank: nil)]
    return Deadline(rule: rule, from: date, due: moved.date, days: Array(newDays),
                    notes: notes + [.extended(from: due, to: moved.date)])
  }

  private func fixedDeadline(_ rule: Rule, _ window: DeclarationWindow) -> Deadline {
    let length = window.opens.days(until: window.closes)
    let days = (0...max(0, length)).map {
      TracedDay(date: window.opens.adding(days: $0), kind: .counted, rank: $0 + 1)
    }
    return Deadline(rule: rule, from: window.opens, due: window.closes, days: days, notes: [.fixedDate(window)])
  }
}

public enum DeadlineError: Error, Equatable, CustomStringConvertible {
  case rule(RuleLookupError)
  case year(YearOutOfRange)
  /// The rule explains and sets no date.
  case noDeadline(String)

  public var description: String {
    switch self {
    case let .rule(error): return error.description
    case let .year(error): return error.description
    case let .noDeadline(id): return "rule \"\(id)\" sets no deadline: it is an explanation (see kiosk rules)"
    }
  }
}
