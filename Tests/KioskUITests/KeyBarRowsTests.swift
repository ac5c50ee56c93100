import Terminal
import Testing

@testable import KioskUI

/// The key bar takes a second row when its keys do not fit one: no key
/// falls off the screen (French mediator mode needed 88 columns).
@Suite struct KeyBarRowsTests {
  @Test func `in French mediator mode every key shows, on two rows`() {
    var h = Harness(today: "2026-11-29")
    h.toHome(language: 1)
    MediatorModeTests.assisted(&h)
    h.press(.escape)
    let lines = h.frame.lines
    #expect(lines[21].allSatisfy { $0 == "─" }, "the rule moves up one row:\n\(h.text)")
    let bar = lines[22] + "\n" + lines[23]
    for word in ["Échap Retour", "* Une personne", "? Aide", "+ Langue", "/ Médiateur", "Entrée Valider"] {
      #expect(bar.contains(word), "\(word) is missing from the bar:\n\(bar)")
    }
    #expect(h.frame.keyBarRows == 2)
  }

  @Test func `one row when the keys fit`() {
    var h = Harness(today: "2026-11-29")
    h.toHome(language: 1)
    #expect(h.frame.keyBarRows == 1)
    #expect(h.frame.lines[23].contains("Entrée Valider"))
  }

  @Test func `the split keeps the order and puts as many keys as fit on the first row`() {
    let keys = (1...6).map { KeyHint("F\($0)", String(repeating: "x", count: 10)) }
    let rows = Renderer.keyBarRows(keys, columns: 40)
    #expect(rows.map(\.count) == [2, 4])
    #expect(rows.flatMap { $0 }.map(\.key) == keys.map(\.key))
  }
}
