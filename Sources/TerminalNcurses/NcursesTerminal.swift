@preconcurrency import CNcurses
import Terminal

/// The real terminal, on ncursesw. The only file that talks to curses: it
/// paints ready-made frames (diffed) and turns `get_wch` results into keys.
/// ncurses is not thread-safe: use it from one thread only.
public final class NcursesTerminal: TerminalBackend {
  public private(set) var size: Size
  public let glyphs: Glyphs
  public let hasColors: Bool
  private var previous: Frame?
  private var screen: OpaquePointer?

  public struct Unavailable: Error, CustomStringConvertible {
    public let description: String
  }

  /// Starts curses on the controlling terminal. Throws (never exits) when
  /// the terminal cannot be used, e.g. an unknown `TERM`.
  public init(environment: [String: String], monochrome: Bool = false) throws {
    let utf8 = cn_setup_locale() == 1
    guard let screen = cn_newterm() else {
      throw Unavailable(description: "cannot open the terminal (TERM=\(environment["TERM"] ?? "unset"))")
    }
    self.screen = screen
    raw()
    noecho()
    nonl()
    _ = cn_keypad()
    // Esc means "back": it must feel instant. Honour ESCDELAY when set.
    if environment["ESCDELAY"] == nil { set_escdelay(25) }
    glyphs = Glyphs.choose(term: environment["TERM"], utf8: utf8)
    hasColors = !monochrome && environment["NO_COLOR"] == nil && has_colors()
    if hasColors {
      start_color()
      use_default_colors()
      Self.setupColors()
    }
    size = Size(columns: Int(cn_cols()), rows: Int(cn_lines()))
  }

  deinit { shutdown() }

  /// Restores the terminal; safe to call twice.
  public func shutdown() {
    guard screen != nil else { return }
    endwin()
    delscreen(screen)
    screen = nil
  }

  /// Before the process replaces itself (a fresh process per visit): the
  /// terminal modes go back to the shell's, which the next process saves
  /// as its own, so a staff exit still restores them; the screen, already
  /// wiped, stays as it is (no endwin: nothing of the old screen flashes).
  public func handOver() {
    _ = reset_shell_mode()
  }

  /// The replacement failed: the kiosk goes on in this process.
  public func takeBack() {
    _ = reset_prog_mode()
    previous = nil
  }

  private static func setupColors() {
    let pairs: [(ColorRole, Int32, Int32)] = [
      (.normal, -1, -1), (.header, Int32(COLOR_WHITE), Int32(COLOR_BLUE)), (.accent, Int32(COLOR_CYAN), -1),
      (.danger, Int32(COLOR_WHITE), Int32(COLOR_RED)), (.warning, Int32(COLOR_BLACK), Int32(COLOR_YELLOW)),
      (.ok, Int32(COLOR_GREEN), -1), (.muted, -1, -1), (.keyBar, Int32(COLOR_BLACK), Int32(COLOR_WHITE)),
    ]
    for (role, fg, bg) in pairs {
      init_pair(Int16(role.rawValue) + 1, Int16(fg), Int16(bg))
    }
  }

  private func attributes(for style: Style) -> (attr_t, Int16) {
    var attrs = cn_a_normal()
    if style.bold { attrs |= cn_a_bold() }
    if style.reverse { attrs |= cn_a_reverse() }
    if style.underline { attrs |= cn_a_underline() }
    if hasColors {
      if style.role == .muted { attrs |= cn_a_dim() }
      return (attrs, Int16(style.role.rawValue) + 1)
    }
    // Monochrome: bars in reverse video, alerts in bold; words carry the meaning.
    switch style.role {
    case .header, .keyBar: attrs |= cn_a_reverse()
    case .danger, .warning, .accent: attrs |= cn_a_bold()
    default: break
    }
    return (attrs, 0)
  }

  public func paint(_ frame: Frame) {
    for run in FrameDiff.runs(from: previous, to: frame) {
      let (attrs, pair) = attributes(for: run.style)
      _ = cn_attr_set(attrs, pair)
      _ = cn_mvaddstr(Int32(run.row), Int32(run.column), run.text)
    }
    _ = cn_attr_set(cn_a_normal(), 0)
    if let cursor = frame.cursor {
      curs_set(1)
      _ = cn_move(Int32(cursor.row), Int32(cursor.column))
    } else {
      curs_set(0)
    }
    _ = cn_refresh()
    previous = frame
  }

  public func readKey(timeoutMilliseconds: Int) -> Key? {
    _ = cn_timeout(Int32(timeoutMilliseconds))
    var ch: wint_t = 0
    let result = cn_get_wch(&ch)
    if result == ERR { return nil }
    if result == KEY_CODE_YES { return functionKey(Int32(ch)) }
    let value = UInt32(ch)
    if value == 27 { return escapeOrSequence() }
    if value < 32 || value == 127 { return Key.fromControlByte(value) }
    guard let scalar = Unicode.Scalar(value) else { return .unknown }
    return .char(Character(scalar))
  }

  /// A lone Esc is "back"; an Esc followed at once by more bytes is an
  /// escape sequence curses did not know: swallow it whole so its bytes
  /// are not typed into a field.
  private func escapeOrSequence() -> Key {
    _ = cn_timeout(0)
    var ch: wint_t = 0
    guard cn_get_wch(&ch) != ERR else { return .escape }
    let introducer = UInt32(ch)
    guard introducer == UInt32(UInt8(ascii: "[")) || introducer == UInt32(UInt8(ascii: "O")) else {
      // Esc then another key typed fast (or pasted): keep that key.
      _ = cn_unget_wch(wchar_t(bitPattern: ch))
      return .escape
    }
    for _ in 0..<16 {
      guard cn_get_wch(&ch) != ERR else { break }
      let v = UInt32(ch)
      if (0x40...0x7E).contains(v) { break }
    }
    return .unknown
  }

  private func functionKey(_ code: Int32) -> Key {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_RESIZE:
      size = Size(columns: Int(cn_cols()), rows: Int(cn_lines()))
      previous = nil
      return .resize
    default:
      for n in 1...12 where code == cn_key_f(Int32(n)) { return .function(n) }
      return .unknown
    }
  }

  public func wipe() {
    _ = cn_clear()
    _ = cn_clearok()
    _ = cn_refresh()
    cn_clear_scrollback()
    previous = nil
  }
}
