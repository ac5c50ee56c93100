import Journeys
import Obligations
import Terminal
import Wording

/// The answers of this visit, for the mediator's overview: each journey's
/// answers as its check page words them, the calculator, the document.
enum MediatorOverview {
  static func lines(_ c: ScreenContext) -> [Block] {
    Journey.allCases.flatMap { journey -> [Block] in
      let items = answers(journey, c)
      return items.isEmpty ? [] : heading(c.text(journey.titleKey)) + [.bullets(items)]
    }
  }

  /// One journey's answers so far, one line each; none when it was not begun.
  static func answers(_ journey: Journey, _ c: ScreenContext) -> [String] {
    switch journey {
    case .declaration, .risk:
      guard let progress = c.session.journeys[journey], let flow = journey.questions(c) else { return [] }
      let questions = flow.definition.questions(for: progress.answers, context: JourneyRegistry.context(c))
      return questions.compactMap { q in
        progress.answers[q.id].map { c.text("check.line", ["label": c.text(q.summaryKey, q.arguments), "answer": c.format($0, for: q)]) }
      }
    case .calculator:
      let calc = c.session.calculator
      guard let id = calc.ruleID, let rule = try? c.config.ruleBook.rule(id, on: calc.date ?? c.today) else { return [] }
      var items = [c.text("mediator_answers.rule", ["rule": c.riskWording.deadlines.title(rule)])]
      if let date = calc.date { items.append(c.text("mediator_answers.date", ["date": c.catalog.longDate(date)])) }
      return items
    case .document:
      let doc = c.session.document
      guard let type = doc.typeID else { return [] }
      var items = [c.text("mediator_answers.doc_type", ["type": c.documentTypeTitle(type)]),
                   c.catalog.count(doc.pages.count, "mediator_answers.doc_pages")]
      if !doc.pagesToRedo.isEmpty { items.append(c.catalog.count(doc.pagesToRedo.count, "mediator_answers.doc_redo")) }
      if let receipt = doc.receipt { items.append(c.text("doc_receipt.reference", ["reference": PrivateText.mark(receipt.reference, as: .reference)])) }
      return items
    case .appointment:
      return c.config.checklists.compactMap { list -> String? in
        guard let state = c.session.checklistTicks[list.id], !state.checked.isEmpty else { return nil }
        return c.text("mediator_answers.ticked", ["list": c.localized(list.title), "ticked": String(state.checked.count),
                                                   "total": String(list.items.count)])
      }
    }
  }

  static func heading(_ text: String) -> [Block] { [.paragraph(text, Style(.normal, bold: true))] }

  /// Every deadline worked out in this visit: the risk check, the monthly
  /// declaration, the calculator. For the handout.
  static func risks(_ c: ScreenContext) -> [Risk] {
    var risks: [Risk] = []
    for journey in Journey.allCases where c.session.journeys[journey] != nil {
      var session = c.session
      session.activeJourney = journey
      var inner = ScreenContext(config: c.config, session: session, today: c.today, generation: c.generation)
      inner.timeOfDay = c.timeOfDay
      if let assessment = JourneyRegistry.assessment(inner) { risks += RiskListScreen.all(assessment) }
    }
    if let calculated = CalculatorResultScreen.result(c) { risks.append(calculated) }
    var seen = Set<String>()
    return risks.filter { seen.insert("\($0.deadline.rule.id)|\($0.deadline.due)").inserted }
      .sorted { $0.deadline.due < $1.deadline.due }
  }
}

extension PrintSheets {
  /// The handout a mediator prints at the end: the person's deadlines,
  /// what to do, where to get help. Dates and actions, no identity.
  static func handout(_ c: ScreenContext) -> PrintSheet {
    var lines = header(c)
    let wording = c.riskWording
    lines.append(c.text("handout.deadlines"))
    let risks = MediatorOverview.risks(c)
    if risks.isEmpty { lines.append(c.text("handout.no_deadline")) }
    for risk in risks { lines += [""] + wording.lines(risk) }
    if let receipt = c.session.document.receipt {
      lines += ["", c.text("handout.document")] + [c.text("doc_receipt.reference", ["reference": receipt.reference])]
        + DocReceiptScreen.lines(receipt, c).map { "- " + $0 }
    }
    if let hours = c.config.site.hours[c.session.language] {
      lines += ["", c.text("handout.hours", ["hours": hours])]
    }
    return PrintSheet(title: c.text("handout.title"), lines: lines + footer(c))
  }
}
