import KioskUI
import Speech

/// What the loop needs to run a visit's effects: `EffectRunner` on the
/// kiosk; a test may give a double that records them instead. Mutating, so
/// a double can be a value that is copied with the loop (a test that
/// explores several paths from one state keeps them apart).
public protocol EffectHandling {
  /// At the start of a visit, also after a crash.
  mutating func startUp()
  /// Runs one effect; says when the screen must be wiped or the kiosk stop.
  mutating func run(_ effect: Effect, app: KioskApp) -> EffectRunner.TerminalAction
  /// A device or job result waiting for the app, if any.
  mutating func nextEvent() -> Event?
  /// Before the visit's process ends: background work finishes.
  mutating func finishVisit()
  /// Reads the screen aloud when the person turned speech on (nil: say
  /// nothing); the loop calls it once no key waits.
  mutating func follow(_ spoken: SpokenScreen?, after trigger: SpeechTrigger)
}

extension EffectHandling {
  /// A double that does not speak.
  public mutating func follow(_ spoken: SpokenScreen?, after trigger: SpeechTrigger) {}
}

extension EffectRunner: EffectHandling {
  public func follow(_ spoken: SpokenScreen?, after trigger: SpeechTrigger) { speaker.follow(spoken, after: trigger) }
}
