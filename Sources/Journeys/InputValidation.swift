import WorkingDays

/// Why a typed answer was refused: a catalog key and what to fill it with.
public struct InputProblem: Error, Hashable, Sendable {
  public let key: String
  public let arguments: [String: TextArgument]
  public init(_ key: String, _ arguments: [String: TextArgument] = [:]) {
    self.key = key
    self.arguments = arguments
  }
}

/// Turns typed text into an answer, or says what is wrong and what to type.
public enum InputValidation {
  public static func validate(_ text: String, for question: Question) -> Result<AnswerValue, InputProblem> {
    switch question.kind {
    case .choice: return .failure(InputProblem("input.error.choose"))
    case let .date(bounds): return date(text, bounds)
    case let .number(range, _, _): return number(text, range)
    case let .amount(maxCents): return amount(text, maxCents: maxCents)
    }
  }

  public static func date(_ text: String, _ bounds: Question.DateBounds) -> Result<AnswerValue, InputProblem> {
    if let stray = stray(in: text, allowed: { isDigit($0) || "/-.".contains($0) || isSpace($0) }) {
      return .failure(InputProblem("input.error.date_character", ["character": .text(String(stray))]))
    }
    switch DateInputParser.parse(text) {
    case let .failure(problem):
      switch problem {
      case .empty: return .failure(InputProblem("input.error.date_empty"))
      case .unreadable: return .failure(InputProblem("input.error.date_unreadable"))
      case let .noSuchDay(day, month, _):
        return .failure(InputProblem("input.error.no_such_day", ["day": .number(day), "month": .monthOfYear(month)]))
      case let .noSuchMonth(month): return .failure(InputProblem("input.error.no_such_month", ["month": .number(month)]))
      case .shortYear: return .failure(InputProblem("input.error.short_year"))
      case let .yearOutOfRange(year): return .failure(InputProblem("input.error.year", ["year": .number(year)]))
      }
    case let .success(date):
      if date < bounds.earliest {
        return .failure(InputProblem(bounds.tooEarlyKey, ["date": .date(date), "earliest": .date(bounds.earliest)]))
      }
      if date > bounds.latest {
        return .failure(InputProblem(bounds.tooLateKey, ["date": .date(date), "latest": .date(bounds.latest)]))
      }
      return .success(.date(date))
    }
  }

  static func number(_ text: String, _ range: ClosedRange<Int>) -> Result<AnswerValue, InputProblem> {
    let trimmed = text.trimmingSpaces
    guard !trimmed.isEmpty else { return .failure(InputProblem("input.error.number_empty")) }
    if let stray = stray(in: trimmed, allowed: { isDigit($0) || isSpace($0) }) {
      // "35.5" or "35,5": hours are whole; deleting the mark would make 355.
      if stray == "." || stray == "," {
        return .failure(InputProblem("input.error.number_decimal", ["character": .text(String(stray))]))
      }
      return .failure(InputProblem("input.error.number_character", ["character": .text(String(stray))]))
    }
    // Spaces only between thousands ("1 234"): "1 5" is not silently 15.
    guard let digits = groupedDigits(trimmed) else { return .failure(InputProblem("input.error.number_spaces")) }
    // Twenty digits do not fit an Int: out of range too.
    guard let n = Int(digits), range.contains(n) else {
      return .failure(InputProblem("input.error.number_range",
                                   ["min": .number(range.lowerBound), "max": .number(range.upperBound)]))
    }
    return .success(.number(n))
  }

  /// Amounts as people type them in France: "1 234,56", "1234,5", "1234",
  /// "1 234 €"; a dot is accepted as the decimal mark too ("1234.56").
  /// Nothing else is dropped: "42O,50" (a letter O) is refused with the
  /// letter named, never read as 42,50.
  public static func amount(_ text: String, maxCents: Int) -> Result<AnswerValue, InputProblem> {
    var body = text.trimmingSpaces
    guard !body.isEmpty else { return .failure(InputProblem("input.error.amount_empty")) }
    if let stray = stray(in: body, allowed: { isDigit($0) || $0 == "," || $0 == "." || $0 == "€" || isSpace($0) }) {
      return .failure(InputProblem("input.error.amount_character", ["character": .text(String(stray))]))
    }
    // The euro sign belongs before or after the amount, not inside it.
    if body.hasSuffix("€") { body = String(body.dropLast()).trimmingSpaces } else if body.hasPrefix("€") {
      body = String(body.dropFirst()).trimmingSpaces
    }
    let marks = body.filter { $0 == "," || $0 == "." }.count
    guard !body.contains("€"), marks <= 1 else { return .failure(InputProblem("input.error.amount_format")) }
    let parts = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "," || $0 == "." })
    guard let euroText = parts.first.map(String.init), let euros = groupedDigits(euroText.trimmingSpaces),
      euros.count <= 9
    else { return .failure(InputProblem("input.error.amount_format")) }
    var cents = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...2).contains(fraction.count), fraction.allSatisfy(isDigit) else {
        return .failure(InputProblem("input.error.amount_format"))
      }
      cents = Int(fraction)! * (fraction.count == 1 ? 10 : 1)
    }
    let total = Int(euros)! * 100 + cents
    guard total <= maxCents else {
      return .failure(InputProblem("input.error.amount_range", ["max": .number(maxCents / 100)]))
    }
    return .success(.amount(total))
  }

  /// The first character that has no place in the answer, to name it in
  /// the refusal.
  static func stray(in text: String, allowed: (Character) -> Bool) -> Character? {
    text.first { !allowed($0) }
  }

  static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

  /// A space, including the no-break spaces a copy from a payslip brings.
  static func isSpace(_ c: Character) -> Bool { c == " " || c == "\u{00A0}" || c == "\u{202F}" || c == "\t" }

  /// "1234" or "1 234 567" (a first group of 1 to 3 digits, then groups
  /// of exactly 3) as plain digits; nil for "12 34" or "1  234".
  static func groupedDigits(_ text: String) -> String? {
    let groups = text.split(whereSeparator: isSpace).map(String.init)
    guard !groups.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isDigit) }) else { return nil }
    if groups.count > 1 {
      // One space between groups: the same count of characters as the digits and the gaps.
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
        text.count == groups.reduce(0) { $0 + $1.count } + groups.count - 1
      else { return nil }
    }
    return groups.joined()
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    let isSpace = InputValidation.isSpace
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(self[first...last])
  }
}
