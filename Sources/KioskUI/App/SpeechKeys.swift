import Terminal

/// The speech keys (docs/keys.md): = or F5 turns speech on or off for the
/// visit, F6 says the screen again, F7 pauses and resumes. "=" is on
/// AZERTY and QWERTY keyboards without Shift, and no answer needs it.
enum SpeechKeys {
  static let toggle: Set<Key> = [.function(5), .char("=")]
  static let repeatScreen = Key.function(6)
  static let pause = Key.function(7)

  /// nil: not a speech key, the screen and the global keys take it.
  static func handle(_ key: Key, _ session: inout SessionState) -> [Effect]? {
    if toggle.contains(key) {
      session.speechOn.toggle()
      return []
    }
    guard session.speechOn else { return nil }
    if key == repeatScreen { return [.speech(.repeatScreen)] }
    if key == pause { return [.speech(.pauseOrResume)] }
    return nil
  }

  /// The key bar entry: what "=" does now.
  static func hint(_ c: ScreenContext) -> KeyHint {
    KeyHint("=", c.text(c.session.speechOn ? "keys.speech_off" : "keys.speech_on"))
  }
}
