import Obligations
import Terminal

/// The home menu: what the person came to do. The journeys come from
/// `Journey`, in its order; then the entries that are not journeys.
enum HomeScreen {
  enum Item: Hashable {
    case journey(Journey)
    /// This month's declaration window: the calculator's answer, shown at once.
    case monthlyWindow
    case glossary, person, end

    /// Every entry, in the order shown (numbered from 1).
    static var all: [Item] { Journey.allCases.flatMap(\.homeEntries) + [.glossary, .person, .end] }

    var key: String {
      switch self {
      case let .journey(journey): return journey.homeKey
      case .monthlyWindow: return "home.monthly"
      case .glossary: return "home.glossary"
      case .person: return "home.person"
      case .end: return "home.end"
      }
    }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("home.title"))
    content.blocks = [.choices(Item.all.map { c.text($0.key) }, selected: c.session.selection[.home] ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let items = Item.all
    return .choice(key, count: items.count, route: .home, session: &session) { index, session in
      switch items[index] {
      case let .journey(journey): journey.start(&session, c)
      case .glossary: session.push(.glossary)
      case .monthlyWindow:
        session.calculator.ruleID = RiskAssessor.RuleID.monthlyDeclaration
        session.calculator.date = c.today
        session.push(.calculatorResult)
      case .person: session.push(.talkToPerson)
      case .end: session.push(.endSession)
      }
      return .handled
    }
  }
}
