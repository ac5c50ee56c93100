import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import Terminal
import Testing
import WorkingDays

/// The kiosk's real loop (`KioskLoop`) and its real effect runner on an
/// in-memory terminal with a test clock: documents are read, sheets kept,
/// steps counted for real. After a wipe the same process goes on, as when
/// the fresh process cannot start.
struct KioskDriver {
  var loop: KioskLoop<MemoryTerminal, TestClock>
  let runner: EffectRunner

  /// `environment`: where the runner's speaker reads the speech test rig.
  init(config: KioskConfiguration, today: String = "2026-11-23",
       environment: [String: String] = ProcessInfo.processInfo.environment) {
    let runner = EffectRunner(config: config, environment: environment)
    self.runner = runner
    loop = KioskLoop(
      terminal: MemoryTerminal(), clock: TestClock(today: CivilDate(iso: today)!),
      inputs: KioskLoopInputs(configuration: { config }, effects: { _ in runner },
                              waited: { clock, milliseconds in clock.advance(by: Double(milliseconds) / 1000) }),
      watchdog: Watchdog(environment: [:]))
    loop.openVisit()
  }

  var app: KioskApp { loop.app! }
  /// What the terminal shows (painted by the loop).
  var text: String {
    var loop = loop
    loop.paint()
    return loop.terminal.screen.lines.joined(separator: "\n")
  }
  var plain: String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }
  /// Screens wiped so far (each visit's end).
  var wipedScreens: Int { loop.terminal.wipes }

  mutating func press(_ keys: Key...) {
    for key in keys {
      loop.terminal.pendingKeys.append(key)
      while !loop.terminal.pendingKeys.isEmpty { _ = loop.turn() }
      // As the loop does once no key waits: each screen's voice starts.
      loop.followSpeech()
    }
  }

  mutating func type(_ text: String) { for c in text { press(.char(c)) } }

  /// Hands device results to the app until `done` holds or `seconds` pass.
  @discardableResult
  mutating func settle(seconds: Double = 20, until done: (KioskApp) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      _ = loop.handleWaitingResults()
      if done(app) { return true }
      usleep(10_000)
    }
    _ = loop.handleWaitingResults()
    return done(app)
  }

  /// Lets `seconds` pass with no key: the loop ticks every 5 seconds (a
  /// turn that hands over a device's result first takes no time).
  mutating func idle(_ seconds: Double) {
    let until = loop.clock.now.advanced(by: seconds)
    while loop.clock.now < until {
      loop.tickMilliseconds = Int((min(5, until.seconds - loop.clock.now.seconds) * 1000).rounded(.up))
      _ = loop.turn()
    }
  }
}
