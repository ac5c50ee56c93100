import Testing
import WorkingDays

@Suite struct CivilDateTests {}

extension CivilDateTests {
  @Test func `a day number round-trips for every day from 1900 to 2200`() {
    let first = d("1900-01-01").dayNumber
    let last = d("2200-12-31").dayNumber
    var previous: CivilDate?
    for n in first...last {
      let date = CivilDate(dayNumber: n)
      #expect(date.dayNumber == n)
      if let previous { #expect(previous < date) }
      previous = date
    }
  }

  @Test func `weekdays match known dates`() {
    #expect(d("2026-12-28").weekday == .monday)
    #expect(d("1970-01-01").weekday == .thursday)
    #expect(d("2000-02-29").weekday == .tuesday)
    #expect(d("1900-01-01").weekday == .monday)
    #expect(d("2200-12-31").weekday == .wednesday)
  }

  @Test func `days that do not exist are refused`() {
    #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
    #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
    #expect(CivilDate(year: 2026, month: 4, day: 31) == nil)
    #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
    #expect(CivilDate(iso: "2026-02-31") == nil)
    #expect(CivilDate(iso: "2026-2-3") == nil)
    #expect(CivilDate(iso: "26-02-03") == nil)
  }

  @Test func `adding months keeps the day number or takes the last day of the month`() {
    #expect(d("2026-03-31").adding(months: 1) == d("2026-04-30"))
    #expect(d("2026-12-31").adding(months: 2) == d("2027-02-28"))
    #expect(d("2027-12-31").adding(months: 2) == d("2028-02-29"))
    #expect(d("2026-11-15").adding(months: 2) == d("2027-01-15"))
    #expect(d("2026-01-15").adding(months: -1) == d("2025-12-15"))
    #expect(d("2026-05-10").adding(months: 12) == d("2027-05-10"))
  }
}

@Suite struct DateInputParserTests {}

extension DateInputParserTests {
  @Test(arguments: ["18/12/2026", "18 12 2026", "18-12-2026", "18.12.2026", " 18/12/2026 ", "2026-12-18"])
  func `accepted ways of typing a date`(_ text: String) {
    #expect(DateInputParser.parse(text) == .success(d("2026-12-18")))
  }

  @Test func `single digits are accepted`() {
    #expect(DateInputParser.parse("1/2/2027") == .success(d("2027-02-01")))
  }

  @Test func `each refusal says why`() {
    #expect(DateInputParser.parse("") == .failure(.empty))
    #expect(DateInputParser.parse("30/02/2026") == .failure(.noSuchDay(day: 30, month: 2, year: 2026)))
    #expect(DateInputParser.parse("12/13/2026") == .failure(.noSuchMonth(13)))
    #expect(DateInputParser.parse("18/12/26") == .failure(.shortYear(26)))
    #expect(DateInputParser.parse("18/12/2301") == .failure(.yearOutOfRange(2301)))
    #expect(DateInputParser.parse("demain") == .failure(.unreadable("demain")))
    #expect(DateInputParser.parse("18/12") == .failure(.unreadable("18/12")))
    #expect(DateInputParser.parse("١٨/١٢/٢٠٢٦") == .failure(.unreadable("١٨/١٢/٢٠٢٦")))
  }
}
