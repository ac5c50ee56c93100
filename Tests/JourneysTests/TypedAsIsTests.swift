import Journeys
import Testing
import WorkingDays

/// No typed character is dropped or changed without the person seeing it:
/// an answer with a stray character is refused, and the refusal names it.
@Suite struct TypedAsIsTests {
  let bounds = Question.DateBounds(earliest: CivilDate(year: 2020, month: 1, day: 1)!,
                                   latest: CivilDate(year: 2030, month: 12, day: 31)!, tooEarlyKey: "early", tooLateKey: "late")
  let hours = Question(id: "h", textKey: "k", kind: .number(0...744, confirmAbove: 200, unitKey: "u"), summaryKey: "s")
}

extension TypedAsIsTests {
  @Test(arguments: [("42O,50", "O"), ("4 2l,00", "l"), ("12,5O", "O"), ("1 234,56 EUR", "E"), ("-12", "-"), ("12$", "$"),
                    ("1'234", "'"), ("42,5O €", "O")])
  func `an amount with a stray character is refused, naming it`(_ text: String, _ stray: String) {
    #expect(InputValidation.amount(text, maxCents: 100_000_00)
      == .failure(InputProblem("input.error.amount_character", ["character": .text(stray)])))
  }

  @Test(arguments: ["42€50", "12 34", "1  234", "1 2345", "1 234,5 6", "1,234,56", "€", "12,", ",50", "1.234,56"])
  func `an amount whose marks are out of place is refused, not rearranged`(_ text: String) {
    #expect(InputValidation.amount(text, maxCents: 100_000_00) == .failure(InputProblem("input.error.amount_format")))
  }

  @Test(arguments: [("42,50", 4_250), ("€ 42,50", 4_250), ("42,50€", 4_250), (" 1 234 567,8 ", 123_456_780),
                    ("1\u{202F}234,56", 123_456)])
  func `amounts written as on a payslip are read as typed`(_ text: String, _ cents: Int) {
    #expect(InputValidation.amount(text, maxCents: 100_000_000_00) == .success(.amount(cents)))
  }

  @Test(arguments: [("35h", "h"), ("3O", "O")])
  func `a number of hours with a stray character is refused, naming it`(_ text: String, _ stray: String) {
    #expect(InputValidation.validate(text, for: hours)
      == .failure(InputProblem("input.error.number_character", ["character": .text(stray)])))
  }

  /// Deleting the mark of "35.5" as told would make 355: the message asks
  /// for whole hours instead.
  @Test(arguments: [("35,5", ","), ("1.5", ".")])
  func `hours with a decimal mark are refused with "round it"`(_ text: String, _ mark: String) {
    #expect(InputValidation.validate(text, for: hours)
      == .failure(InputProblem("input.error.number_decimal", ["character": .text(mark)])))
  }

  @Test func `hours with thousands gaps only`() {
    #expect(InputValidation.validate("1 5", for: hours) == .failure(InputProblem("input.error.number_spaces")))
    let big = Question(id: "n", textKey: "k", kind: .number(0...10_000, confirmAbove: nil, unitKey: "u"), summaryKey: "s")
    #expect(InputValidation.validate("1 500", for: big) == .success(.number(1_500)))
  }

  @Test(arguments: [("18/I2/2026", "I"), ("18/12/2O26", "O"), ("le 18/12/2026", "l"), ("18,12,2026", ",")])
  func `a date with a stray character is refused, naming it`(_ text: String, _ stray: String) {
    let q = Question(id: "d", textKey: "k", kind: .date(bounds), summaryKey: "s")
    #expect(InputValidation.validate(text, for: q)
      == .failure(InputProblem("input.error.date_character", ["character": .text(stray)])))
  }

  @Test func `a date typed with the accepted separators is read as typed`() {
    let q = Question(id: "d", textKey: "k", kind: .date(bounds), summaryKey: "s")
    for text in ["18/12/2026", "18-12-2026", "18.12.2026", "18 12 2026", "2026-12-18"] {
      #expect(InputValidation.validate(text, for: q) == .success(.date(CivilDate(year: 2026, month: 12, day: 18)!)), "\(text)")
    }
  }
}
