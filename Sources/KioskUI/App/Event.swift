import Terminal

/// Everything that can happen to the app. Keys and ticks come from the
/// terminal loop; device results come back from effects.
public enum Event: Hashable, Sendable {
  case key(Key)
  /// No key for a while: lets idle timers advance.
  case tick
  case resize(Size)
  /// The "call staff" program finished: true when it succeeded.
  case staffCallFinished(Bool)
}

/// Work the app asks the outside world to do. The loop runs it and may send
/// an event back.
public enum Effect: Hashable, Sendable {
  /// Clear the screen and the scrollback: a session ended.
  case wipeScreen
  /// Run the configured program that alerts staff.
  case callStaff([String])
  /// Staff typed the exit code: leave the kiosk.
  case exitKiosk
}
