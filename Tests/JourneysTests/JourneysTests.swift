import Journeys
import KioskConfig
import Obligations
import Testing
import WorkingDays
import Foundation

enum Bundled {
  static let config = try! ConfigLoader.load(directory: URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("kiosk-config"))
}

func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite struct InputValidationTests {}

extension InputValidationTests {
  @Test(arguments: [("1 234,56", 123_456), ("1234,5", 123_450), ("1234", 123_400), ("1 234 €", 123_400),
                    ("1234.56", 123_456), ("0,99", 99), ("1\u{00A0}500", 150_000)])
  func `amounts typed the French way`(_ text: String, _ cents: Int) {
    #expect(InputValidation.amount(text, maxCents: 100_000_00) == .success(.amount(cents)))
  }

  @Test(arguments: ["", "12,345", "1.234,56", "douze", "-5", "12,"])
  func `amounts refused with a reason`(_ text: String) {
    guard case let .failure(problem) = InputValidation.amount(text, maxCents: 100_000_00) else {
      Issue.record("\(text) was accepted")
      return
    }
    #expect(problem.key.hasPrefix("input.error.amount"))
  }

  @Test func `hours between 0 and 744`() {
    let q = Question(id: "h", textKey: "k", kind: .number(0...744, confirmAbove: 200, unitKey: "u"), summaryKey: "s")
    #expect(InputValidation.validate("151", for: q) == .success(.number(151)))
    #expect(InputValidation.validate(" 151 ", for: q) == .success(.number(151)))
    // A space inside is a thousands gap or a mistake, never dropped silently.
    #expect(InputValidation.validate("15 1", for: q) == .failure(InputProblem("input.error.number_spaces")))
    #expect(InputValidation.validate("745", for: q) == .failure(InputProblem("input.error.number_range", ["min": .number(0), "max": .number(744)])))
    #expect(InputValidation.validate("12h", for: q) == .failure(InputProblem("input.error.number_character", ["character": .text("h")])))
  }

