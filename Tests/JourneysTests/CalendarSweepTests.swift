import Journeys
import Obligations
import Testing
import WorkingDays
import Wording

/// Every day of 2026 and 2027, archetype claimants answer the risk
/// journey and the check is read for what must always hold. The windows are
/// worked out here from the rule (the 28th, the 26th in February, to the
/// 15th of the next month), not taken from the code under test.
@Suite struct CalendarSweepTests {
  static let journey = RiskCheckJourney(calendar: Bundled.config.ruleBook.declarationCalendar, department: "75")
  static let assessor = RiskAssessor(ruleBook: Bundled.config.ruleBook)
  static let wording = RiskWording(catalog: Bundled.config.catalog("fr"))

  static var days: [CivilDate] {
    let first = d("2026-01-01")
    return (0..<first.days(until: d("2027-12-31")) + 1).map { first.adding(days: $0) }
  }

  struct Window: Equatable {
    let year: Int, month: Int
    var opens: CivilDate { CivilDate(year: year, month: month, day: month == 2 ? 26 : 28)! }
    var closes: CivilDate { CivilDate(year: month == 12 ? year + 1 : year, month: month == 12 ? 1 : month + 1, day: 15)! }
    func adding(_ n: Int) -> Window {
      let index = year * 12 + (month - 1) + n
      return Window(year: index / 12, month: index % 12 + 1)
    }
  }

  /// The window that closed last before `day`, and the one open on `day`.
  static func windows(on day: CivilDate) -> (closed: Window, open: Window?) {
    let this = Window(year: day.year, month: day.month)
    let closed = day.day > 15 ? this.adding(-1) : this.adding(-2)
    let open: Window? = day >= this.opens ? this : (day.day <= 15 ? this.adding(-1) : nil)
    return (closed, open)
  }

  static func assess(_ day: CivilDate, closed: String, open: String) throws -> RiskAssessment {
    var a = Answers()
    a["benefit"] = .choice("allowance")
    a["declared.closed"] = .choice(closed)
    a["declared.open"] = .choice(open)
    return try assessor.assess(journey.situation(from: a, today: day), today: day)
  }

  static func declarations(_ a: RiskAssessment) -> [(month: YearMonth, risk: Risk)] {
    (a.risks + a.upcoming).compactMap { risk in
      if case let .monthlyDeclaration(month, _, _) = risk.subject { return (month, risk) }
      return nil
    }
  }
}

extension CalendarSweepTests {
  @Test func `the oracle agrees with the rule on known days`() {
    // 29 November 2026: October closed on the 15th, November open since the 28th.
    #expect(Self.windows(on: d("2026-11-29")).closed == Window(year: 2026, month: 10))
    #expect(Self.windows(on: d("2026-11-29")).open == Window(year: 2026, month: 11))
    #expect(Self.windows(on: d("2026-11-22")).open == nil)
    #expect(Self.windows(on: d("2027-03-01")).open == Window(year: 2027, month: 2))  // opened 26 February
    #expect(Self.windows(on: d("2027-01-15")).closed == Window(year: 2026, month: 11))
  }

  @Test func `an undeclared closed window is overdue on every day, with what happened and what to do`() throws {
    for day in Self.days {
      let expected = Self.windows(on: day).closed
      for answer in ["no", "unknown"] {
        let a = try Self.assess(day, closed: answer, open: "no")
        let missed = Self.declarations(a).filter { $0.risk.status == .overdue }
        #expect(missed.count == 1, "\(day.iso): \(missed.count) overdue declarations")
        guard let item = missed.first else { continue }
        #expect(item.month == YearMonth(year: expected.year, month: expected.month)!, "\(day.iso)")
        #expect(item.risk.deadline.due == expected.closes, "\(day.iso)")
        #expect(a.atRisk, "\(day.iso): an undeclared closed window must answer yes")
        let notes = Self.wording.subjectNotes(item.risk).joined(separator: " ")
        #expect(notes.contains(Self.wording.catalog.longDate(expected.closes.adding(days: 1))), "\(day.iso): \(notes)")
        #expect(Self.wording.actions(item.risk).contains { $0.contains("Inscrivez-vous de nouveau") }, "\(day.iso)")
        #expect(!(a.risks + a.upcoming).contains { $0.status == .fine && $0.deadline.due < day }, "\(day.iso)")
      }
    }
  }

  @Test func `an open window is reported as open now with its closing date`() throws {
    for day in Self.days {
      guard let open = Self.windows(on: day).open else { continue }
      let a = try Self.assess(day, closed: "yes", open: "no")
      let item = Self.declarations(a).first { $0.month == YearMonth(year: open.year, month: open.month)! }
      #expect(item?.risk.deadline.due == open.closes, "\(day.iso)")
      #expect(item.map { [.today, .urgent, .soon, .toDo].contains($0.risk.status) } == true,
              "\(day.iso): \(String(describing: item?.risk.status))")
      #expect(!Self.declarations(a).contains { $0.risk.status == .overdue }, "\(day.iso)")
      if let item, item.risk.status != .today {
        let notes = Self.wording.subjectNotes(item.risk).joined(separator: " ")
        #expect(notes.contains(Self.wording.catalog.longDate(open.closes)), "\(day.iso): \(notes)")
      }
    }
  }

  @Test func `nothing is at risk when both windows are declared`() throws {
    for day in Self.days {
      let a = try Self.assess(day, closed: "yes", open: "yes")
      #expect(!a.atRisk, "\(day.iso)")
      #expect(!Self.declarations(a).contains { $0.risk.status == .overdue }, "\(day.iso)")
      if Self.windows(on: day).open == nil {
        // Between the 16th and the 27th: the next window, not yet open.
        let next = Self.declarations(a).first
        #expect(next.map { $0.risk.deadline.from > day } == true, "\(day.iso)")
      }
    }
  }
}
