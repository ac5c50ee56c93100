import Journeys
import Obligations
import Terminal
import Wording

/// Before the questions: what the monthly declaration is, why it matters,
/// and this month's window with the days left and the calendar.
enum DeclarationIntroScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("monthly.journey"), title: c.text("intro.title"))
    let calculator = c.calculator
    guard let rule = try? c.config.ruleBook.rule(RiskAssessor.RuleID.monthlyDeclaration, on: c.today) else {
      return content
    }
    let month = JourneyRegistry.monthly(c).month
    let deadline = calculator.declarationDeadline(for: month, rule: rule)
    let window = c.config.ruleBook.declarationCalendar.window(for: month)
    let risk = RiskAssessor(ruleBook: c.config.ruleBook, thresholds: c.config.site.thresholds)
      .risk(.monthlyDeclaration(month, window: window), deadline, today: c.today, counter: calculator.counter,
            actionableFrom: window.opens)
    let wording = c.riskWording
    let months = CalculatorResultScreen.months(deadline, c)
    content.blocks = [
      .paragraph(c.text("intro.what")),
      .paragraph(c.text("intro.why")),
      .status(word: wording.statusWord(risk.status),
              text: c.text("intro.window", ["month": c.catalog.monthName(month),
                                            "opens": c.catalog.longDate(deadline.from),
                                            "closes": c.catalog.longDate(deadline.due)]),
              role: CalculatorResultScreen.statusRole(risk.status)),
      .paragraph(wording.timeLeft(risk)),
      .calendar(months, legend: CalendarLegend.text(months, window: true, c)),
      // One choice: Esc (on the key bar) goes back; the screen must fit.
      .choices([c.text("intro.start")], selected: 0),
    ] + c.sourceBlocks([rule])
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 1, route: .declarationIntro, session: &session) { _, session in
      JourneyRegistry.open(.declaration, &session, c)
      return .handled
    }
  }
}

/// What to enter in the official declaration, said honestly: the kiosk
/// prepares, France Travail's channels receive.
enum DeclarationResultScreen {
  enum Item: CaseIterable { case documents, deadlines, print, home, couldNotDeclare }

  /// The summary as plain lines (screen and paper share them).
  static func lines(_ s: DeclarationSummary, _ c: ScreenContext) -> [String] {
    var out = [c.text(s.stillLooking ? "summary.looking.yes" : "summary.looking.no")]
    if let stop = s.stoppedOn {
      out.append(c.text("summary.stopped", ["date": PrivateText.mark(c.catalog.longDate(stop), as: .date),
                                            "reason": c.text("monthly.reason.\(s.stopReason ?? "other")")]))
    }
    if s.employers.isEmpty {
      out.append(c.text("summary.no_work"))
    } else {
      for e in s.employers {
        out.append(c.text("summary.employer", ["n": String(e.number), "hours": PrivateText.mark(c.catalog.count(e.hours, "unit.hours"), as: .answer),
                                               "pay": PrivateText.mark(c.catalog.amount(cents: e.payCents), as: .amount)]))
      }
      if s.employers.count > 1 {
        out.append(c.text("summary.total", ["hours": PrivateText.mark(c.catalog.count(s.totalHours, "unit.hours"), as: .answer),
                                            "pay": PrivateText.mark(c.catalog.amount(cents: s.totalPayCents), as: .amount)]))
      }
    }
    if let start = s.trainingStart {
      out.append(c.text(s.trainingEnd == nil ? "summary.training" : "summary.training_ended", [
        "start": PrivateText.mark(c.catalog.longDate(start), as: .date),
        "end": s.trainingEnd.map { PrivateText.mark(c.catalog.longDate($0), as: .date) } ?? "",
      ]))
    }
    if let sick = s.sickness {
      let what = c.text("change.\(sick.kind)")
      if let end = sick.end {
        out.append(c.text("summary.sickness", ["what": what, "start": c.catalog.longDate(sick.start),
                                               "end": c.catalog.longDate(end)]))
      } else {
        out.append(c.text("summary.sickness_ongoing", ["what": what, "start": c.catalog.longDate(sick.start)]))
      }
    }
    if s.pension { out.append(c.text("summary.pension")) }
    if let other = s.otherChange { out.append(c.text("summary.other", ["what": c.text("change.\(other)")])) }
    return out
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("monthly.journey"), title: "")
    guard let s = JourneyRegistry.declarationSummary(c) else {
      content.title = c.text("calc_result.missing")
      return content
    }
    content.title = c.text("summary.title", ["month": c.catalog.monthName(s.month)])
    content.blocks = [
      .bullets(lines(s, c)),
      .paragraph(c.text("summary.honest"), Style(.accent, bold: true)),
      .paragraph(c.text("deadline.fixed_window", ["opens": c.catalog.longDate(s.window.opens),
                                                  "closes": c.catalog.longDate(s.window.closes)])),
      .choices([c.text("summary.documents", ["n": String(s.documents.count)]), c.text("summary.deadlines"),
                c.text("action.print"), c.text("calc_result.home"), c.text("attestation.offer.declaration")],
               selected: c.session.selection[.declarationResult] ?? 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard let summary = JourneyRegistry.declarationSummary(c) else { return .ignored }
    return .choice(key, count: Item.allCases.count, route: .declarationResult, session: &session) { i, session in
      switch Item.allCases[i] {
      case .documents: session.push(.documents)
      case .deadlines: session.push(.riskList)
      case .print:
        session.print = .printing
        session.push(.printed)
        return .effects([.print(PrintSheets.declaration(summary, c))])
      case .couldNotDeclare: AttestationFlow.open(.declaration, &session)
      case .home: session.goHome()
      }
      return .handled
    }
  }
}

/// The documents to send next, from the answers.
enum DocumentsScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("monthly.journey"), title: c.text("documents.title"))
    let documents = JourneyRegistry.declarationSummary(c)?.documents ?? []
    content.blocks = documents.isEmpty
      ? [.paragraph(c.text("documents.none"))]
      : [.bullets(documents.map { c.text($0) }),
         .paragraph(c.text(c.canReceiveDocuments ? "documents.how_here" : "documents.how"))]
    content.blocks.append(.choices(items(c).map { c.text($0.labelKey) }, selected: c.session.selection[.documents] ?? 0))
    return content
  }

  enum Item {
    case sendHere, back
    var labelKey: String {
      switch self {
      case .sendHere: return "documents.send_here"
      case .back: return "action.back"
      }
    }
  }

  /// "Send them here" when there is something to send and this kiosk can
  /// take it: the declaration leads to the document journey.
  static func items(_ c: ScreenContext) -> [Item] {
    let documents = JourneyRegistry.declarationSummary(c)?.documents ?? []
    return (!documents.isEmpty && c.canReceiveDocuments ? [.sendHere] : []) + [.back]
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = items(c)
    return .choice(key, count: items.count, route: .documents, session: &session) { index, session in
      session.selection[.documents] = nil
      switch items[index] {
      case .sendHere: DocumentFlow.start(&session)
      case .back: session.back()
      }
      return .handled
    }
  }
}

