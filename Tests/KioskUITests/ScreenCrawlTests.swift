import Foundation
import KioskConfig
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

  /// What a crawl found: the distinct screens, the problems with the keys
  /// that led to them, and one way to reach each kind of screen (its route
  /// and title) for replaying in the other languages.
  struct Result {
    var screens = 0
    var problems: [String] = []
    var kinds: [String: [[Key]]] = [:]
  }

  /// Breadth first from `root`, at most `limit` distinct screens. `extra`
  /// adds problems of its own (speech reads each screen too).
  static func crawl(from root: Harness, limit: Int, check extra: (Harness) -> [String] = { _ in [] }) -> Result {
    var seen = Set<String>()
    // Each entry is a screen and the keys still to press on it: children
    // share their parent's state until they are reached, so the queue does
    // not hold one painted terminal per key tried.
    var queue: [(Harness, [Key], [[Key]])] = [(root, [], [])]
    var result = Result()
    while !queue.isEmpty, seen.count < limit {
      var (state, keys, path) = queue.removeFirst()
      state.press(keys)
      let text = state.text
      guard seen.insert(text).inserted else { continue }
      result.problems += (check(state) + extra(state)).map { "\($0) after \(describe(path)):\n\(text)" }
      // The route and the first body lines: the title, and the error
      // summary or first status when there is one.
      let kind = "\(state.route) " + state.frame.lines.dropFirst(3).prefix(3).joined(separator: "|")
      if result.kinds[kind] == nil { result.kinds[kind] = path }
      let onField = state.frame.cursor != nil && state.plain.contains("[ ")
      for next in actions + (onField ? fieldValues : []) {
        queue.append((state, next, path + [next]))
      }
    }
    result.screens = seen.count
    return result
  }

  static func check(_ state: Harness) -> [String] {
    problems(in: state.text) + touchingScrollMarks(state.frame.lines) + deadEnd(state)
  }

  static func describe(_ path: [[Key]]) -> String {
    path.map { $0.map(Self.name).joined() }.joined(separator: " ")
  }

  /// The home menu in the offered language at `index` (from 1), with or
  /// without a mediator.
  static func root(language index: Int, mediator: Bool, config: KioskConfiguration = Bundled.config) -> Harness {
    var root = Harness(config: config, today: "2026-11-29")
    root.toHome(language: index)
    if mediator {
      MediatorModeTests.assisted(&root)
      root.press(.escape)
    }
    return root
  }

  /// The French crawls, once for every test that needs them.
  static let french: [Bool: Result] = [
    false: crawl(from: root(language: 1, mediator: false), limit: 1_500),
    true: crawl(from: root(language: 1, mediator: true), limit: 1_500),
  ]

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
  /// French and English are crawled whole (the kiosk's first languages).
  @Test(arguments: [(1, false), (2, false), (1, true), (2, true)])
  func `no screen shows a raw key, an empty placeholder or a dead end`(_ language: Int, _ mediator: Bool) {
    let result = language == 1 ? Self.french[mediator]! : Self.crawl(from: Self.root(language: language, mediator: mediator), limit: 1_500)
    #expect(result.screens > 150, "the crawl reached only \(result.screens) screens")
    #expect(result.problems.isEmpty, "\(result.problems.count) problems; first: \(result.problems.first ?? "")")
  }

  /// Every other language shown on screen replays one way to each kind
  /// of screen the French crawl found (every route, every question, every
  /// status), with and without a mediator: a whole crawl per language
  /// would take minutes. Spoken-only languages are never on screen.
  @Test func `every kind of screen reads whole in every other offered language`() {
    let site = Bundled.config.site
    let others = site.displayLanguages.filter { $0 != "fr" && $0 != "en" }
    #expect(others.contains("es"))
    for code in others {
      let index = site.languages.firstIndex(of: code)! + 1
      for mediator in [false, true] {
        let kinds = Self.french[mediator]!.kinds
        #expect(kinds.count > 120, "the French crawl found only \(kinds.count) kinds of screen")
        let root = Self.root(language: index, mediator: mediator)
        #expect(root.app.session.language == code)
        var problems: [String] = []
        for (_, path) in kinds.sorted(by: { $0.key < $1.key }) {
          var state = root
          for keys in path { state.press(keys) }
          problems += Self.check(state).map { "\(code): \($0) after \(Self.describe(path)):\n\(state.text)" }
        }
        #expect(problems.isEmpty, "\(problems.count) problems; first: \(problems.first ?? "")")
      }
    }
  }

  @Test func `the crawl finds a raw key when there is one`() {
    #expect(Self.problems(in: "fiabilité : [mediator.confidence.H].") == ["[mediator.confidence.H]"])
    #expect(Self.problems(in: "Date limite : {due}.") == ["{due}"])
    #expect(Self.problems(in: "[ 20/11/2026 ] (18) départ [28]").isEmpty)
  }
}
