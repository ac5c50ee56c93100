import Obligations
import Testing
import WorkingDays

@Suite struct DeadlineCalculatorTests {
  func deadline(_ rule: String, _ from: String, in code: String = "75") throws -> Deadline {
    try DeadlineCalculator(ruleBook: BundledConfig.shared.ruleBook, department: dept(code)).deadline(rule, from: d(from))
  }
}

extension DeadlineCalculatorTests {
  @Test func `training end: 5 working days, low confidence, Christmas skipped`() throws {
    let result = try deadline("training-end", "2026-12-18")
    #expect(result.due == d("2026-12-28"))
    #expect(result.rule.confidence == .low)
    #expect(result.notes.contains(.confidence(.low)))
    #expect(result.days.filter { $0.kind.isCounted }.count == 5)
  }

  @Test func `72 hours from a change with no known time end on the third day`() throws {
    let result = try deadline("change-of-situation", "2026-11-20")
    #expect(result.due == d("2026-11-22"))
    #expect(result.days.map(\.date) == [d("2026-11-20"), d("2026-11-21"), d("2026-11-22")])
    #expect(result.notes.first == .hoursFromStartOfDay(hours: 72))
  }

  @Test func `a sick note is sent within the two days following the stoppage`() throws {
    // R321-2 CSS: a stoppage on the 27th is due on the 29th.
    #expect(try deadline("sick-leave-cpam", "2026-11-27").due == d("2026-11-29"))
  }

  @Test func `an explanation sets no deadline and says so`() throws {
    #expect(throws: DeadlineError.noDeadline("weekly-activity")) { try deadline("weekly-activity", "2026-11-27") }
  }

  @Test func `a delay of 0 days ends on the event's own day, never moved`() throws {
    // A residence permit ending on Sunday 10 January 2027.
    #expect(try deadline("residence-permit-end", "2027-01-10").due == d("2027-01-10"))
  }

  @Test func `10 days to answer a letter are not moved off a Saturday`() throws {
    let result = try deadline("sanction-notice-reply", "2026-11-18")
    #expect(result.due == d("2026-11-28"))
    #expect(result.due.weekday == .saturday)
    #expect(result.notes.contains(.notExtended(.weekend(.saturday))))
  }

  @Test func `2 months to contest: same day number, moved off a weekend and a holiday`() throws {
    #expect(try deadline("contest-decision", "2026-10-15").due == d("2026-12-15"))
    let moved = try deadline("contest-decision", "2026-08-31")
    #expect(moved.due == d("2026-11-02"))  // 31 Oct is a Saturday, 1 Nov Sunday and Toussaint
    #expect(moved.notes.contains(.extended(from: d("2026-10-31"), to: d("2026-11-02"))))
    let clamped = try deadline("contest-decision", "2026-12-31")
    #expect(clamped.due == d("2027-03-01"))  // 28 Feb 2027 is a Sunday
    #expect(clamped.notes.contains(.monthsSameDayNumber(months: 2, clampedToMonthEnd: true)))
  }

  @Test func `the monthly window is a fixed date, never moved`() throws {
    let november = try deadline("monthly-declaration", "2026-11-22")
    #expect(november.from == d("2026-11-28"))
    #expect(november.due == d("2026-12-15"))
    #expect(try deadline("monthly-declaration", "2026-12-10").due == d("2026-12-15"))
    #expect(try deadline("monthly-declaration", "2026-12-16").due == d("2027-01-15"))
    // The October window closes on Sunday 15 November 2026: not moved.
    #expect(try deadline("monthly-declaration", "2026-11-02").due == d("2026-11-15"))
    // February opens on the 26th (default rule for 2027).
    let february = try deadline("monthly-declaration", "2027-02-20")
    #expect(february.from == d("2027-02-26"))
    #expect(february.due == d("2027-03-15"))
  }

  @Test func `a published window overrides the default rule`() {
    let month = YearMonth(year: 2027, month: 4)!
    let special = DeclarationWindow(month: month, opens: d("2027-04-27"), closes: d("2027-05-17"), published: true)
    let calendar = DeclarationCalendar(published: [special])
    #expect(calendar.window(for: month) == special)
    #expect(calendar.window(for: YearMonth(year: 2027, month: 5)!).opens == d("2027-05-28"))
    #expect(calendar.window(for: YearMonth(year: 2027, month: 5)!).published == false)
  }

  @Test func `the version of a rule in force on the event date applies`() throws {
    let before = try deadline("missed-appointment", "2025-05-20")
    let after = try deadline("missed-appointment", "2025-06-02")
    #expect(before.rule.consequenceKey.hasSuffix("before_2025"))
    #expect(after.rule.source.text.contains("2025-478"))
  }

  @Test func `unknown rules and dates before a rule existed are refused clearly`() {
    #expect(throws: DeadlineError.self) { try deadline("no-such-rule", "2026-11-22") }
    do {
      _ = try deadline("training-end", "2021-06-01")
      Issue.record("a rule not yet in force was applied")
    } catch {
      #expect(String(describing: error).contains("not in force"))
    }
  }
}
