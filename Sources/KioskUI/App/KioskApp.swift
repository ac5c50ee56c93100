import KioskConfig
import Statistics
import Terminal
import WorkingDays

/// The whole kiosk as a value: `update` turns an event into a new state and
/// effects; `view` draws the state. No terminal, no clock, no I/O here, so
/// every behaviour is tested by feeding events and reading frames.
public struct KioskApp {
  public let config: KioskConfiguration
  public let glyphs: Glyphs
  public private(set) var session: SessionState
  public private(set) var idle: IdleTimer
  public private(set) var now: Instant
  public private(set) var today: CivilDate
  public private(set) var timeOfDay: TimeOfDay
  /// Sessions wiped since start (for tests and statistics).
  public private(set) var wipes = 0
  /// The mediator's PIN and the staff exit, with their counts of wrong
  /// PINs: kept by the app, not the session, so a wipe does not reset them.
  public private(set) var mediatorPIN = MediatorPIN()
  public private(set) var staffExit = StaffExit()
  public var mediatorPINGuard: PINGuard { mediatorPIN.pinGuard }
  public var staffPINGuard: PINGuard { staffExit.pinGuard }
  /// Digits typed after Ctrl-] for the staff exit; nil when not typing.
  public var staffCode: String? { staffExit.code }

  /// The terminal can write Arabic (joined, right to left); false on the
  /// Linux console (TERM=linux). Set by whoever owns the terminal.
  public var showsRightToLeft = false

  public static let minimumSize = Size(columns: 80, rows: 24)
  /// The terminal's size as the loop last reported it (`Event.resize`).
  private var screenSize: Size?

  /// What the fresh process a wipe starts inherits: the PIN counts and
  /// locks, so ending a visit never resets them. Nothing of a person.
  public var handover: String { "\(mediatorPINGuard.handover);\(staffPINGuard.handover)" }

  /// Takes the PIN counts from the process that served the last visit; a
  /// malformed text changes nothing.
  public mutating func resume(handover: String) {
    let parts = handover.split(separator: ";").map(String.init)
    guard parts.count == 2, let mediator = PINGuard(handover: parts[0]), let staff = PINGuard(handover: parts[1]) else { return }
    mediatorPIN.pinGuard = mediator
    staffExit.pinGuard = staff
  }

  public init(config: KioskConfiguration, clock: some KioskClock, glyphs: Glyphs = .unicode) {
    self.config = config
    self.glyphs = glyphs
    self.now = clock.now
    self.today = clock.today
    self.timeOfDay = clock.timeOfDay
    self.session = SessionState(language: config.site.languages[0])
    self.idle = IdleTimer(warningAfter: Double(config.site.idleWarningSeconds),
                          countdown: Double(config.site.idleCountdownSeconds), now: clock.now)
  }

  var context: ScreenContext {
    var c = ScreenContext(config: config, session: session, today: today, generation: wipes)
    c.timeOfDay = timeOfDay
    c.now = now
    c.showsRightToLeft = showsRightToLeft
    return c
  }

  /// True when nothing of a person is held: no need to wipe on timeout.
  var isPristine: Bool { session == freshSession }

  /// Whether each visit starts with speech on (the test rig,
  /// `PASSERELLE_SPEECH=on`); otherwise the person turns it on.
  public private(set) var speechAtStart = false

  /// Starts this visit and every later one with speech on (the test rig).
  public mutating func startVisitsWithSpeech() {
    speechAtStart = true
    if session.stack == [.start] { session.speechOn = true }
  }

  /// A visit as it starts: nothing of a person, speech as the rig says.
  private var freshSession: SessionState {
    var fresh = SessionState(language: config.site.languages[0])
    fresh.speechOn = speechAtStart
    return fresh
  }

  // MARK: - Update

