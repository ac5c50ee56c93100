import WorkingDays

/// One answer, typed: what the person chose or typed once validated.
public enum AnswerValue: Hashable, Sendable {
  /// The id of the chosen option ("yes", "allowance"…).
  case choice(String)
  case date(CivilDate)
  case number(Int)
  /// An amount in cents.
  case amount(Int)
}

/// The answers of one journey, by question id. Answers to questions that no
/// longer apply (after a "no") are kept, so switching back restores them;
/// results only read the questions that apply.
public struct Answers: Hashable, Sendable {
  public private(set) var values: [String: AnswerValue] = [:]

  public init() {}

  public subscript(id: String) -> AnswerValue? {
    get { values[id] }
    set { values[id] = newValue }
  }

  public func choice(_ id: String) -> String? {
    if case let .choice(option)? = values[id] { return option }
    return nil
  }

  public func isYes(_ id: String) -> Bool { choice(id) == "yes" }

  public func date(_ id: String) -> CivilDate? {
    if case let .date(date)? = values[id] { return date }
    return nil
  }

  public func number(_ id: String) -> Int? {
    if case let .number(n)? = values[id] { return n }
    return nil
  }

  public func amount(_ id: String) -> Int? {
    if case let .amount(cents)? = values[id] { return cents }
    return nil
  }
}
