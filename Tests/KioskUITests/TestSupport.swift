import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import PINHashing
import Statistics
import Terminal
import Testing
import WorkingDays

enum Bundled {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("kiosk-config")
  static let config: KioskConfiguration = try! ConfigLoader.load(directory: directory)
}

/// The kiosk's real loop (`KioskLoop`) on an in-memory terminal with a test
/// clock: keys go in through the terminal, time passes only when the test
/// waits. Effects are recorded by `RecordingEffects` instead of reaching
/// devices.
struct Harness {
  var loop: KioskLoop<MemoryTerminal, TestClock>

  init(config: KioskConfiguration = Bundled.config, today: String = "2026-11-22", glyphs: Glyphs = .unicode) {
    loop = KioskLoop(
      terminal: MemoryTerminal(), clock: TestClock(today: CivilDate(iso: today)!), glyphs: glyphs,
      inputs: KioskLoopInputs(configuration: { config }, effects: { _ in RecordingEffects() },
                              waited: { clock, milliseconds in clock.advance(by: Double(milliseconds) / 1000) }),
      watchdog: Watchdog(environment: [:]))
    loop.openVisit()
  }

  var app: KioskApp {
    get { loop.app! }
    set { loop.app = newValue }
  }
  var clock: TestClock {
    get { loop.clock }
    set { loop.clock = newValue }
  }
  /// The terminal's size; changing it does not tell the app (no resize key).
  var size: Size {
    get { loop.terminal.size }
    set { loop.terminal.size = newValue }
  }
  /// The double that recorded the visit's effects (copied with the loop).
  var recorder: RecordingEffects {
    get { loop.effects as! RecordingEffects }
    set { loop.effects = newValue }
  }
  /// What the app asked of the machine, statistics apart.
  var effects: [Effect] {
    get { recorder.effects }
    set { recorder.effects = newValue }
  }
  /// The statistics events, kept apart from the other effects.
  var recorded: [FrictionEvent] { recorder.statistics }

  mutating func press(_ keys: Key...) { press(keys) }

  /// Each key through the terminal, one loop turn each; the answers the
  /// effects gave (a PIN check) are handled before the next key.
  mutating func press(_ keys: [Key]) {
    for key in keys {
      loop.terminal.pendingKeys.append(key)
      // A result already waiting is handled first, as the loop does.
      while !loop.terminal.pendingKeys.isEmpty { _ = loop.turn() }
      _ = loop.handleWaitingResults()
      // As the loop does once no key waits (takes no time).
      loop.followSpeech()
    }
  }

  /// A result from the machine (a print finished, a page scanned), as the
  /// loop hands it to the app.
  mutating func handle(_ event: Event) {
    _ = loop.handle(event)
    _ = loop.handleWaitingResults()
  }

  /// Types each character of `text` as a key.
  mutating func type(_ text: String) { press(text.map { Key.char($0) }) }

  /// Lets time pass as the loop does when no key comes: a tick every
  /// `step` seconds.
  mutating func wait(_ seconds: Double, tickEvery step: Double = 1) {
    var left = seconds
    while left > 0 {
      loop.tickMilliseconds = Int(min(step, left) * 1000)
      left -= step
      loop.followSpeech()
      _ = loop.turn()
      _ = loop.handleWaitingResults()
    }
  }

  var frame: Frame { app.view(size: size) }
  var text: String { frame.lines.joined(separator: "\n") }
  var route: Route { app.session.route }
  /// The screen with non-breaking spaces as plain spaces, for assertions.
  var plain: String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }
  /// The screen's words as one line, so a sentence wrapped over two lines
  /// can be looked for whole.
  var flowing: String {
    plain.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// Start → language (French unless told) → home.
  mutating func toHome(language: Int = 1) {
    press(.enter, .char(Character(String(language))))
  }
}

/// Records the app's effects instead of running them; a PIN check is
/// answered as the kiosk's helper would, on the next turn of the loop.
struct RecordingEffects: EffectHandling {
  var effects: [Effect] = []
  var statistics: [FrictionEvent] = []
  var waiting: [Event] = []

  func startUp() {}

  mutating func run(_ effect: Effect, app: KioskApp) -> EffectRunner.TerminalAction {
    switch effect {
    case let .record(event): statistics.append(event)
    case let .checkPIN(purpose, pin):
      let hash = purpose == .mediator ? app.config.site.mediatorPINHash : app.config.site.staffExitHash
      waiting.append(.pinChecked(purpose, hash?.verify(pin) == true))
    case .wipeScreen:
      effects.append(effect)
      return .wipeScreen
    case .exitKiosk:
      effects.append(effect)
      return .exit
    case .callStaff, .print, .document, .loadStatistics, .recordAttestation, .speech: effects.append(effect)
    }
    return .none
  }

  mutating func nextEvent() -> Event? { waiting.isEmpty ? nil : waiting.removeFirst() }
  func finishVisit() {}
}

/// Text snapshots: `Snapshots/<name>.txt`. A missing snapshot is written
/// and the test fails, so nothing passes on a fresh recording; `RECORD=1`
/// rewrites them on purpose (review the diff).
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static func assert(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = frame.lines.joined(separator: "\n") + "\n"
    let url = folder.appendingPathComponent("\(name).txt")
    let record = ProcessInfo.processInfo.environment["RECORD"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("snapshot \(name) \(record ? "re-recorded" : "was missing and has been recorded"): review it and run again",
                   sourceLocation: sourceLocation)
      return
    }
    #expect(actual == expected, "snapshot \(name) differs (RECORD=1 to accept)", sourceLocation: sourceLocation)
  }
}
