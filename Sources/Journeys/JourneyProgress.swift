/// Where a person is in a journey: the answers, what they are typing, and
/// the current question (nil: the check-your-answers page).
///
/// Forward goes to the next question that applies; Esc goes to the previous
/// one; nothing typed or answered is ever dropped. From the check page, a
/// changed answer returns to the check page once every new question it
/// opened is answered.
public struct JourneyProgress: Hashable, Sendable {
  public private(set) var answers = Answers()
  /// What was typed in each field, exactly, even when refused.
  public var drafts: [String: String] = [:]
  public private(set) var currentID: String?
  public private(set) var problem: InputProblem?
  /// Set when a number above the confirmation threshold waits for "yes".
  public private(set) var pendingConfirmation: AnswerValue?
  /// True while changing an answer from the check page.
  public private(set) var editingFromCheck = false
  public private(set) var reachedCheck = false

  public init(first: Question?) {
    self.currentID = first?.id
  }

  public func current(in questions: [Question]) -> Question? {
    currentID.flatMap { id in questions.first { $0.id == id } }
  }

  /// "Question 3 of 8": the part of the journey (1-based) and how many
  /// parts, so the count never grows as answers add follow-up questions;
  /// `followUp` is true past a part's first question. Nil on the check page.
  public func position(in questions: [Question]) -> (index: Int, count: Int, followUp: Bool)? {
    guard let id = currentID, let i = questions.firstIndex(where: { $0.id == id }) else { return nil }
    var sections: [String] = []
    for question in questions where sections.last != question.section { sections.append(question.section) }
    let before = questions[..<i].reduce(into: [String]()) { parts, q in
      if parts.last != q.section { parts.append(q.section) }
    }
    let followUp = i > 0 && questions[i - 1].section == questions[i].section
    return (followUp ? before.count : before.count + 1, sections.count, followUp)
  }

  /// Records a valid answer to the current question and moves on.
  public mutating func answer(_ value: AnswerValue, journey: some JourneyDefinition, context: JourneyContext) {
    guard let id = currentID else { return }
    let before = journey.questions(for: answers, context: context)
    if case let .number(n) = value, let question = before.first(where: { $0.id == id }),
      case let .number(_, threshold?, _) = question.kind, n > threshold, pendingConfirmation != value
    {
      pendingConfirmation = value
      problem = nil
      return
    }
    pendingConfirmation = nil
    problem = nil
    answers[id] = value
    advance(from: id, journey: journey, context: context)
  }

  /// The person said the big number was wrong: back to typing it.
  public mutating func rejectConfirmation() {
    pendingConfirmation = nil
  }

  /// Validates typed text for the current question, then answers it.
  public mutating func submit(_ text: String, journey: some JourneyDefinition, context: JourneyContext) {
    guard let question = current(in: journey.questions(for: answers, context: context)) else { return }
    switch InputValidation.validate(text, for: question) {
    case let .success(value): answer(value, journey: journey, context: context)
    case let .failure(problem): self.problem = problem
    }
  }

  private mutating func advance(from id: String, journey: some JourneyDefinition, context: JourneyContext) {
    let questions = journey.questions(for: answers, context: context)
    guard let index = questions.firstIndex(where: { $0.id == id }) else {
      currentID = nil
      return
    }
    let rest = questions[(index + 1)...]
    if editingFromCheck {
      currentID = rest.first { answers[$0.id] == nil }?.id
    } else {
      currentID = rest.first?.id
    }
    if currentID == nil {
      editingFromCheck = false
      reachedCheck = true
    }
  }

  /// One step back. Returns false when already at the first question (the
  /// screen then leaves the journey).
  public mutating func back(journey: some JourneyDefinition, context: JourneyContext) -> Bool {
    let questions = journey.questions(for: answers, context: context)
    problem = nil
    pendingConfirmation = nil
    guard let id = currentID else {
      currentID = questions.last?.id
      return currentID != nil
    }
    if editingFromCheck {
      editingFromCheck = false
      currentID = nil
      return true
    }
    guard let index = questions.firstIndex(where: { $0.id == id }), index > 0 else { return false }
    currentID = questions[index - 1].id
    return true
  }

  /// From the check page: change one answer, then come back.
  public mutating func edit(_ id: String) {
    currentID = id
    editingFromCheck = true
    problem = nil
  }

  /// Every applicable question is answered.
  public func isComplete(journey: some JourneyDefinition, context: JourneyContext) -> Bool {
    journey.questions(for: answers, context: context).allSatisfy { answers[$0.id] != nil }
  }
}
