import Terminal

/// Where to find a person, from the kiosk's configuration; and, when the
/// agency set one up, a way to call them.
enum TalkToPersonScreen {
  static func canCall(_ c: ScreenContext) -> Bool { c.config.site.callStaffCommand != nil }

  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("person.title"))
    let site = c.config.site
    let help = site.helpText[c.session.language] ?? site.helpText.values.first ?? ""
    var blocks: [Block] = []
    // Where to walk to comes first: a person without a phone needs it, and
    // with no call set up it is the only way.
    if let desk = site.desk[c.session.language] {
      blocks.append(.status(word: c.text("person.desk.word"), text: desk, role: .accent))
      if let hours = site.hours[c.session.language] {
        blocks.append(.paragraph(c.text("person.desk.hours", ["hours": hours])))
      }
      if !canCall(c) { blocks.append(.paragraph(c.text("person.show_screen"))) }
    } else {
      blocks.append(.paragraph(help))
    }
    switch c.session.staffCall {
    case .notCalled: break
    case .calling: blocks.append(.status(word: c.text("person.calling.word"), text: c.text("person.calling"), role: .warning))
    case .called: blocks.append(.status(word: c.text("person.called.word"), text: c.text("person.called"), role: .ok))
    case .failed: blocks.append(.status(word: c.text("person.failed.word"), text: c.text("person.failed"), role: .danger))
    }
    blocks.append(.paragraph(c.text("person.kept")))
    let labels = (canCall(c) ? [c.text("person.call")] : []) + [c.text("attestation.offer.person"), c.text("action.back")]
    blocks.append(.choices(labels, selected: c.session.selection[.talkToPerson] ?? 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let call = canCall(c)
    return .choice(key, count: call ? 3 : 2, route: .talkToPerson, session: &session) { index, session in
      if call, index == 0, let command = c.config.site.callStaffCommand {
        guard session.staffCall != .calling else { return .handled }
        session.staffCall = .calling
        return .effects([.callStaff(command)])
      }
      // "I could not do it here": a dated attestation (AttestationFlow).
      if index == (call ? 1 : 0) {
        session.selection[.talkToPerson] = nil
        AttestationFlow.open(AttestationFlow.purpose(of: session), &session)
        return .handled
      }
      session.selection[.talkToPerson] = nil
      session.back()
      return .handled
    }
  }
}
