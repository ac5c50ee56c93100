/// A key press, decoded by the backend. Screens and the app only ever see
/// these, never raw escape sequences.
public enum Key: Hashable, Sendable {
  /// A printable character (letters, digits, accents, punctuation).
  case char(Character)
  case enter
  case escape
  case backspace
  case delete
  case tab
  case backTab
  case up, down, left, right
  case home, end, pageUp, pageDown
  /// F1…F12.
  case function(Int)
  /// Ctrl + a letter or `]`, `\`…: delivered as keys because the kiosk runs
  /// in raw mode, so Ctrl-C or Ctrl-Z never stop it.
  case control(Character)
  /// The terminal changed size; read the new size from the backend.
  case resize
  /// Anything else the terminal sent (unknown escape sequences).
  case unknown

  /// The key for a byte below 32 or DEL, as raw mode delivers it.
  public static func fromControlByte(_ byte: UInt32) -> Key {
    switch byte {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .control("@")
    case 1...26: return .control(Character(Unicode.Scalar(byte + 96)!))
    case 28: return .control("\\")
    case 29: return .control("]")
    case 30: return .control("^")
    case 31: return .control("_")
    default: return .unknown
    }
  }
}
