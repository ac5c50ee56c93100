import Foundation
import KioskConfig
import KioskUI
import Speech
import Terminal

/// Reads keys, updates the app, paints, runs effects — until staff exit or
/// systemd stops it. A broken configuration (or a clock before the release)
/// shows "out of service" and is read again every 30 seconds, so a fix
/// needs no restart.
///
/// Generic over the terminal and the clock, so the kiosk runs it on
/// ncurses with the machine's clock and tests run the same loop on a
/// `MemoryTerminal` with a `TestClock`: keys in, frames out.
public struct KioskLoop<Screen: TerminalBackend, Clock: KioskClock> {
  public enum Outcome: Equatable, Sendable {
    /// Staff typed their code: the only end that may lead to a login.
    case staffExit
    /// SIGTERM or SIGHUP (systemd stopping the kiosk): the session restarts it.
    case stopped
    /// A visit was wiped: a fresh process takes over, with this handover.
    case visitEnded(handover: String)
  }

  /// Seconds between two reads of a broken configuration.
  public static var outOfServiceSeconds: Double { 30 }

  public var terminal: Screen
  public var clock: Clock
  /// Milliseconds the terminal waits for a key before the app gets a tick.
  public var tickMilliseconds: Int
  /// The PIN counts of the process that served the last visit.
  public var handover: String?
  /// The visit's app, once a configuration was read.
  public var app: KioskApp?
  /// What runs the visit's effects (a test may read or reset its double).
  public var effects: (any EffectHandling)?
  let inputs: KioskLoopInputs<Clock>
  let glyphs: Glyphs
  /// The terminal can show Arabic (a UTF-8 terminal emulator; the Linux
  /// console cannot): set by the kiosk from its terminal, off in tests.
  public var showsRightToLeft = false
  /// What speech has yet to follow: worked out once no key waits, so a
  /// burst of keys is said as the screen it ends on, without lag.
  var speechDue: SpeechTrigger?
  var watchdog: Watchdog

  public init(terminal: Screen, clock: Clock, glyphs: Glyphs = .unicode, tickMilliseconds: Int = 250,
              handover: String? = nil, inputs: KioskLoopInputs<Clock>, watchdog: Watchdog = Watchdog()) {
    self.terminal = terminal
    self.clock = clock
    self.glyphs = glyphs
    self.tickMilliseconds = tickMilliseconds
    self.handover = handover
    self.inputs = inputs
    self.watchdog = watchdog
  }

  /// Runs until staff exit, a stop, or the end of a visit. After a visit the
  /// app is let go: called again, the loop reads the configuration anew.
  public mutating func run() -> Outcome {
    while !inputs.stopRequested() {
      if app == nil, !openVisit() {
        waitOutOfService()
        continue
      }
      let outcome = runVisit()
      if case .visitEnded = outcome { closeVisit() }
      return outcome
    }
    return .stopped
  }

  /// Reads the configuration and starts an app on it; false when the
  /// configuration is broken or the clock cannot be trusted.
  @discardableResult
  public mutating func openVisit() -> Bool {
    guard let config = inputs.configuration() else { return false }
    // Checked after the configuration put the site's time zone in place.
    guard inputs.clockIsUsable() else { return false }
    var effects = inputs.effects(config)
    effects.startUp()
    var app = KioskApp(config: config, clock: clock, glyphs: glyphs)
    app.showsRightToLeft = showsRightToLeft
    if let handover { app.resume(handover: handover) }
    if inputs.startsWithSpeech { app.startVisitsWithSpeech() }
    speechDue = app.session.speechOn ? .update : nil
    // The app learns the terminal's size first: keys are ignored while it
    // is too small to show the kiosk.
    _ = app.update(.resize(terminal.size), clock: clock)
    self.app = app
    self.effects = effects
    return true
  }

  mutating func closeVisit() {
    if let app { handover = app.handover }
    app = nil
    effects = nil
  }

  mutating func waitOutOfService() {
    let until = clock.now.advanced(by: Self.outOfServiceSeconds)
    while clock.now < until, !inputs.stopRequested() {
      watchdog.alive(at: clock.now.seconds)
      terminal.paint(SystemScreens.outOfService(terminal.size))
      if terminal.readKey(timeoutMilliseconds: 1000) == nil { inputs.waited(&clock, 1000) }
    }
  }

  /// Turns until the visit is wiped or the kiosk must stop.
  mutating func runVisit() -> Outcome {
    while !inputs.stopRequested() {
      if let outcome = turn() { return outcome }
    }
    return .stopped
  }

  /// One turn of the loop: paints, takes the next event — a device's result
  /// first, else a key, else a tick when no key came in time — and handles it.
  public mutating func turn() -> Outcome? {
    watchdog.alive(at: clock.now.seconds)
    paint()
    // No event: the screen was given to speech instead.
    guard let event = nextEvent() else { return nil }
    return handle(event)
  }

  /// Speech follows the screen if it has something due (tests call it after
  /// their keys, as the loop does once no key waits).
  public mutating func followSpeech() {
    guard let trigger = speechDue, let app else { return }
    speechDue = nil
    effects?.follow(app.spokenScreen(columns: terminal.size.columns, rows: terminal.size.rows), after: trigger)
  }

