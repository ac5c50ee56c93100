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
    let digits = text.filter { !$0.isWhitespace }
    guard !digits.isEmpty else { return .failure(InputProblem("input.error.number_empty")) }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else {
      return .failure(InputProblem("input.error.number_digits"))
    }
    guard range.contains(n) else {
      return .failure(InputProblem("input.error.number_range",
                                   ["min": .number(range.lowerBound), "max": .number(range.upperBound)]))
    }
    return .success(.number(n))
  }

  /// Amounts as people type them in France: "1 234,56", "1234,5", "1234",
  /// "1 234 €"; a dot is accepted as the decimal mark too ("1234.56").
  public static func amount(_ text: String, maxCents: Int) -> Result<AnswerValue, InputProblem> {
    var cleaned = text.filter { !$0.isWhitespace && $0 != "€" && $0 != "\u{00A0}" && $0 != "\u{202F}" }
    guard !cleaned.isEmpty else { return .failure(InputProblem("input.error.amount_empty")) }
    cleaned = cleaned.replacingOccurrences(of: ",", with: ".")
    let parts = cleaned.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let euros = parts.first, !euros.isEmpty,
      euros.allSatisfy({ $0.isASCII && $0.isNumber }), euros.count <= 9
    else { return .failure(InputProblem("input.error.amount_format")) }
    var cents = 0
    if parts.count == 2 {
      let fraction = parts[1]
      guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
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
}

extension String {
  fileprivate func replacingOccurrences(of target: Character, with replacement: Character) -> String {
    String(map { $0 == target ? replacement : $0 })
  }

  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    replacingOccurrences(of: Character(target), with: Character(replacement))
  }
}