  public mutating func update(_ event: Event, clock: some KioskClock) -> [Effect] {
    now = clock.now
    timeOfDay = clock.timeOfDay
    if session.stack == [.start] { today = clock.today }
    if case let .resize(size) = event { screenSize = size }
    switch event {
    case .tick, .resize:
      guard idlePhase == .expired else { return [] }
      if isPristine {
        idle.touch(at: now)
        return []
      }
      return timeoutWipe()
    case let .staffCallFinished(success):
      session.staffCall = success ? .called : .failed
      return []
    case let .printFinished(status):
      // A result for a visit already wiped belongs to no one.
      guard session.printsInFlight > 0 else { return [] }
      session.printsInFlight -= 1
      if case let .keptForStaff(reference) = status { session.keptReferences.append(reference) }
      session.print = session.printsInFlight > 0 ? .printing : status
      guard session.endsAfterPrint, session.printsInFlight == 0 else { return [] }
      // All printed: the sheets are in the person's hands, the visit ends.
      // A sheet kept or failed: the screen says so first, until a key.
      return status == .printed && session.keptReferences.isEmpty ? wipe() : []
    case let .pinChecked(.staffExit, matched):
      return staffExit.checked(matched, now: now)
    case let .attestationRecorded(record, generation):
      // An answer for a visit already wiped prints nothing for the next one.
      guard generation == wipes else { return [] }
      guard let sheet = AttestationFlow.recorded(record, &session, context) else { return [] }
      session.print = .printing
      return perform([.print(sheet)])
    case let .pinChecked(.mediator, matched):
      mediatorPIN.checked(matched, &session, now: now)
      return []
    case let .statisticsLoaded(report):
      if session.statistics == .loading { session.statistics = report.map(StatisticsView.loaded) ?? .unavailable }
      return []
    case let .document(event, generation):
      // A result for a session already wiped must never reach the next one.
      guard generation == wipes else { return [] }
      let before = context
      DocumentResults.apply(event, &session, today: today, time: timeOfDay)
      return recordSteps(from: before, key: nil)
    case let .key(key):
      let before = context
      let generation = wipes
      let effects = handleKey(key)
      // A wiped visit records nothing more: its last step was counted.
      guard generation == wipes else { return effects }
      return effects + recordSteps(from: before, key: key)
    }
  }

  /// The statistics events of a move, each journey counted finished once
  /// per visit (coming back to its result is not finishing it again).
  private mutating func recordSteps(from before: ScreenContext, key: Key?) -> [Effect] {
    let events = FrictionSteps.events(from: before, to: context, key: key)
    for event in events where event.kind == .completed { session.completedJourneys.insert(event.journey) }
    return events.map(Effect.record)
  }

  private mutating func handleKey(_ key: Key) -> [Effect] {
    if key == .resize || key == .unknown { return [] }
    // "The screen is too small" is all a person sees: a key must not act on
    // a screen they cannot see. Only the staff exit still works.
    if let size = screenSize, !Self.fits(size), key != .control("]"), staffCode == nil { return [] }
    let phase = idlePhase
    idle.touch(at: now, allowance: idleAllowance)
    if phase == .expired { return isPristine ? [] : timeoutWipe() }
    // During the warning, a key means "I am still here"; the person key
    // also opens "talk to a person", which the warning's key bar offers.
    if case .warning = phase {
      if KeyBinding.global(for: key)?.action == .person, session.route != .talkToPerson { session.push(.talkToPerson) }
      return []
    }
    if let effects = staffExit.handle(key, configured: config.site.staffExitHash != nil, now: now) { return effects }
    // Raw mode delivers Ctrl-C, Ctrl-Z, Ctrl-\ and Ctrl-D as keys: ignored.
    if case .control = key { return [] }

    if key != .pageDown, key != .pageUp { session.scroll[session.route] = nil }
    var session = self.session
    let outcome = screenFirst(key, &session)
    self.session = session
    switch outcome {
    case .handled: return []
    case let .effects(effects): return perform(effects)
    case .ignored: break
    }
    if let effects = handleGlobal(key) { return effects }
    session = self.session
    let late = screenLast(key, &session)
    self.session = session
    switch late {
    case let .effects(effects): return perform(effects)
    case .handled: return []
    case .ignored:
      // On reading screens (no choices), the arrows scroll.
      if key == .down { scroll(by: 1) }
      if key == .up { scroll(by: -1) }
      return []
    }
  }

