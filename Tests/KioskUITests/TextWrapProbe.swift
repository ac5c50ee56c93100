import KioskUI

/// Reaches the public wrapper used by the renderer.
enum TextWrapProbe {
  static func lines(_ text: String, width: Int) -> [String] { TextWrap.lines(text, width: width) }
}
