/// What happened since the screen was last spoken.
public enum SpeechTrigger: Hashable, Sendable {
  /// The kiosk started, or a device answered (a sheet printed, a scan).
  case update
  /// A key that is not a speech key.
  case key
  /// The idle tick: only a new screen (the idle warning) is spoken, not
  /// its countdown each second.
  case tick
  /// The repeat key.
  case repeatScreen
  /// The pause key.
  case pauseOrResume
}

extension SpeechTrigger {
  /// Two events before speech could follow (keys typed in a burst): a
  /// speech key outranks a key, a key a device result, which outranks a tick.
  public static func strongest(_ a: SpeechTrigger?, _ b: SpeechTrigger) -> SpeechTrigger {
    guard let a else { return b }
    return a.rank >= b.rank ? a : b
  }

  private var rank: Int {
    switch self {
    case .tick: 0
    case .update: 1
    case .key: 2
    case .pauseOrResume: 3
    case .repeatScreen: 4
    }
  }
}

/// What the speaker must do now.
public enum SpeechAction: Hashable, Sendable {
  case none
  /// Stop what is being said and say this (one utterance at a time).
  case say(String, language: String)
  /// Stop what is being said.
  case stop
  /// Pause what is being said, or go on with it.
  case pauseOrResume
}

/// Decides, after each event, what speech does: a new screen is spoken
/// whole; a key that only moves the focus says the focused line; any other
/// key stops the voice (EN 301 549 clauses 5.1.3.4, 5.1.3.5). Pure, so the
/// rules are tested without a sound card.
public struct SpeechDirector: Sendable {
  private var last: SpokenScreen?

  public init() {}

  /// `spoken` nil: speech is off (turning it off stops the voice).
  public mutating func next(_ spoken: SpokenScreen?, after trigger: SpeechTrigger) -> SpeechAction {
    let previous = last
    last = spoken
    guard let spoken else { return previous == nil ? .none : .stop }
    let whole = SpeechAction.say(spoken.utterance, language: spoken.language)
    guard let previous else { return whole }
    let newScreen = previous.screen != spoken.screen || previous.language != spoken.language
    switch trigger {
    case .repeatScreen: return whole
    case .pauseOrResume: return .pauseOrResume
    case .tick: return newScreen ? whole : .none
    case .update: return newScreen || previous.lines != spoken.lines ? whole : .none
    case .key:
      if newScreen { return whole }
      // The choice mark is not said: a moved highlight shows as a new focus.
      if let focus = spoken.focus, focus != previous.focus {
        return .say(SpokenScreen.utterance([focus]), language: spoken.language)
      }
      return previous.lines != spoken.lines ? whole : .stop
    }
  }
}