  /// Page Down/Up move from where the screen is now; any other key gives
  /// the focus back its place on screen (`handleKey`).
  private mutating func scroll(by lines: Int) {
    let current = view(size: screenSize ?? Self.minimumSize).scrollOffset
    session.scroll[session.route] = max(0, current + lines)
  }

  /// Screens with a field take printable keys before the global keys, so
  /// "-" can be typed in a date; journeys also take Esc, to go back one
  /// question rather than leave.
  private mutating func screenFirst(_ key: Key, _ session: inout SessionState) -> ScreenOutcome {
    switch session.route {
    case .mediatorPIN: return mediatorPIN.handle(key, &session, now: now)
    case .calculatorDate: return CalculatorDateScreen.handle(key, &session, context)
    case .journey: return JourneyScreen.handle(key, &session, context)
    case .printed: return session.endsAfterPrint ? PrintedScreen.handleEnding(key, session) : .ignored
    case .start, .language, .home, .calculatorEvent, .calculatorResult, .calculatorWhy, .calculatorTodo, .talkToPerson,
      .help, .endSession, .declarationIntro, .riskList, .riskDetail, .riskWhy, .sanctions, .declarationResult,
      .documents, .checklists, .checklist, .glossary, .docType, .docVisible, .docSource, .docScan, .docPage, .docUSB,
      .docFile, .docCheck, .docPages, .docReceipt, .mediatorConsent, .mediatorMenu, .mediatorAnswers, .mediatorStats,
      .attestationReason, .attestation:
      return .ignored
    }
  }

  private func screenLast(_ key: Key, _ session: inout SessionState) -> ScreenOutcome {
    let c = context
    switch session.route {
    case .start: return StartScreen.handle(key, &session, c)
    case .language: return LanguageScreen.handle(key, &session, c)
    case .home: return HomeScreen.handle(key, &session, c)
    case .calculatorEvent: return CalculatorEventScreen.handle(key, &session, c)
    case .calculatorDate, .journey: return .ignored
    case .declarationIntro: return DeclarationIntroScreen.handle(key, &session, c)
    case .riskList: return RiskListScreen.handle(key, &session, c)
    case let .riskDetail(i): return RiskDetailScreen.handle(i, key, &session, c)
    case .riskWhy, .sanctions: return CalculatorWhyScreen.handle(key, &session, c)
    case .declarationResult: return DeclarationResultScreen.handle(key, &session, c)
    case .documents: return DocumentsScreen.handle(key, &session, c)
    case .printed: return PrintedScreen.handle(key, &session, c)
    case .checklists: return ChecklistsScreen.handle(key, &session, c)
    case let .checklist(i): return ChecklistScreen.handle(i, key, &session, c)
    case .glossary: return CalculatorWhyScreen.handle(key, &session, c)
    case .docType: return DocTypeScreen.handle(key, &session, c)
    case .docVisible: return DocVisibleScreen.handle(key, &session, c)
    case .docSource: return DocSourceScreen.handle(key, &session, c)
    case .docScan: return DocScanScreen.handle(key, &session, c)
    case let .docPage(i): return DocPageScreen.handle(i, key, &session, c)
    case .docUSB: return DocUSBScreen.handle(key, &session, c)
    case .docFile: return DocFileScreen.handle(key, &session, c)
    case .docCheck: return DocCheckScreen.handle(key, &session, c)
    case .docPages: return DocPagesScreen.handle(key, &session, c)
    case .docReceipt: return DocReceiptScreen.handle(key, &session, c)
    case .calculatorResult: return CalculatorResultScreen.handle(key, &session, c)
    case .calculatorWhy: return CalculatorWhyScreen.handle(key, &session, c)
    case .calculatorTodo: return CalculatorTodoScreen.handle(key, &session, c)
    case .talkToPerson: return TalkToPersonScreen.handle(key, &session, c)
    case .help: return HelpScreen.handle(key, &session, c)
    case .endSession: return EndSessionScreen.handle(key, &session, c)
    case .mediatorPIN: return .ignored
    case .mediatorConsent: return MediatorConsentScreen.handle(key, &session, c)
    case .mediatorMenu: return MediatorMenuScreen.handle(key, &session, c)
    case .mediatorAnswers: return .backOnly(key, route: .mediatorAnswers, session: &session)
    case .mediatorStats: return .backOnly(key, route: .mediatorStats, session: &session)
    case .attestationReason: return AttestationReasonScreen.handle(key, &session, c)
    case .attestation: return AttestationScreen.handle(key, &session, c)
    }
  }

