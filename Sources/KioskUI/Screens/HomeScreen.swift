import Obligations
import Terminal

/// The home menu: what the person came to do.
enum HomeScreen {
  enum Item: CaseIterable {
    case declare, risk, document, appointment, monthlyDeclaration, calculator, glossary, person, end
    var key: String {
      switch self {
      case .appointment: return "home.appointment"
      case .glossary: return "home.glossary"
      case .declare: return "home.declare"
      case .document: return "home.document"
      case .risk: return "home.risk"
      case .monthlyDeclaration: return "home.monthly"
      case .calculator: return "home.calculator"
      case .person: return "home.person"
      case .end: return "home.end"
      }
    }
  }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("home.title"))
    content.blocks = [.choices(Item.allCases.map { c.text($0.key) }, selected: c.session.selection[.home] ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    .choice(key, count: Item.allCases.count, route: .home, session: &session) { index, session in
      switch Item.allCases[index] {
      case .declare: session.push(.declarationIntro)
      case .risk: JourneyRegistry.open(JourneyRegistry.riskID, &session, c)
      case .document:
        DocumentFlow.start(&session)
      case .appointment: session.push(.checklists)
      case .glossary: session.push(.glossary)
      case .monthlyDeclaration:
        session.calculator.ruleID = RiskAssessor.RuleID.monthlyDeclaration
        session.calculator.date = c.today
        session.push(.calculatorResult)
      case .calculator: session.push(.calculatorEvent)
      case .person: session.push(.talkToPerson)
      case .end: session.push(.endSession)
      }
      return .handled
    }
  }
}
