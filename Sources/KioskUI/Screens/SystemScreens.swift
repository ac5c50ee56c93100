import Terminal

/// Screens drawn without the normal layout: they must work when the
/// window is tiny or the configuration (and so the catalogs) is broken.
public enum SystemScreens {
  /// Below 80×24: ask to enlarge. What was typed is kept in the state.
  static func tooSmall(_ size: Size, message: String) -> Frame {
    var frame = Frame(size: size)
    for (row, line) in TextWrap.lines(message, width: max(1, size.columns - 1)).prefix(size.rows).enumerated() {
      frame.put(line, row: row, column: 0, style: Style(.warning, bold: true))
    }
    frame.cursor = (0, 0)
    return frame
  }

  /// The configuration is broken: a plain "out of service, ask staff"
  /// screen in French and English. The precise reason goes to the log,
  /// never to the screen.
  public static func outOfService(_ size: Size) -> Frame {
    let text = [
      "HORS SERVICE",
      "Cette borne ne marche pas pour le moment.",
      "Demandez de l'aide à l'accueil.",
      "",
      "OUT OF SERVICE",
      "This kiosk is not working at the moment.",
      "Please ask the reception desk for help.",
    ].joined(separator: "\n")
    var frame = Frame(size: size)
    let lines = TextWrap.lines(text, width: max(1, size.columns - 4))
    let top = max(0, (size.rows - lines.count) / 2)
    for (i, line) in lines.enumerated() where top + i < size.rows {
      let bold = line.uppercased() == line && !line.isEmpty
      let column = max(0, (size.columns - DisplayWidth.of(line)) / 2)
      frame.put(line, row: top + i, column: column, style: Style(bold ? .danger : .normal, bold: bold))
    }
    frame.cursor = (top, 0)
    return frame
  }
}
