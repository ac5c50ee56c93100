import Obligations
import Terminal
import Wording

/// The mediator's PIN: digits shown as dots, a plain reason when refused.
/// The app checks the PIN (it holds the hash and the count of failures).
enum MediatorPINScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    let m = c.session.mediator
    var content = ScreenContent(journey: c.text("mediator.journey"), title: c.text("mediator_pin.title"))
    var error: String?
    switch m.pinProblem {
    case let .wrong(left)?: error = c.catalog.count(left, "mediator_pin.wrong")
    case .tooShort?: error = c.text("mediator_pin.too_short")
    case let .locked(until)?:
      let minutes = max(1, Int((until.since(c.now) / 60).rounded(.up)))
      error = c.catalog.count(minutes, "mediator_pin.locked")
    case nil: break
    }
    if let error { content.errorSummary = [c.text("error.summary"), error] }
    content.blocks = [
      .paragraph(c.text("mediator_pin.explain")),
      .field(label: c.text("mediator_pin.label"), hint: c.text("mediator_pin.hint"),
             value: PrivateText.mark(String(repeating: "•", count: m.pinDigits.count), as: .code), error: error),
      m.pinChecking ? .paragraph(c.text("mediator_pin.checking"), Style(.accent, bold: true))
        : .paragraph(c.text("mediator_pin.not_mediator")),
    ]
    return content
  }
}

/// "A person is going to help you. Do you agree?": asked once a visit,
/// before anything of the mediator mode shows.
enum MediatorConsentScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("mediator.journey"), title: c.text("mediator_consent.title"))
    content.blocks = [
      .paragraph(c.text("mediator_consent.who")),
      .paragraph(c.text("mediator_consent.sees")),
      .paragraph(c.text("mediator_consent.free")),
      .choices([c.text("mediator_consent.yes"), c.text("mediator_consent.no")],
               selected: c.session.selection[.mediatorConsent] ?? 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: 2, route: .mediatorConsent, session: &session) { index, session in
      session.selection[.mediatorConsent] = nil
      session.back()
      if index == 0 {
        session.mediator.consented = true
        session.mediator.active = true
        session.push(.mediatorMenu)
      }
      return .handled
    }
  }
}

/// What only a mediator can do: see the answers, give more time, pause the
/// timeout, change the language, print the handout, see the statistics,
/// hand control back, end the visit.
enum MediatorMenuScreen {
  enum Item: CaseIterable { case answers, extend, pause, language, handout, statistics, leave, end }

  static func items(_ c: ScreenContext) -> [Item] {
    Item.allCases.filter { $0 != .language || c.config.site.languages.count > 1 }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    let m = c.session.mediator
    var content = ScreenContent(journey: c.text("mediator.journey"), title: c.text("mediator_menu.title"))
    let minutes = c.config.site.mediatorExtendMinutes
    let timer = m.idlePaused
      ? c.text("mediator_menu.timer_paused")
      : c.catalog.count((c.config.site.idleWarningSeconds + m.extraMinutes * 60 + 59) / 60, "mediator_menu.timer")
    let labels = items(c).map { item -> String in
      switch item {
      case .answers: return c.text("mediator_menu.answers")
      case .extend: return c.catalog.count(minutes, "mediator_menu.extend")
      case .pause: return c.text(m.idlePaused ? "mediator_menu.resume" : "mediator_menu.pause")
      case .language: return c.text("mediator_menu.language")
      case .handout: return c.text("mediator_menu.handout")
      case .statistics: return c.text("mediator_menu.statistics")
      case .leave: return c.text("mediator_menu.leave")
      case .end: return c.text("mediator_menu.end")
      }
    }
    content.blocks = [
      .status(word: c.text("mediator.word"), text: timer, role: .accent),
      .choices(labels, selected: c.session.selection[.mediatorMenu] ?? 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = items(c)
    return .choice(key, count: items.count, route: .mediatorMenu, session: &session) { index, session in
      switch items[index] {
      case .answers: session.push(.mediatorAnswers)
      case .extend:
        session.mediator.extraMinutes += c.config.site.mediatorExtendMinutes
        session.mediator.idlePaused = false
      case .pause: session.mediator.idlePaused.toggle()
      case .language:
        session.selection[.language] = nil
        session.push(.language)
      case .handout:
        session.print = .printing
        session.push(.printed)
        return .effects([.print(PrintSheets.handout(c))])
      case .statistics:
        session.statistics = .loading
        session.push(.mediatorStats)
        return .effects([.loadStatistics])
      case .leave:
        session.mediator.leave()
        session.selection[.mediatorMenu] = nil
        session.back()
      case .end: session.push(.endSession)
      }
      return .handled
    }
  }
}

/// Every answer given so far in this visit, journey by journey, so the
/// mediator catches up without asking again.
enum MediatorAnswersScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("mediator.journey"), title: c.text("mediator_answers.title"))
    let lines = MediatorOverview.lines(c)
    content.blocks = lines.isEmpty ? [.paragraph(c.text("mediator_answers.none"))] : lines
    content.blocks.append(.choices([c.text("action.back")], selected: 0))
    return content
  }
}

/// The anonymous statistics of this kiosk, in the words `kiosk stats` uses.
enum MediatorStatsScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("mediator.journey"), title: c.text("stats.title"))
    switch c.session.statistics {
    case .notLoaded, .loading: content.blocks = [.paragraph(c.text("stats.loading"))]
    case .unavailable: content.blocks = [.paragraph(c.text("stats.unavailable"), Style(.danger, bold: true))]
    case let .loaded(report):
      content.blocks = StatisticsText(catalog: c.catalog).lines(report).map { line in
        line.isHeading ? .paragraph(line.text, Style(.normal, bold: true)) : .paragraph(line.text)
      }
    }
    content.blocks.append(.choices([c.text("action.back")], selected: 0))
    return content
  }
}

extension ScreenContext {
  /// Mediator mode is on: screens add what only the mediator needs.
  var mediatorMode: Bool { session.mediator.active }

  /// "Source : … — fiabilité : …", beside a deadline in mediator mode.
  func sourceLine(_ rule: Rule) -> String {
    text("mediator.source", ["source": rule.source.text, "confidence": text("confidence.\(rule.confidence.rawValue)")])
  }

  /// The source block a deadline screen adds in mediator mode.
  func sourceBlocks(_ rules: [Rule]) -> [Block] {
    guard mediatorMode, !rules.isEmpty else { return [] }
    var seen = Set<String>()
    let unique = rules.filter { seen.insert($0.id).inserted }
    return [.paragraph(text("mediator.sources_title"), Style(.accent, bold: true))]
      + [.bullets(unique.map { text("mediator.source_for", ["rule": RiskWording(catalog: catalog).deadlines.title($0)]) + " " + sourceLine($0) })]
  }
}