  @Test func `dates outside the bounds say which bound`() {
    let bounds = Question.DateBounds(earliest: d("2026-11-01"), latest: d("2026-11-22"), tooEarlyKey: "early", tooLateKey: "late")
    let q = Question(id: "d", textKey: "k", kind: .date(bounds), summaryKey: "s")
    #expect(InputValidation.validate("20/11/2026", for: q) == .success(.date(d("2026-11-20"))))
    if case let .failure(p) = InputValidation.validate("31/10/2026", for: q) { #expect(p.key == "early") } else { Issue.record("accepted") }
    if case let .failure(p) = InputValidation.validate("23/11/2026", for: q) { #expect(p.key == "late") } else { Issue.record("accepted") }
    if case let .failure(p) = InputValidation.validate("31/11/2026", for: q) { #expect(p.key == "input.error.no_such_day") } else { Issue.record("accepted") }
  }
}

@Suite struct JourneyProgressTests {
  let journey = MonthlyDeclarationJourney(month: YearMonth(year: 2026, month: 11)!)
  let context = JourneyContext(today: d("2026-11-30"))

  func start() -> JourneyProgress {
    JourneyProgress(journeyID: journey.id, first: journey.questions(for: Answers(), context: context).first)
  }
}

extension JourneyProgressTests {
  @Test func `forward, back and forward again keeps every answer`() {
    var p = start()
    p.answer(.choice("yes"), journey: journey, context: context)       // looking
    p.answer(.choice("yes"), journey: journey, context: context)       // worked
    #expect(p.currentID == "work.1.hours")
    p.drafts["work.1.hours"] = "15"
    let wentBack = p.back(journey: journey, context: context)
    #expect(wentBack)
    #expect(p.currentID == "worked")
    p.answer(.choice("yes"), journey: journey, context: context)
    #expect(p.currentID == "work.1.hours")
    #expect(p.drafts["work.1.hours"] == "15")
    #expect(p.answers.choice("looking") == "yes")
  }

  @Test func `more than 200 hours asks to confirm; a typo can be corrected`() {
    var p = start()
    p.answer(.choice("yes"), journey: journey, context: context)
    p.answer(.choice("yes"), journey: journey, context: context)
    p.submit("250", journey: journey, context: context)
    #expect(p.pendingConfirmation == .number(250))
    #expect(p.currentID == "work.1.hours")
    p.rejectConfirmation()
    p.submit("25", journey: journey, context: context)
    #expect(p.currentID == "work.1.pay")
    #expect(p.answers.number("work.1.hours") == 25)
  }

  @Test func `a confirmed big number is kept`() {
    var p = start()
    p.answer(.choice("yes"), journey: journey, context: context)
    p.answer(.choice("yes"), journey: journey, context: context)
    p.submit("250", journey: journey, context: context)
    p.answer(.number(250), journey: journey, context: context)
    #expect(p.answers.number("work.1.hours") == 250)
  }

  @Test func `a refused answer stays typed and names the problem`() {
    var p = start()
    p.answer(.choice("yes"), journey: journey, context: context)
    p.answer(.choice("yes"), journey: journey, context: context)
    p.answer(.number(10), journey: journey, context: context)
    p.submit("12,345", journey: journey, context: context)
    #expect(p.currentID == "work.1.pay")
    #expect(p.problem?.key == "input.error.amount_format")
  }

  @Test func `changing an answer from the check page returns there after its new questions`() {
    var p = start()
    for value: AnswerValue in [.choice("yes"), .choice("no"), .choice("no"), .choice("no"), .choice("no"), .choice("no")] {
      p.answer(value, journey: journey, context: context)
    }
    #expect(p.currentID == nil)
    #expect(p.isComplete(journey: journey, context: context))
    p.edit("worked")
    p.answer(.choice("yes"), journey: journey, context: context)
    #expect(p.currentID == "work.1.hours")
    p.answer(.number(20), journey: journey, context: context)
    p.answer(.amount(30_000), journey: journey, context: context)
    p.answer(.choice("no"), journey: journey, context: context)
    #expect(p.currentID == nil)
    p.edit("pension")
    p.answer(.choice("yes"), journey: journey, context: context)
    #expect(p.currentID == nil)
  }

  @Test func `employers repeat until "no more", at most ten`() {
    var a = Answers()
    a["worked"] = .choice("yes")
    for n in 1...12 { a["work.\(n).more"] = .choice("yes") }
    let ids = journey.questions(for: a, context: context).map(\.id)
    #expect(ids.filter { $0.hasSuffix(".hours") }.count == 10)
    #expect(!ids.contains("work.10.more"))
    a["work.2.more"] = .choice("no")
    #expect(journey.questions(for: a, context: context).filter { $0.id.hasSuffix(".hours") }.count == 2)
  }
}

@Suite struct DeclarationSummaryTests {}

extension DeclarationSummaryTests {
  @Test func `a finished training starts the 5-working-day rule and asks for the certificate`() throws {
    let journey = MonthlyDeclarationJourney(month: YearMonth(year: 2026, month: 11)!)
    var a = Answers()
    a["looking"] = .choice("yes")
    a["worked"] = .choice("yes")
    a["work.1.hours"] = .number(35); a["work.1.pay"] = .amount(42_050); a["work.1.more"] = .choice("yes")
    a["work.2.hours"] = .number(10); a["work.2.pay"] = .amount(12_000); a["work.2.more"] = .choice("no")
    a["training"] = .choice("yes"); a["training.start"] = .date(d("2026-09-01"))
    a["training.ended"] = .choice("yes"); a["training.end"] = .date(d("2026-11-20"))
    a["sick"] = .choice("no"); a["pension"] = .choice("no"); a["other"] = .choice("no")
    let config = Bundled.config
    let summary = try DeclarationSummary(answers: a, journey: journey, ruleBook: config.ruleBook,
                                         thresholds: config.site.thresholds, department: "75", today: d("2026-11-22"))
    #expect(summary.totalHours == 45)
    #expect(summary.totalPayCents == 54_050)
    #expect(summary.documents == ["doc.payslips", "doc.training_certificate"])
    let all = summary.assessment.risks + summary.assessment.upcoming
    #expect(all.contains { $0.rule.id == "training-end" && $0.deadline.due == d("2026-11-27") })
    #expect(all.contains { $0.rule.id == "monthly-declaration" && $0.deadline.due == d("2026-12-15") })
  }

  @Test func `answers to questions that no longer apply are ignored`() throws {
    let journey = MonthlyDeclarationJourney(month: YearMonth(year: 2026, month: 11)!)
    var a = Answers()
    a["looking"] = .choice("yes"); a["worked"] = .choice("no")
    a["work.1.hours"] = .number(35); a["work.1.pay"] = .amount(42_050)  // typed, then "no"
    a["training"] = .choice("no"); a["sick"] = .choice("no"); a["pension"] = .choice("no"); a["other"] = .choice("no")
    let summary = try DeclarationSummary(answers: a, journey: journey, ruleBook: Bundled.config.ruleBook,
                                         thresholds: .init(), department: "75", today: d("2026-11-22"))
    #expect(summary.employers.isEmpty)
    #expect(summary.documents.isEmpty)
  }
}

@Suite struct RiskCheckJourneyTests {}

extension RiskCheckJourneyTests {
  @Test func `answers become the situation the risk check reads`() {
    let journey = RiskCheckJourney(calendar: Bundled.config.ruleBook.declarationCalendar, department: "75")
    var a = Answers()
    a["benefit"] = .choice("allowance"); a["declared"] = .choice("no")
    a["training"] = .choice("yes"); a["training.end"] = .date(d("2026-11-20"))
    a["appointment"] = .choice("no"); a["missed"] = .choice("no")
    a["letter"] = .choice("yes"); a["letter.date"] = .date(d("2026-11-18"))
    a["decision"] = .choice("no"); a["change"] = .choice("no")
    let s = journey.situation(from: a, today: d("2026-11-22"))
    #expect(s.benefit == .allowance)
    #expect(s.lastDeclaredMonth == "2026-09")  // October's window, the last opened, was not declared
    #expect(s.trainingEnd == d("2026-11-20"))
    #expect(s.notices == [.init(date: d("2026-11-18"))])
    #expect(journey.lastOpenedMonth(today: d("2026-11-28")) == YearMonth(year: 2026, month: 11))
  }

  @Test func `only the questions the rules need are asked`() {
    let journey = RiskCheckJourney(calendar: Bundled.config.ruleBook.declarationCalendar, department: "75")
    let ids = journey.questions(for: Answers(), context: JourneyContext(today: d("2026-11-22"))).map(\.id)
    #expect(ids == ["benefit", "declared", "training", "appointment", "missed", "letter", "decision", "change"])
  }
}
