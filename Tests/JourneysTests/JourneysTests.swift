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
    JourneyProgress(first: journey.questions(for: Answers(), context: context).first)
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
  @Test func `a finished training is one item with both dates, and asks for the certificate`() throws {
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
    // One item for the training's end: report it within 72 hours (Sunday 22),
    // re-register by the 5th working day (Friday 27) if needed.
    let training = all.first { if case .trainingEnd = $0.subject { true } else { false } }
    #expect(training?.deadline.due == d("2026-11-22"))
    if case let .trainingEnd(reRegisterBy, rule)? = training?.subject {
      #expect(reRegisterBy == d("2026-11-27") && rule.id == "training-end")
    } else {
      Issue.record("no training item")
    }
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
  static let journey = RiskCheckJourney(calendar: Bundled.config.ruleBook.declarationCalendar, department: "75")

  @Test func `answers become the situation the risk check reads`() {
    var a = Answers()
    a["benefit"] = .choice("allowance"); a["declared.closed"] = .choice("no")
    a["training"] = .choice("yes"); a["training.end"] = .date(d("2026-11-20"))
    a["appointment"] = .choice("no"); a["missed"] = .choice("no")
    a["letter"] = .choice("yes"); a["letter.date"] = .date(d("2026-11-18"))
    a["decision"] = .choice("yes"); a["decision.kind"] = .choice("overpayment"); a["decision.date"] = .date(d("2026-11-02"))
    a["change"] = .choice("yes"); a["change.kind"] = .choice("sickness"); a["change.date"] = .date(d("2026-11-19"))
    a["sick.online"] = .choice("unknown")
    a["engagement"] = .choice("no"); a["orientation.date"] = .date(d("2026-11-03"))
    a["offer"] = .choice("yes"); a["offer.times"] = .choice("2")
    a["permit"] = .choice("yes"); a["permit.date"] = .date(d("2027-03-31"))
    let s = Self.journey.situation(from: a, today: d("2026-11-22"))
    #expect(s.benefit == .allowance)
    #expect(s.lastDeclaredMonth == "2026-09")  // October's window closed on the 15th, not declared
    #expect(s.trainingEnd == d("2026-11-20"))
    #expect(s.notices == [.init(date: d("2026-11-18"))])
    #expect(s.decisions == [.init(date: d("2026-11-02"), kind: .overpayment)])
    #expect(s.sickLeaveStart == d("2026-11-19"))
    #expect(s.sickLeaveSent == false)  // "I don't know": warn rather than stay silent
    #expect(s.orientationDate == d("2026-11-03") && s.engagementSigned == false)
    #expect(s.jobOffersRefused == 2)
    #expect(s.residencePermitEnd == d("2027-03-31"))
    #expect(s.contractEnd == nil)  // an allowance is paid: no claim to make
  }

  @Test func `both declarations are asked by month name while a window is open`() {
    let context = JourneyContext(today: d("2026-11-29"))
    let questions = Self.journey.questions(for: Answers(), context: context)
    let closed = questions.first { $0.id == "declared.closed" }
    let open = questions.first { $0.id == "declared.open" }
    #expect(closed?.arguments["month"] == .month(YearMonth(year: 2026, month: 10)!))
    #expect(closed?.arguments["closes"] == .date(d("2026-11-15")))
    #expect(open?.arguments["month"] == .month(YearMonth(year: 2026, month: 11)!))
    #expect(open?.arguments["closes"] == .date(d("2026-12-15")))
    // Between the 16th and the 27th only the closed window is asked about.
    let ids = Self.journey.questions(for: Answers(), context: JourneyContext(today: d("2026-11-22"))).map(\.id)
    #expect(ids.contains("declared.closed") && !ids.contains("declared.open"))
  }

  @Test func `the declared answers set the last declared month`() {
    func last(_ closed: String, _ open: String?, on day: String) -> String? {
      var a = Answers()
      a["declared.closed"] = .choice(closed)
      if let open { a["declared.open"] = .choice(open) }
      return Self.journey.situation(from: a, today: d(day)).lastDeclaredMonth
    }
    #expect(last("yes", "yes", on: "2026-11-29") == "2026-11")
    #expect(last("yes", "no", on: "2026-11-29") == "2026-10")
    #expect(last("unknown", "yes", on: "2026-11-29") == "2026-09")
    #expect(last("yes", nil, on: "2026-11-22") == "2026-10")
    #expect(last("no", nil, on: "2027-02-20") == "2026-12")  // January closed on 15 February
  }

  @Test func `only the questions the rules need are asked`() {
    let ids = Self.journey.questions(for: Answers(), context: JourneyContext(today: d("2026-11-22"))).map(\.id)
    #expect(ids == ["benefit", "declared.closed", "work78", "training", "appointment", "missed", "letter", "decision",
                    "change", "engagement", "questionnaire", "permit", "offer", "contract"])
    var a = Answers()
    a["benefit"] = .choice("allowance"); a["decision"] = .choice("yes"); a["engagement"] = .choice("yes")
    let asked = Self.journey.questions(for: a, context: JourneyContext(today: d("2026-11-22"))).map(\.id)
    #expect(asked.contains("decision.kind") && asked.contains("decision.date"))
    #expect(!asked.contains("orientation.date") && !asked.contains("contract"))
  }
}