/// What happened to the sheet: printed, kept for staff with a reference,
/// or not possible — never pretend it printed.
enum PrintedScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("printed.title"))
    switch c.session.print {
    case .none, .printing:
      content.blocks = [.status(word: c.text("printed.printing.word"), text: c.text("printed.printing"), role: .warning)]
    case .printed:
      content.blocks = [.status(word: c.text("printed.done.word"), text: c.text("printed.done"), role: .ok)]
    case .keptForStaff:
      content.blocks = [.status(word: c.text("printed.kept.word"), text: c.text("printed.kept"), role: .warning)]
    case .failed:
      content.blocks = [.status(word: c.text("printed.failed.word"), text: c.text("printed.failed"), role: .danger)]
    }
    // Every sheet kept during the visit, once nothing prints: when the
    // visit ends, one printed later must not hide an earlier reference.
    let kept: Bool = if case .keptForStaff = c.session.print { true } else { false }
    if kept || (c.session.endsAfterPrint && c.session.print != .printing) {
      content.blocks += c.session.keptReferences.map {
        .paragraph(c.text("printed.reference", ["reference": PrivateText.mark($0, as: .reference)]), Style(.accent, bold: true))
      }
    }
    // The visit ends after these sheets: no way back, one key to finish.
    if c.session.endsAfterPrint {
      if c.session.print == .printing {
        content.keys = [KeyHint("…", c.text("keys.wait"))]
      } else {
        content.blocks.append(.paragraph(c.text("printed.end_after")))
        content.keys = [KeyHint(c.text("keys.any"), c.text("keys.finish"))]
      }
      return content
    }
    content.blocks.append(.choices([c.text("action.back")], selected: 0))
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .backOnly(key, route: .printed, session: &session)
  }

  /// The visit ends after this print: keys wait while it prints (a short,
  /// configured time), then any key wipes the visit, once the person has
  /// seen what became of the sheet (a printed sheet wipes at once, in
  /// `KioskApp`).
  static func handleEnding(_ key: Key, _ session: SessionState) -> ScreenOutcome {
    session.printsInFlight > 0 ? .handled : .effects([.wipeScreen])
  }
}