  /// The keys that mean the same on every screen (`KeyBinding.global`):
  /// taken here even when they have nothing to do on this screen.
  private mutating func handleGlobal(_ key: Key) -> [Effect]? {
    guard let binding = KeyBinding.global(for: key), binding.action != .screen else { return nil }
    return perform(binding.action)
  }

  private mutating func perform(_ action: KeyBinding.Action) -> [Effect] {
    switch action {
    case .back:
      session.back()
    case .help:
      if session.route != .help { session.push(.help) }
    case .person:
      if session.route != .talkToPerson { session.push(.talkToPerson) }
    case .language:
      if config.site.languages.count > 1, session.route != .language {
        session.selection[.language] = nil
        session.push(.language)
      }
    case .end:
      if session.route != .endSession, !isPristine { session.push(.endSession) }
    case .mediator:
      mediatorPIN.open(&session, configured: config.site.mediatorPINHash != nil, now: now)
    case .pageDown:
      scroll(by: 5)
    case .pageUp:
      scroll(by: -5)
    case .screen:
      break
    case .speech, .repeatSpeech, .pauseSpeech:
      return SpeechKeys.perform(action, &session)
    }
    return []
  }

  private mutating func perform(_ effects: [Effect]) -> [Effect] {
    // Ending while a sheet prints waits for it (its reference, if it is
    // kept, must be seen): the end is taken up when the last result comes.
    if effects.contains(.wipeScreen), session.printsInFlight > 0 {
      session.endsAfterPrint = true
      session.push(.printed)
      return []
    }
    if effects.contains(.wipeScreen) { return wipe() }
    session.printsInFlight += effects.count { if case .print = $0 { true } else { false } }
    return effects
  }

  /// Each journey's first step, for the statistics report.
  public static var journeyFirstSteps: [String: String] {
    Dictionary(uniqueKeysWithValues: Journey.allCases.map { ($0.id, $0.firstStep) })
  }

  /// The session being served, as device work is stamped.
  public var generation: Int { wipes }

  /// The mediator's extra time or pause, while mediator mode is on.
  var idleAllowance: IdleTimer.Allowance {
    let m = session.mediator
    return m.active ? IdleTimer.Allowance(extraSeconds: Double(m.extraMinutes * 60), paused: m.idlePaused) : .none
  }

  var idlePhase: IdleTimer.Phase { idle.phase(at: now, allowance: idleAllowance) }

  /// The idle timeout ends the visit: the step it interrupts counts as an
  /// abandon, then everything goes.
  private mutating func timeoutWipe() -> [Effect] {
    (FrictionSteps.abandoned(context).map { [Effect.record($0)] } ?? []) + wipe()
  }

  /// Drops everything of the session and returns to the start screen.
  private mutating func wipe() -> [Effect] {
    session = freshSession
    staffExit.cancel()
    idle = IdleTimer(warningAfter: idle.warningAfter, countdown: idle.countdown, now: now)
    wipes += 1
    return [.wipeScreen]
  }

  // MARK: - View

  /// The screen as speech reads it: drawn in the spoken language when the
  /// person chose one apart from the screen's (`SessionState.spokenLanguage`).
  public func viewForSpeech(size: Size) -> Frame {
    guard let spoken = session.spokenLanguage, spoken != session.language else { return view(size: size) }
    var listener = self
    listener.session.language = spoken
    return listener.view(size: size)
  }

  /// Whether a screen of `size` shows the kiosk (80×24 at least).
  public static func fits(_ size: Size) -> Bool {
    size.columns >= minimumSize.columns && size.rows >= minimumSize.rows
  }

