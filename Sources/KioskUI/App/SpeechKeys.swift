/// What the speech keys do (their keys are in `KeyBinding.global`): = or
/// F5 turns speech on or off for the visit; F6 says the screen again, F7
/// pauses and resumes — asked of the runtime's speaker as effects.
enum SpeechKeys {
  static func perform(_ action: KeyBinding.Action, _ session: inout SessionState) -> [Effect] {
    switch action {
    case .speech:
      session.speechOn.toggle()
      return []
    case .repeatSpeech:
      return session.speechOn ? [.speech(.repeatScreen)] : []
    case .pauseSpeech:
      return session.speechOn ? [.speech(.pauseOrResume)] : []
    case .back, .help, .person, .language, .end, .mediator, .pageDown, .pageUp, .screen:
      return []
    }
  }
}
