import Foundation
import KioskConfig
import KioskUI
import Speech
import Terminal
import TestSupport
import WorkingDays

/// `kiosk-bench speech CONFIG_DIR KEY_COUNT`: the visit replayed with speech
/// on, as the loop does it (update, view, the spoken screen, the director).
/// For each key that makes the kiosk speak, one JSON line: the time spent
/// in the kiosk before espeak-ng is started, the language and the text.
/// scripts/lib/bench_speech.py then runs espeak-ng on each text and times
/// its first audio sample.
func speechBench(config: KioskConfiguration, count: Int, visit: [Key]) {
  var clock = TestClock(today: CivilDate(iso: "2026-11-22")!)
  var app = KioskApp(config: config, clock: clock)
  app.startVisitsWithSpeech()
  let size = Size(columns: 80, rows: 24)
  var director = SpeechDirector()
  _ = director.next(app.spokenScreen(columns: size.columns, rows: size.rows), after: .update)
  var i = 0
  var spoken = 0
  while spoken < count {
    let key = visit[i % visit.count]
    i += 1
    clock.advance(by: 0.3)
    let start = DispatchTime.now().uptimeNanoseconds
    let effects = app.update(.key(key), clock: clock)
    _ = app.view(size: size)
    let action = director.next(app.spokenScreen(columns: size.columns, rows: size.rows),
                               after: KioskApp.speechTrigger(after: .key(key), effects: effects))
    let micros = Double(DispatchTime.now().uptimeNanoseconds - start) / 1000
    guard case let .say(text, language) = action else { continue }
    spoken += 1
    let line: [String: Any] = ["us": micros, "language": EspeakCommand.voice(for: language), "text": text]
    let data = try! JSONSerialization.data(withJSONObject: line)
    print(String(decoding: data, as: UTF8.self))
  }
}
