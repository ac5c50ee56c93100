import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import Speech
import Terminal
import Testing
import WorkingDays

/// The app and the real effect runner, as the kiosk loop joins them, with a
/// test clock: documents are read, sheets kept, steps counted for real.
struct KioskDriver {
  var app: KioskApp
  var clock: TestClock
  let runner: EffectRunner
  var wipedScreens = 0
  /// Reads each screen aloud after each event, as the loop does, when set.
  var speaker: ScreenSpeaker?

  init(config: KioskConfiguration, today: String = "2026-11-23") {
    clock = TestClock(today: CivilDate(iso: today)!)
    app = KioskApp(config: config, clock: clock)
    runner = EffectRunner(config: config)
    runner.startUp()
  }

  var text: String { app.view(size: Size(columns: 80, rows: 24)).lines.joined(separator: "\n") }
  var plain: String { text.replacingOccurrences(of: "\u{00A0}", with: " ") }

  mutating func handle(_ event: Event) {
    let effects = app.update(event, clock: clock)
    for effect in effects where runner.run(effect, app: app) == .wipeScreen {
      wipedScreens += 1
    }
    speaker?.follow(app.spokenScreen(columns: 80, rows: 24), after: KioskApp.speechTrigger(after: event, effects: effects))
  }

  mutating func press(_ keys: Key...) { for key in keys { handle(.key(key)) } }
  mutating func type(_ text: String) { for c in text { handle(.key(.char(c))) } }

  /// Feeds device results back until `done` holds or `seconds` pass.
  @discardableResult
  mutating func settle(seconds: Double = 20, until done: (KioskApp) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let event = runner.nextEvent() { handle(event) } else {
        if done(app) { return true }
        usleep(10_000)
      }
    }
    return done(app)
  }

  mutating func idle(_ seconds: Double) {
    var left = seconds
    while left > 0 {
      clock.advance(by: min(5, left))
      left -= 5
      handle(.tick)
    }
  }
}
