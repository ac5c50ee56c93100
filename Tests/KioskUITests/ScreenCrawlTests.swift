import Foundation
import KioskUI
import Terminal
import Testing

/// Walks every screen reachable from the home menu — every journey, in
/// French and English, with and without a mediator — by pressing what a
/// person can press, and reads each screen for text the catalog did not
/// fill: a raw key such as `[mediator.confidence.H]` (composed at run time
/// included) or a `{placeholder}` left empty, text running into a scroll
/// mark, or a dead end (neither `*` nor Esc leads anywhere).
@Suite struct ScreenCrawlTests {
  /// What a person may press on any screen; on a field, a value that fits it.
  static let actions: [[Key]] = (1...9).map { [Key.char(Character(String($0)))] }
    + [[.enter], [.escape], [.pageDown], [.char("?")]]
  static let fieldValues: [[Key]] = ["20/11/2026", "35", "100"].map { $0.map { Key.char($0) } + [.enter] }

  static let rawKey = try! NSRegularExpression(pattern: #"\[[a-z_]+(\.[A-Za-z0-9_-]+)+\]"#)
  static let placeholder = try! NSRegularExpression(pattern: #"\{[a-z_]+\}"#)

  static func problems(in text: String) -> [String] {
    let range = NSRange(text.startIndex..., in: text)
    return (rawKey.matches(in: text, range: range) + placeholder.matches(in: text, range: range)).compactMap {
      Range($0.range, in: text).map { String(text[$0]) }
    }
  }

  /// A "more above/below" mark glued to the text before it ("monthly▲"):
  /// the text must stop short of the mark's column.
  static func touchingScrollMarks(_ lines: [String]) -> [String] {
    lines.compactMap { line in
      let chars = Array(line)
      guard let mark = chars.lastIndex(where: { "▲▼^v".contains($0) }), mark == chars.count - 2 || mark == chars.count - 1,
        mark > 0, chars[mark - 1] != " ", "▲▼".contains(chars[mark])
      else { return nil }
      return "text touching a scroll mark: \(line)"
    }
  }

  /// A person is never stuck: from every screen, `*` reaches "talk to a
  /// person", or Esc leads somewhere else.
  static func deadEnd(_ state: Harness) -> [String] {
    // Ending a visit waits for its sheet to print (bounded by
    // printer.follow_seconds): a wait, not a dead end.
    if state.app.session.endsAfterPrint { return [] }
    var person = state
    person.press(.char("*"))
    if person.route == .talkToPerson { return [] }
    var back = state
    back.press(.escape)
    if back.text != state.text { return [] }
    return ["a dead end: neither * nor Esc leads anywhere"]
  }

  /// Breadth first from `root`, at most `limit` distinct screens. Returns
  /// the screens seen and every problem with the keys that led to it.
  /// `check` adds problems of its own (speech reads each screen too).
  static func crawl(
    from root: Harness, limit: Int, check: (Harness) -> [String] = { _ in [] }
  ) -> (screens: Int, problems: [String]) {
    var seen = Set<String>()
    // Each entry is a screen and the keys still to press on it: children
    // share their parent's state until they are reached, so the queue does
    // not hold one painted terminal per key tried.
    var queue: [(Harness, [Key], [String])] = [(root, [], [])]
    var found: [String] = []
    while !queue.isEmpty, seen.count < limit {
      var (state, keys, path) = queue.removeFirst()
      state.press(keys)
      let text = state.text
      guard seen.insert(text).inserted else { continue }
      for problem in problems(in: text) + touchingScrollMarks(state.frame.lines) + deadEnd(state) + check(state) {
        found.append("\(problem) after \(path.joined(separator: " ")):\n\(text)")
      }
      let onField = state.frame.cursor != nil && state.plain.contains("[ ")
      for keys in actions + (onField ? fieldValues : []) {
        queue.append((state, keys, path + [keys.map(Self.name).joined()]))
      }
    }
    return (seen.count, found)
  }

  static func name(_ key: Key) -> String {
    switch key {
    case let .char(c): return String(c)
    case .enter: return "⏎"
    case .escape: return "Esc"
    case .pageDown: return "PgDn"
    default: return "\(key)"
    }
  }
}

extension ScreenCrawlTests {
  @Test(arguments: [(1, false), (2, false), (1, true), (2, true)])
  func `no screen shows a raw key, an empty placeholder or a dead end`(_ language: Int, _ mediator: Bool) {
    var root = Harness(today: "2026-11-29")
    root.toHome(language: language)
    if mediator {
      MediatorModeTests.assisted(&root)
      root.press(.escape)
    }
    let result = Self.crawl(from: root, limit: 1_500)
    #expect(result.screens > 150, "the crawl reached only \(result.screens) screens")
    #expect(result.problems.isEmpty, "\(result.problems.count) problems; first: \(result.problems.first ?? "")")
  }

  @Test func `the crawl finds a raw key when there is one`() {
    #expect(Self.problems(in: "fiabilité : [mediator.confidence.H].") == ["[mediator.confidence.H]"])
    #expect(Self.problems(in: "Date limite : {due}.") == ["{due}"])
    #expect(Self.problems(in: "[ 20/11/2026 ] (18) départ [28]").isEmpty)
  }
}
