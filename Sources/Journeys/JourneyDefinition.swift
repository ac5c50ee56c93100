import WorkingDays

/// What a journey's questions may depend on besides the answers.
public struct JourneyContext: Hashable, Sendable {
  public let today: CivilDate
  public init(today: CivilDate) { self.today = today }
}

/// A guided journey: which questions apply, in order, given the answers so
/// far. The list is recomputed after every answer, so a "no" removes its
/// follow-up questions and a "yes" adds them.
public protocol JourneyDefinition: Sendable {
  func questions(for answers: Answers, context: JourneyContext) -> [Question]
}
