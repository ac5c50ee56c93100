import KioskUI

/// What the loop needs to run a visit's effects: `EffectRunner` on the
/// kiosk; a test may give a double that records them instead.
public protocol EffectHandling {
  /// At the start of a visit, also after a crash.
  func startUp()
  /// Runs one effect; says when the screen must be wiped or the kiosk stop.
  func run(_ effect: Effect, app: KioskApp) -> EffectRunner.TerminalAction
  /// A device or job result waiting for the app, if any.
  func nextEvent() -> Event?
  /// Before the visit's process ends: background work finishes.
  func finishVisit()
}

extension EffectRunner: EffectHandling {}
