import KioskUI
import Terminal
import Testing

/// What is typed in a field stays as typed: a stray letter is shown in the
/// box and refused by name, never dropped on the way in.
@Suite struct TypedFieldTests {
  /// Monthly declaration up to the pay of the first employer (35 hours).
  static let toPay: [Key] = [Home.declare, .char("1"), .char("1"), .char("1")] + "35".map { .char($0) } + [.enter]
}

extension TypedFieldTests {
  @Test func `42O,50 stays in the box and is refused for its letter O`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toPay)
    let question = h.text
    h.type("42O,50")
    #expect(h.text.contains("[ 42O,50"))
    h.press(.enter)
    #expect(h.route == .journey)
    // The same question, with the error under it and in the summary.
    #expect(h.text.contains("[ 42O,50"))
    #expect(h.plain.components(separatedBy: "Le montant contient « O »").count == 3)
    #expect(question != h.text)
    // Corrected: the O out, a 0 in.
    for _ in 0..<4 { h.press(.backspace) }
    h.type("0,50")
    #expect(h.text.contains("[ 420,50"))
    h.press(.enter)
    #expect(!h.plain.contains("Le montant contient"))
  }

  @Test func `shortcut keys keep their meaning in an amount, other keys are typed`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toPay)
    h.type("12e")
    #expect(h.text.contains("[ 12e"))
    h.press(.char("?"))
    #expect(h.route == .help)
  }

  @Test func `a letter in a date is shown and named, not dropped`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/I2/2026")
    #expect(h.text.contains("[ 18/I2/2026"))
    h.press(.enter)
    #expect(h.route == .calculatorDate)
    #expect(h.plain.contains("La date contient « I »"))
  }
}
