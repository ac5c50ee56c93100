import KioskUI
import Terminal
import Testing

@Suite struct TerminalTests {}

extension TerminalTests {
  @Test func `wide characters take two cells and accents none`() {
    #expect(DisplayWidth.of("é") == 1)
    #expect(DisplayWidth.of("e\u{0301}") == 1)
    #expect(DisplayWidth.of("日本") == 4)
    var frame = Frame(size: Size(columns: 10, rows: 1))
    frame.put("日本語です", row: 0, column: 0)
    #expect(frame.line(0) == "日本語です")
    frame.put("ab日", row: 0, column: 8)
    #expect(frame.line(0).hasSuffix("ab"))
  }

  @Test func `control bytes map to keys`() {
    #expect(Key.fromControlByte(3) == .control("c"))
    #expect(Key.fromControlByte(26) == .control("z"))
    #expect(Key.fromControlByte(28) == .control("\\"))
    #expect(Key.fromControlByte(29) == .control("]"))
    #expect(Key.fromControlByte(13) == .enter)
    #expect(Key.fromControlByte(127) == .backspace)
  }

  @Test func `the diff of identical frames is empty`() {
    var frame = Frame(size: Size(columns: 20, rows: 3))
    frame.put("Bonjour", row: 1, column: 2, style: Style(.accent, bold: true))
    #expect(FrameDiff.runs(from: frame, to: frame).isEmpty)
    var changed = frame
    changed.put("J", row: 1, column: 5)
    let runs = FrameDiff.runs(from: frame, to: changed)
    #expect(runs == [FrameRun(row: 1, column: 5, text: "J", style: .plain)])
  }

  @Test func `the memory terminal keeps the last frame and counts wipes`() {
    var terminal = MemoryTerminal()
    var frame = Frame(size: terminal.size)
    frame.put("x", row: 0, column: 0)
    terminal.paint(frame)
    #expect(terminal.screen.line(0) == "x")
    terminal.wipe()
    #expect(terminal.screen.line(0) == "")
    #expect(terminal.wipes == 1)
  }

  @Test func `reading order folds blank lines and margins`() {
    var frame = Frame(size: Size(columns: 20, rows: 5))
    frame.put("Titre", row: 0, column: 2)
    frame.put("Texte", row: 3, column: 4)
    #expect(frame.readingText == "Titre\n\nTexte")
  }

  @Test func `text wraps on spaces, never on a non-breaking space`() {
    #expect(TextWrap.lines("Date limite\u{00A0}: lundi", width: 10) == ["Date", "limite\u{00A0}:", "lundi"])
    #expect(TextWrap.lines("Date limite\u{00A0}: lundi", width: 14) == ["Date limite\u{00A0}:", "lundi"])
  }
}

@Suite struct ChecklistTests {}

extension ChecklistTests {
  @Test func `Space ticks and unticks, arrows move and wrap`() {
    var state = ChecklistInput.State()
    #expect(ChecklistInput.handle(.char(" "), count: 3, state: &state))
    #expect(state.checked == [0])
    _ = ChecklistInput.handle(.up, count: 3, state: &state)
    #expect(state.selected == 2)
    _ = ChecklistInput.handle(.char(" "), count: 3, state: &state)
    _ = ChecklistInput.handle(.down, count: 3, state: &state)
    _ = ChecklistInput.handle(.char(" "), count: 3, state: &state)
    #expect(state.checked == [2])
    #expect(!ChecklistInput.handle(.char("x"), count: 3, state: &state))
  }

  @Test func `ticks are written as text, the cursor is on the current item`() {
    var content = ScreenContent(title: "À apporter")
    content.blocks = [.checklist(["Pièce d'identité", "Fiches de paie"], checked: [1], selected: 1)]
    let frame = Renderer(glyphs: .ascii, siteName: "Site").render(content, size: Size(columns: 80, rows: 24))
    #expect(frame.lines.contains("    [ ] Pièce d'identité"))
    #expect(frame.lines.contains("  > [x] Fiches de paie"))
    #expect(frame.line(frame.cursor!.row).contains("Fiches de paie"))
  }
}

@Suite struct GlyphMeaningTests {
  @Test func `no mark on screen is also a key's sign`() {
    let keys: Set<Character> = ["*", "+", "-", "?", "/"]
    for glyphs in [Glyphs.unicode, Glyphs.ascii] {
      #expect(!keys.contains(glyphs.bullet))
    }
  }
}

@Suite struct CalendarLegendTests {}

extension CalendarLegendTests {
  @Test func `the legend names the marks drawn, on the days drawn`() {
    var h = Harness()
    h.toHome()
    // Training ended Friday 18 December 2026: 25 December is a holiday, the 28th the last day.
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12/2026")
    h.press(.enter, .char("2"))
    h.size = Size(columns: 80, rows: 60)
    #expect(h.flowing.contains("(18) départ · +21 compté · *25 férié · [28] date limite"), "\(h.plain)")
    #expect(!h.flowing.contains("aujourd'hui"), "today (22 November) is not on this calendar")
    // The claimant reads no legal source; the mediator does.
    #expect(!h.flowing.contains("confiance"))
  }
}
