import Foundation
@testable import KioskUI
import Terminal
import Testing

/// The key table (`KeyBinding.global`) against docs/keys.md and the key
/// bar: a key added to one and not the other fails here.
@Suite struct KeyBindingTests {
  static let doc = try! String(
    contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/keys.md"), encoding: .utf8)

  /// The rows of the doc's table of keys.
  static var rows: [String] { doc.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| ") } }

  /// A key as docs/keys.md writes it.
  static func written(_ key: Key) -> String {
    switch key {
    case let .char(c): return "`\(c)`"
    case let .function(n): return "F\(n)"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .enter: return "Enter"
    case .pageDown: return "Page Down"
    case .pageUp: return "Page Up"
    case .delete, .tab, .backTab, .up, .down, .left, .right, .home, .end, .control, .resize, .unknown:
      Issue.record("\(key) has no spelling in docs/keys.md: add one here and to the doc")
      return "\(key)"
    }
  }
}

extension KeyBindingTests {
  @Test func `docs/keys.md lists every global binding with all its keys on one line`() {
    for binding in KeyBinding.global {
      let names = binding.keys.map(Self.written)
      #expect(Self.rows.contains { row in names.allSatisfy(row.contains) },
              "docs/keys.md has no line with \(names.joined(separator: " and "))")
    }
  }

  @Test func `every function key docs/keys.md names is bound`() {
    let bound = Set(KeyBinding.global.flatMap(\.keys))
    for row in Self.rows {
      for match in row.matches(of: /\bF(\d+)\b/) {
        #expect(bound.contains(.function(Int(match.1)!)), "docs/keys.md names F\(match.1), which does nothing")
      }
    }
  }

  @Test func `a key belongs to one binding only`() {
    let keys = KeyBinding.global.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
  }

  @Test func `the key bar follows the table: back once there is a screen to go back to, finish once something is held`() {
    var h = Harness()
    #expect(h.plain.contains("* Une personne  ? Aide  + Langue  = Écouter  Entrée Valider"), "\(h.plain)")
    h.toHome()
    h.press(Home.calculator)
    // A full bar closes its gaps to one space (Renderer.drawKeyBar).
    #expect(h.plain.contains("Échap Retour * Une personne ? Aide + Langue - Terminer = Écouter Entrée Valider"), "\(h.plain)")
  }

  @Test func `a screen's own keys go on the bar before Enter`() {
    var h = Harness()
    h.toHome()
    let when = KeyBinding.When(depth: 3, languages: 2, pristine: false, mediatorMode: false)
    let bar = KeyBinding.bar(when, h.app.context, adding: [KeyHint("Espace", "Cocher")]).map { "\($0.key) \($0.label)" }
    #expect(bar == ["Échap Retour", "* Une personne", "? Aide", "+ Langue", "- Terminer", "= Écouter", "Espace Cocher", "Entrée Valider"])
  }

  @Test(arguments: [(Key.function(1), Route.help), (.char("?"), .help), (.function(2), .talkToPerson),
                     (.char("*"), .talkToPerson), (.function(3), .language), (.char("+"), .language),
                     (.function(10), .endSession), (.char("-"), .endSession)])
  func `each key and its function-key alias open their screen`(_ key: Key, _ route: Route) {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, key)
    #expect(h.route == route)
  }
}
