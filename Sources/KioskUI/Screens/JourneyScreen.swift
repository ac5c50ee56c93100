import Journeys
import Terminal

/// Any journey's current step: one question, the confirmation of a big
/// number, or the check-your-answers page.
enum JourneyScreen {
  struct Active {
    let id: Journey
    let journey: any JourneyDefinition
    /// Where the check page leads.
    let result: Route
    var progress: JourneyProgress
    let questions: [Question]
  }

  static func active(_ c: ScreenContext) -> Active? {
    guard let id = c.session.activeJourney, let progress = c.session.journeys[id], let flow = id.questions(c)
    else { return nil }
    let journey = flow.definition
    return Active(id: id, journey: journey, result: flow.result, progress: progress,
                  questions: journey.questions(for: progress.answers, context: JourneyRegistry.context(c)))
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    guard let a = active(c) else { return ScreenContent(title: c.text("calc_result.missing")) }
    let journeyTitle = c.text(a.id.titleKey)
    guard let question = a.progress.current(in: a.questions) else { return checkPage(a, c, journeyTitle) }
    let position = a.progress.position(in: a.questions)!
    var content = ScreenContent(
      journey: journeyTitle,
      progress: c.text(position.followUp ? "progress.question_more" : "progress.question",
                       ["step": String(position.index), "total": String(position.count)]),
      title: c.text(question.textKey, question.arguments))
    if let pending = a.progress.pendingConfirmation {
      content.blocks = [
        .status(word: c.text("confirm.word"), text: c.text("confirm.big", ["value": c.format(pending, for: question)]),
                role: .warning),
        .choices([c.text("confirm.yes"), c.text("confirm.no")], selected: c.session.selection[.journey] ?? 0),
      ]
      return content
    }
    switch question.kind {
    case let .choice(options):
      let chosen = a.progress.answers.choice(question.id).flatMap { id in options.firstIndex { $0.id == id } }
      content.blocks = [.choices(options.map { c.text($0.labelKey) }, selected: c.session.selection[.journey] ?? chosen ?? 0)]
    case .date, .number, .amount:
      let error = a.progress.problem.map { c.text($0.key, $0.arguments) }
      if let error { content.errorSummary = [c.text("error.summary"), error] }
      let draft = draft(a.progress, question)
      content.blocks = [
        .field(label: c.text("input.label"), hint: c.text(question.hintKey ?? "input.number_hint"), value: draft,
               error: error),
        .paragraph(c.text("calc_date.enter")),
      ]
    }
    return content
  }

  /// An answer back as text to edit.
  static func editable(_ value: AnswerValue) -> String {
    switch value {
    case let .date(d): return "\(d.day < 10 ? "0" : "")\(d.day)/\(d.month < 10 ? "0" : "")\(d.month)/\(d.year)"
    case let .number(n): return String(n)
    case let .amount(cents): return "\(cents / 100),\(cents % 100 < 10 ? "0" : "")\(cents % 100)"
    case let .choice(id): return id
    }
  }

  static func checkPage(_ a: Active, _ c: ScreenContext, _ journeyTitle: String) -> ScreenContent {
    var content = ScreenContent(journey: journeyTitle, title: c.text("check.title"))
    var labels = a.questions.map { q -> String in
      let answer = a.progress.answers[q.id].map { c.format($0, for: q) } ?? c.text("check.missing")
      return c.text("check.line", ["label": c.text(q.summaryKey, q.arguments), "answer": answer])
    }
    labels.append(c.text("check.continue"))
    content.blocks = [
      .paragraph(c.text("check.explain")),
      .choices(labels, selected: c.session.selection[.journey] ?? labels.count - 1),
    ]
    return content
  }

  /// Backspace deletes typed text when there is some; otherwise it means
  /// "back", as Esc does, one question at a time.
  static func hasTextToDelete(_ a: Active, _ c: ScreenContext) -> Bool {
    guard let question = a.progress.current(in: a.questions), a.progress.pendingConfirmation == nil else { return false }
    if case .choice = question.kind { return false }
    return !draft(a.progress, question).isEmpty
  }

  /// What the field shows: what was typed, or else the answer given.
  static func draft(_ progress: JourneyProgress, _ question: Question) -> String {
    progress.drafts[question.id] ?? progress.answers[question.id].map(editable) ?? ""
  }

  /// The characters an answer is written with; other keys are typed too
  /// (`TextField.takes`), and refused by the check with their name.
  static func allowed(_ kind: Question.Kind) -> Set<Character> {
    switch kind {
    case .date: return CalculatorDateScreen.allowed
    case .number: return Set("0123456789 ")
    case .amount: return Set("0123456789 ,.€")
    case .choice: return []
    }
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard var a = active(c) else { return .ignored }
    let id = a.id
    let context = JourneyRegistry.context(c)
    let shown = a.progress.currentID
    defer {
      session.journeys[id] = a.progress
      // A new question, or the check page, opens at its top: its title in sight.
      if a.progress.currentID != shown { session.scroll[.journey] = 0 }
    }
    if key == .escape || (key == .backspace && !hasTextToDelete(a, c)) {
      session.selection[.journey] = nil
      if !a.progress.back(journey: a.journey, context: context) { session.back() }
      return .handled
    }
    guard let question = a.progress.current(in: a.questions) else {
      // The view highlights "continue" by default: Enter must do the same.
      if session.selection[.journey] == nil { session.selection[.journey] = a.questions.count }
      return .choice(key, count: a.questions.count + 1, route: .journey, session: &session) { index, session in
        session.selection[.journey] = nil
        if index < a.questions.count {
          a.progress.edit(a.questions[index].id)
        } else if a.progress.isComplete(journey: a.journey, context: context) {
          session.push(a.result)
        }
        return .handled
      }
    }
    if let pending = a.progress.pendingConfirmation {
      return .choice(key, count: 2, route: .journey, session: &session) { index, session in
        session.selection[.journey] = nil
        if index == 0 { a.progress.answer(pending, journey: a.journey, context: context) } else {
          a.progress.rejectConfirmation()
        }
        return .handled
      }
    }
    if case let .choice(options) = question.kind {
      if session.selection[.journey] == nil,
        let chosen = a.progress.answers.choice(question.id).flatMap({ c in options.firstIndex { $0.id == c } })
      {
        session.selection[.journey] = chosen
      }
      return .choice(key, count: options.count, route: .journey, session: &session) { index, session in
        session.selection[.journey] = nil
        a.progress.answer(.choice(options[index].id), journey: a.journey, context: context)
        return .handled
      }
    }
    var draft = draft(a.progress, question)
    switch key {
    case let .char(ch) where TextField.takes(ch, alphabet: allowed(question.kind), draft: draft):
      if draft.count < 20 { draft.append(ch) }
    case .backspace, .delete:
      guard !draft.isEmpty else { return .ignored }
      draft.removeLast()
    case .enter:
      a.progress.drafts[question.id] = draft
      a.progress.submit(draft, journey: a.journey, context: context)
      return .handled
    default:
      return .ignored
    }
    a.progress.drafts[question.id] = draft
    return .handled
  }
}