  public func view(size: Size) -> Frame {
    let c = context
    if !Self.fits(size) {
      return SystemScreens.tooSmall(size, message: c.text("screen.too_small"))
    }
    var content: ScreenContent
    if case let .warning(secondsLeft) = idlePhase {
      content = IdleWarningScreen.content(c, secondsLeft: secondsLeft)
      content.keys = [KeyBinding.global(.person).hint(c), KeyHint(c.text("keys.any"), c.text("keys.continue"))]
        .compactMap { $0 }
    } else {
      content = screenContent(c)
      if content.keys.isEmpty { content.keys = keyHints(c, adding: content.bindings) }
    }
    if c.mediatorMode { content.badge = c.text("mediator.badge") }
    if staffCode != nil { content.keys = [KeyHint("Ctrl-]", c.text("keys.staff"))] }
    return Renderer(glyphs: glyphs, siteName: config.site.siteName)
      .render(content, size: size, scroll: session.scroll[session.route])
  }

  private func screenContent(_ c: ScreenContext) -> ScreenContent {
    switch session.route {
    case .start: return StartScreen.content(c)
    case .language: return LanguageScreen.content(c)
    case .home: return HomeScreen.content(c)
    case .calculatorEvent: return CalculatorEventScreen.content(c)
    case .calculatorDate: return CalculatorDateScreen.content(c)
    case .calculatorResult: return CalculatorResultScreen.content(c)
    case .calculatorWhy: return CalculatorWhyScreen.content(c)
    case .calculatorTodo: return CalculatorTodoScreen.content(c)
    case .talkToPerson: return TalkToPersonScreen.content(c)
    case .help: return HelpScreen.content(c)
    case .endSession: return EndSessionScreen.content(c)
    case .declarationIntro: return DeclarationIntroScreen.content(c)
    case .journey: return JourneyScreen.content(c)
    case .riskList: return RiskListScreen.content(c)
    case let .riskDetail(i): return RiskDetailScreen.content(i, c)
    case let .riskWhy(i): return RiskDetailScreen.why(i, c)
    case .sanctions: return SanctionsScreen.content(c)
    case .declarationResult: return DeclarationResultScreen.content(c)
    case .documents: return DocumentsScreen.content(c)
    case .printed: return PrintedScreen.content(c)
    case .checklists: return ChecklistsScreen.content(c)
    case let .checklist(i): return ChecklistScreen.content(i, c)
    case .glossary: return GlossaryScreen.content(c)
    case .docType: return DocTypeScreen.content(c)
    case .docVisible: return DocVisibleScreen.content(c)
    case .docSource: return DocSourceScreen.content(c)
    case .docScan: return DocScanScreen.content(c)
    case let .docPage(i): return DocPageScreen.content(i, c)
    case .docUSB: return DocUSBScreen.content(c)
    case .docFile: return DocFileScreen.content(c)
    case .docCheck: return DocCheckScreen.content(c)
    case .docPages: return DocPagesScreen.content(c)
    case .docReceipt: return DocReceiptScreen.content(c)
    case .mediatorPIN: return MediatorPINScreen.content(c)
    case .mediatorConsent: return MediatorConsentScreen.content(c)
    case .mediatorMenu: return MediatorMenuScreen.content(c)
    case .mediatorAnswers: return MediatorAnswersScreen.content(c)
    case .mediatorStats: return MediatorStatsScreen.content(c)
    case .attestationReason: return AttestationReasonScreen.content(c)
    case .attestation: return AttestationScreen.content(c)
    }
  }

  /// The key bar: the global bindings shown on this screen, then its own.
  private func keyHints(_ c: ScreenContext, adding own: [KeyBinding]) -> [KeyHint] {
    let when = KeyBinding.When(depth: session.stack.count, languages: config.site.languages.count,
                               pristine: isPristine, mediatorMode: c.mediatorMode)
    return KeyBinding.bar(when, c, adding: own.compactMap { $0.hint(c) })
  }
}