  /// Draws the app on the terminal (only what changed reaches the screen).
  public mutating func paint() {
    guard let app else { return }
    terminal.paint(app.view(size: terminal.size))
  }

  mutating func nextEvent() -> Event? {
    if let result = effects?.nextEvent() { return result }
    if let key = terminal.readKey(timeoutMilliseconds: speechDue == nil ? tickMilliseconds : 0) {
      return key == .resize ? .resize(terminal.size) : .key(key)
    }
    if speechDue != nil {
      followSpeech()
      return nil
    }
    inputs.waited(&clock, tickMilliseconds)
    return .tick
  }

  /// Gives `event` to the app and runs the effects it asks for. An outcome
  /// when staff leave or the visit was wiped (its work finished first).
  public mutating func handle(_ event: Event) -> Outcome? {
    guard var app, effects != nil else { return nil }
    let wasSpeaking = app.session.speechOn
    let asked = app.update(event, clock: clock)
    self.app = app
    // Speech has something to follow only while it is on, or just turned
    // off (the voice stops): otherwise every event would cost a second
    // loop turn and a second view.
    if wasSpeaking || app.session.speechOn {
      speechDue = SpeechTrigger.strongest(speechDue, KioskApp.speechTrigger(after: event, effects: asked))
    }
    var wiped = false
    for effect in asked {
      switch effects!.run(effect, app: app) {
      case .none: break
      case .wipeScreen:
        terminal.wipe()
        wiped = true
      case .exit: return .staffExit
      }
    }
    return wiped ? endVisit() : nil
  }

  /// Results already waiting (a PIN's answer, a scan), handled without
  /// waiting for a key.
  public mutating func handleWaitingResults() -> Outcome? {
    while let event = effects?.nextEvent() {
      if let outcome = handle(event) { return outcome }
    }
    return nil
  }

  /// The background work of the visit finishes; results still on their
  /// way (a wrong PIN's count) reach the app before its handover is taken.
  mutating func endVisit() -> Outcome {
    guard var app, effects != nil else { return .stopped }
    effects!.finishVisit()
    defer { self.app = app }
    while let event = effects!.nextEvent() {
      for effect in app.update(event, clock: clock) where effect == .exitKiosk { return .staffExit }
    }
    return inputs.stopRequested() ? .stopped : .visitEnded(handover: app.handover)
  }
}

/// Where the loop's inputs come from: the machine's for the kiosk
/// (`KioskLoopInputs.machine`), a test's own in tests.
public struct KioskLoopInputs<Clock: KioskClock> {
  /// Reads and checks the configuration; nil when it is broken (logged).
  public var configuration: () -> KioskConfiguration?
  /// False when the date cannot be trusted: "out of service" too.
  public var clockIsUsable: () -> Bool
  /// What runs the effects of a visit on this configuration.
  public var effects: (KioskConfiguration) -> any EffectHandling
  /// True once SIGTERM or SIGHUP came.
  public var stopRequested: () -> Bool
  /// Each visit starts with speech on (the test rig's PASSERELLE_SPEECH=on).
  public var startsWithSpeech = false
  /// The terminal waited this many milliseconds for a key that did not
  /// come: a test clock moves on; the machine's moves by itself.
  public var waited: (inout Clock, Int) -> Void

  public init(configuration: @escaping () -> KioskConfiguration?, clockIsUsable: @escaping () -> Bool = { true },
              effects: @escaping (KioskConfiguration) -> any EffectHandling,
              stopRequested: @escaping () -> Bool = { false }, waited: @escaping (inout Clock, Int) -> Void,
              startsWithSpeech: Bool = false) {
    self.startsWithSpeech = startsWithSpeech
    self.configuration = configuration
    self.clockIsUsable = clockIsUsable
    self.effects = effects
    self.stopRequested = stopRequested
    self.waited = waited
  }
}

extension KioskLoopInputs where Clock == SystemClock {
  /// The kiosk's: the configuration folder, the machine's clock check, the
  /// real effects with PINs checked by `kiosk pin check`.
  public static func machine(configDirectory: URL, stopRequested: @escaping () -> Bool) -> Self {
    Self(
      configuration: { Self.readConfiguration(configDirectory) },
      clockIsUsable: {
        let check = ClockCheck.current()
        if !check.isUsable { SystemLog.error("clock: \(check.description); out of service until it is right") }
        return check.isUsable
      },
      effects: { EffectRunner(config: $0, pinHelper: PINChecker.currentExecutable) },
      stopRequested: stopRequested,
      waited: { _, _ in },
      startsWithSpeech: ProcessInfo.processInfo.environment["PASSERELLE_SPEECH"] == "on")
  }

  static func readConfiguration(_ directory: URL) -> KioskConfiguration? {
    do {
      let config = try ConfigLoader.load(directory: directory)
      for warning in config.warnings { SystemLog.error("configuration: \(warning)") }
      SiteClock.apply(config.site)
      return config
    } catch {
      for diagnostic in error.diagnostics { SystemLog.error("configuration: \(diagnostic)") }
      return nil
    }
  }
}
