import Testing
import WorkingDays

@Suite struct DayCounterTests {
  func due(_ n: Int, _ unit: DayUnit, from start: String, in code: String) -> String {
    try! DayCounter(department: dept(code)).add(n, unit, to: d(start)).due.iso
  }
}

extension DayCounterTests {
  @Test func `five working days across Christmas`() {
    #expect(due(5, .workingDays, from: "2026-12-18", in: "75") == "2026-12-28")
    // 2025: 26 December is a Friday, a holiday only in Alsace-Moselle.
    #expect(due(5, .workingDays, from: "2025-12-22", in: "75") == "2025-12-30")
    #expect(due(5, .workingDays, from: "2025-12-22", in: "57") == "2025-12-31")
  }

  @Test func `across the new year`() {
    #expect(due(5, .workingDays, from: "2026-12-30", in: "75") == "2027-01-07")
    #expect(due(3, .ouvrables, from: "2026-12-30", in: "75") == "2027-01-04")
  }

  @Test func `Easter: Good Friday counts in Paris, not in Strasbourg`() {
    #expect(due(5, .workingDays, from: "2026-04-01", in: "75") == "2026-04-09")
    #expect(due(5, .workingDays, from: "2026-04-01", in: "67") == "2026-04-10")
  }

  @Test func `May bridges: 1 May and 8 May on Fridays`() {
    #expect(due(5, .workingDays, from: "2026-04-30", in: "75") == "2026-05-11")
    // Ascension Thursday 14 May, Whit Monday 25 May.
    #expect(due(5, .workingDays, from: "2026-05-12", in: "75") == "2026-05-20")
    #expect(due(10, .workingDays, from: "2026-05-12", in: "75") == "2026-05-28")
  }

  @Test func `overseas days move deadlines only where they apply`() {
    #expect(due(5, .workingDays, from: "2027-12-17", in: "974") == "2027-12-27")
    #expect(due(5, .workingDays, from: "2027-12-17", in: "75") == "2027-12-24")
    #expect(due(5, .workingDays, from: "2026-05-20", in: "972") == "2026-05-29")
    #expect(due(5, .workingDays, from: "2026-05-20", in: "75") == "2026-05-28")
  }

  @Test func `ouvrables count Saturdays, calendar days count everything`() {
    #expect(due(5, .ouvrables, from: "2026-12-18", in: "75") == "2026-12-24")
    #expect(due(10, .calendarDays, from: "2026-11-18", in: "75") == "2026-11-28")
  }

  @Test func `the trace names every skipped day`() throws {
    let count = try DayCounter(department: dept("75")).add(5, .workingDays, to: d("2026-12-18"))
    #expect(count.trace.count == 10)
    #expect(count.trace.first?.date == d("2026-12-19"))
    #expect(count.trace.map(\.rank).compactMap { $0 } == [1, 2, 3, 4, 5])
    let christmas = count.trace.first { $0.date == d("2026-12-25") }
    if case let .holiday(h)? = christmas?.kind { #expect(h.name == "Noël") } else { Issue.record("Christmas not marked") }
    #expect(count.trace.first?.kind == .weekend(.saturday))
  }

  @Test func `a court delay ending on a day off moves to the next open day`() {
    let counter = DayCounter(department: dept("75"))
    let moved = counter.nextOpenDay(onOrAfter: d("2026-10-31"))
    #expect(moved.date == d("2026-11-02"))  // Saturday, then Sunday 1 November (Toussaint)
    #expect(moved.skipped.count == 2)
  }

  @Test func `counting beyond 2200 is refused, not wrapped`() {
    #expect(throws: YearOutOfRange.self) {
      try DayCounter(department: dept("75")).add(5, .workingDays, to: d("2200-12-30"))
    }
  }
}

/// Laws that hold for every input: checked on 3,000 seeded random cases.
@Suite struct DayCounterProperties {
  static let departments = ["75", "57", "971", "974", "2A", "978"]

  func cases(_ n: Int) -> [(Department, CivilDate, Int, DayUnit)] {
    var rng = SeededGenerator(seed: 20_261_122)
    let start = d("1950-01-01").dayNumber
    let end = d("2150-12-31").dayNumber
    return (0..<n).map { _ in
      (dept(Self.departments.randomElement(using: &rng)!),
       CivilDate(dayNumber: Int.random(in: start...end, using: &rng)),
       Int.random(in: 0...30, using: &rng),
       DayUnit.allCases.randomElement(using: &rng)!)
    }
  }
}

extension DayCounterProperties {
  @Test func `a due date in working days is a working day, and the trace counts exactly N`() throws {
    for (department, start, n, unit) in cases(3000) {
      let counter = DayCounter(department: department)
      let result = try counter.add(n, unit, to: start)
      #expect(result.trace.filter { $0.kind.isCounted }.count == n)
      #expect(counter.count(unit, from: start, to: result.due) == n)
      if n > 0 {
        #expect(counter.kind(of: result.due, unit: unit).isCounted, "\(department.code) \(start) +\(n) \(unit)")
        #expect(result.trace.last?.date == result.due)
      } else {
        #expect(result.due == start)
      }
      if unit == .workingDays, n > 0 {
        #expect(!result.due.weekday.isWeekend)
        #expect(HolidayCalendar().holiday(on: result.due, department: department) == nil)
      }
    }
  }

  @Test func `a later start never gives an earlier due date`() throws {
    for (department, start, n, unit) in cases(1500) {
      let counter = DayCounter(department: department)
      let a = try counter.add(n, unit, to: start).due
      let b = try counter.add(n, unit, to: start.adding(days: 1)).due
      #expect(a <= b, "\(department.code) \(start) +\(n) \(unit)")
    }
  }
}
