import Foundation
import KioskConfig
import KioskUI
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

/// Drives a `KioskApp` like the real loop does, with a test clock.
struct Harness {
  var app: KioskApp
  var clock: TestClock
  var size = Size(columns: 80, rows: 24)
  var effects: [Effect] = []
  /// The statistics events, kept apart from the other effects.
  var recorded: [FrictionEvent] = []

  init(config: KioskConfiguration = Bundled.config, today: String = "2026-11-22", glyphs: Glyphs = .unicode) {
    clock = TestClock(today: CivilDate(iso: today)!)
    app = KioskApp(config: config, clock: clock, glyphs: glyphs)
  }

  mutating func press(_ keys: Key...) { press(keys) }

  mutating func press(_ keys: [Key]) {
    for key in keys { take(app.update(.key(key), clock: clock)) }
  }

  /// Sorts the app's effects: statistics apart, the rest in `effects`.
  /// A PIN check is answered at once, as the kiosk's helper would.
  mutating func take(_ new: [Effect]) {
    for effect in new {
      switch effect {
      case let .record(event): recorded.append(event)
      case let .checkPIN(purpose, pin):
        let hash = purpose == .mediator ? app.config.site.mediatorPINHash : app.config.site.staffExitHash
        take(app.update(.pinChecked(purpose, hash?.verify(pin) == true), clock: clock))
      default: effects.append(effect)
      }
    }
  }

  /// Types each character of `text` as a key.
  mutating func type(_ text: String) { press(text.map { Key.char($0) }) }

  mutating func wait(_ seconds: Double, tickEvery step: Double = 1) {
    var left = seconds
    while left > 0 {
      clock.advance(by: min(step, left))
      left -= step
      take(app.update(.tick, clock: clock))
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
