import KioskConfig
import Wording
import Terminal

/// The kinds of appointment the agency prepared a checklist for.
enum ChecklistsScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(journey: c.text("checklists.journey"), title: c.text("checklists.title"))
    var labels = c.config.checklists.map { c.localized($0.title) }
    labels.append(c.text("calc_result.home"))
    content.blocks = [.choices(labels, selected: c.session.selection[.checklists] ?? 0)]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let count = c.config.checklists.count
    return .choice(key, count: count + 1, route: .checklists, session: &session) { index, session in
      if index < count { session.push(.checklist(index)) } else { session.goHome() }
      return .handled
    }
  }
}

/// One checklist: what to bring and do, ticked with Space; things to know;
/// how to book. Digits print or go back.
enum ChecklistScreen {
  static func content(_ index: Int, _ c: ScreenContext) -> ScreenContent {
    guard c.config.checklists.indices.contains(index) else { return ScreenContent(title: c.text("calc_result.missing")) }
    let list = c.config.checklists[index]
    let state = c.session.checklistTicks[list.id] ?? ChecklistInput.State()
    var content = ScreenContent(journey: c.text("checklists.journey"), title: c.localized(list.title))
    var blocks: [Block] = []
    if let intro = list.intro { blocks.append(.paragraph(c.localized(intro), Style(.normal, bold: true))) }
    blocks.append(.paragraph(c.text("checklist.tick")))
    blocks.append(.checklist(list.items.map { c.localized($0) }, checked: state.checked, selected: state.selected))
    if !list.notes.isEmpty { blocks.append(.bullets(list.notes.map { c.localized($0) })) }
    blocks.append(.paragraph(booking(c)))
    blocks.append(.choices([c.text("action.print"), c.text("action.back")], selected: -1))
    content.blocks = blocks
    return content
  }

  static func booking(_ c: ScreenContext) -> String {
    c.text("checklist.booking", ["hours": c.config.site.hours[c.session.language] ?? c.text("checklist.hours_unknown")])
  }

  static func handle(_ index: Int, _ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    guard c.config.checklists.indices.contains(index) else { return .ignored }
    let list = c.config.checklists[index]
    var state = session.checklistTicks[list.id] ?? ChecklistInput.State()
    let tickKey = key == .enter ? Key.char(" ") : key
    if ChecklistInput.handle(tickKey, count: list.items.count, state: &state) {
      session.checklistTicks[list.id] = state
      return .handled
    }
    switch key {
    case .char("1"):
      session.print = .printing
      session.push(.printed)
      return .effects([.print(PrintSheets.checklist(list, state, c))])
    case .char("2"):
      session.back()
      return .handled
    default:
      return .ignored
    }
  }
}

/// The words people meet in letters, explained.
enum GlossaryScreen {
  static let terms = [
    "actualisation", "cessation", "radiation", "suspension", "avertissement", "lettre", "convocation", "contrat",
    "jours_ouvres", "jours_ouvrables", "jours_calendaires", "brut", "attestation", "are", "rsa", "cpam", "usb", "pdf",
  ]

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("glossary.title"))
    content.blocks = terms.map { term in
      .paragraph(c.text("glossary.line", ["word": c.text("glossary.\(term).word"), "meaning": c.text("glossary.\(term).meaning")]))
    }
    content.blocks.append(.paragraph(c.text("calc_why.back"), Style(.accent, bold: true)))
    return content
  }
}

extension ScreenContext {
  /// A text from the configuration in the person's language, or the first
  /// language's when missing (config check reports that case).
  func localized(_ text: LocalizedText) -> String {
    let raw = text[session.language] ?? text[config.site.languages[0]] ?? text.values.first ?? ""
    return catalog.typeset(text: raw)
  }
}
