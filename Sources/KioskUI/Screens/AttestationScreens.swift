import Statistics
import Terminal

/// "What did not work?": a fixed list in plain words. Choosing one asks the
/// runtime to record the attestation; the sheet prints once it answers.
enum AttestationReasonScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("attestation_reason.title"))
    let labels = AttestationFlow.choices(c.session.attestation).map { c.text("attestation.choice.\($0.1.rawValue)") }
    content.blocks = [
      .paragraph(c.text("attestation_reason.what")),
      .paragraph(c.text("attestation_reason.no_name")),
      .choices(labels, selected: c.session.selection[.attestationReason] ?? 0),
    ]
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    let choices = AttestationFlow.choices(session.attestation)
    return .choice(key, count: choices.count, route: .attestationReason, session: &session) { index, session in
      switch session.attestation.state {
      case .recording, .recorded, .notRecorded:
        // One attestation per request: going back and choosing again shows it.
        session.push(.attestation)
        return .handled
      case .choosing:
        let (purpose, failure) = choices[index]
        let request = AttestationFlow.request(purpose, failure, c)
        session.attestation.state = .recording(request)
        session.push(.attestation)
        return .effects([.recordAttestation(request, generation: c.generation)])
      }
    }
  }
}

/// The attestation: its reference, and what became of the sheet.
enum AttestationScreen {
  static func content(_ c: ScreenContext) -> ScreenContent {
    var content = ScreenContent(title: c.text("attestation.title"))
    var blocks: [Block] = []
    switch c.session.attestation.state {
    case .choosing, .recording:
      content.blocks = [.status(word: c.text("printed.printing.word"), text: c.text("attestation.recording"), role: .warning)]
      return content
    case let .recorded(record):
      blocks.append(.paragraph(c.text("attestation.reference", ["reference": PrivateText.mark(record.reference, as: .reference)]), Style(.accent, bold: true)))
    case .notRecorded:
      blocks.append(.status(word: c.text("attestation.not_recorded.word"), text: c.text("attestation.not_recorded"),
                            role: .danger))
    }
    switch c.session.print {
    case .none, .printing:
      blocks.append(.status(word: c.text("printed.printing.word"), text: c.text("printed.printing"), role: .warning))
    case .printed:
      blocks.append(.status(word: c.text("printed.done.word"), text: c.text("printed.done"), role: .ok))
    case let .keptForStaff(reference):
      // Two numbers on one screen: each says what it is for.
      blocks.append(.status(word: c.text("printed.kept.word"), text: c.text("printed.kept"), role: .warning))
      blocks.append(.paragraph(c.text("attestation.sheet_at_desk", ["reference": PrivateText.mark(reference, as: .reference)]), Style(.accent, bold: true)))
    case .failed:
      blocks.append(.status(word: c.text("printed.failed.word"), text: c.text("printed.failed"), role: .danger))
    }
    switch c.session.print {
    case .none, .printing, .printed: blocks.append(.paragraph(c.text("attestation.screen_keep")))
    case .keptForStaff, .failed: blocks.append(.paragraph(c.text("attestation.note_number")))
    }
    blocks.append(.choices([c.text("calc_result.home")], selected: 0))
    content.blocks = blocks
    return content
  }

  static func handle(_ key: Key, _ session: inout SessionState, _ c: ScreenContext) -> ScreenOutcome {
    if case .recording = session.attestation.state { return .ignored }
    return .choice(key, count: 1, route: .attestation, session: &session) { _, session in
      session.goHome()
      return .handled
    }
  }
}
