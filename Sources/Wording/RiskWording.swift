import Obligations
import WorkingDays

/// Plain sentences about a risk check, in the catalog's language.
public struct RiskWording: Sendable {
  public let catalog: Catalog
  public let deadlines: DeadlineWording
  /// The agency's desk hours in this language, for "what you can do today".
  public let deskHours: String?

  public init(catalog: Catalog, deskHours: String? = nil) {
    self.catalog = catalog
    self.deadlines = DeadlineWording(catalog: catalog)
    self.deskHours = deskHours
  }

  /// The word shown with a status: a word, never only a colour.
  public func statusWord(_ status: RiskStatus) -> String {
    catalog.text("status.\(status.rawValue)")
  }

  /// The answer to "am I at risk?", in one sentence, before anything else.
  public func answer(_ assessment: RiskAssessment) -> String {
    catalog.typeset(assessment.atRisk ? "risk.answer.yes" : "risk.answer.no")
  }

  /// What the counts are, each saying what it counts: "2 choses en retard,
  /// 1 à faire au plus tard le mardi 15 décembre 2026." Nil when there is
  /// nothing to do.
  public func counts(_ assessment: RiskAssessment) -> String? {
    var parts: [String] = []
    if !assessment.overdue.isEmpty { parts.append(catalog.count(assessment.overdue.count, "risk.counts.overdue")) }
    if !assessment.dueToday.isEmpty { parts.append(catalog.count(assessment.dueToday.count, "risk.counts.today")) }
    let later = assessment.toDoLater
    if let first = later.map(\.deadline.due).min() {
      var text = catalog.count(later.count, "risk.counts.later")
      text = Catalog.fill(text, ["date": catalog.longDate(first)])
      parts.append(text)
    }
    guard !parts.isEmpty else { return nil }
    return catalog.typeset(text: catalog.text("risk.counts.sentence", ["list": parts.joined(separator: ", ")]))
  }

  /// What the deadline is about: "Déclarer votre situation de novembre 2026".
  public func headline(_ risk: Risk) -> String {
    switch risk.subject {
    case let .monthlyDeclaration(month, _, _):
      return catalog.text("subject.monthly_declaration", ["month": catalog.monthName(month)])
    case let .appointment(date, missed):
      return catalog.text(missed ? "subject.appointment_missed" : "subject.appointment",
                          ["date": catalog.longDate(date)])
    case let .change(kind):
      let what = catalog.optionalText("change.\(kind)") ?? catalog.text("change.other")
      return catalog.text("subject.change", ["what": what])
    case let .absence(days, _):
      return catalog.text("subject.absence", ["days": catalog.count(days, "unit.calendar_days")])
    case let .decision(kind):
      let what = catalog.text("decision.\((kind ?? .other).rawValue)")
      return catalog.text("subject.decision", ["what": what])
    case let .workOver78Hours(month):
      return catalog.text("subject.work_over_78_hours", ["month": catalog.monthName(month)])
    case .trainingEnd:
      return catalog.text("subject.training_end")
    case .sanctionNotice, .sickLeave, .allowanceClaim, .engagementContract, .controlQuestionnaire,
      .residencePermit, .rule:
      return deadlines.title(risk.rule)
    }
  }

  /// "Il reste 3 jours de semaine (5 jours)." or "La date est passée depuis 4 jours."
  public func timeLeft(_ risk: Risk) -> String {
    catalog.typeset(text: untypesetTimeLeft(risk))
  }

  private func untypesetTimeLeft(_ risk: Risk) -> String {
    if case .appointment(_, missed: true) = risk.subject { return catalog.text("risk.act_today") }
    switch risk.status {
    case .overdue:
      return catalog.text("risk.overdue_since", ["days": catalog.count(-risk.calendarDaysLeft, "unit.calendar_days")])
    case .today:
      return catalog.text("risk.due_today")
    case .urgent, .soon, .toDo, .fine:
      return catalog.text("risk.left", [
        "working": catalog.count(risk.workingDaysLeft, "unit.weekdays"),
        "calendar": catalog.count(risk.calendarDaysLeft, "unit.calendar_days"),
      ])
    }
  }

  /// Extra sentences a subject needs beyond the rule's own text.
  public func subjectNotes(_ risk: Risk) -> [String] {
    var notes: [String] = []
    switch risk.subject {
    case let .monthlyDeclaration(_, window, afterMissed):
      if afterMissed, risk.status != .overdue {
        // The registration ended with the missed month: register again
        // first, then this month can be declared.
        notes.append(catalog.text("risk.window_after_missed", ["closes": catalog.longDate(window.closes)]))
      } else if risk.status == .overdue {
        notes.append(catalog.text("risk.declaration_missed", ["ended": catalog.longDate(window.closes.adding(days: 1))]))
        notes.append(catalog.text("risk.declaration_missed_sanction"))
      } else if window.opens > risk.today {
        notes.append(catalog.text("risk.window_not_open", ["opens": catalog.longDate(window.opens)]))
      } else {
        notes.append(catalog.text("risk.window_open", ["closes": catalog.longDate(window.closes)]))
      }
    case let .trainingEnd(reRegisterBy, rule):
      notes.append(catalog.text("risk.training_reregister_by", ["date": catalog.longDate(reRegisterBy)]))
      notes += rule.noteKeys.map { catalog.text($0) }
    case .absence(_, overYearlyLimit: true):
      notes.append(catalog.text("risk.absence_over_limit", ["limit": String(RiskAssessor.absenceYearlyLimit)]))
    case .residencePermit:
      if risk.status != .overdue {
        notes.append(catalog.text("risk.permit_letter",
                                  ["date": catalog.longDate(risk.deadline.due.adding(days: -30))]))
      }
    // The explanation of a radiation (no new registration) is an
    // Explanation of its own; a missed appointment's "what now" is the
    // rule's consequence.
    case .appointment, .decision, .absence(_, overYearlyLimit: false), .sanctionNotice, .change, .sickLeave,
      .allowanceClaim, .engagementContract, .controlQuestionnaire, .workOver78Hours, .rule:
      break
    }
    notes += waysToActInTime(risk)
    return notes.map { catalog.typeset(text: $0) }
  }

  /// A reply due today or within the urgent threshold: concrete ways to
  /// act in time, with what is still possible on a day the agency is
  /// closed (online message, the agency's letterbox, 3949).
  func waysToActInTime(_ risk: Risk) -> [String] {
    guard risk.status == .today || risk.status == .urgent else { return [] }
    switch risk.subject {
    case .sanctionNotice, .decision, .appointment(_, missed: true), .controlQuestionnaire:
      var lines = [catalog.text(risk.todayIsWorkingDay ? "risk.ways.title" : "risk.ways.title_closed")]
      lines.append("- " + catalog.text("risk.ways.online"))
      lines.append("- " + catalog.text("risk.ways.letterbox"))
      lines.append("- " + catalog.text("risk.ways.phone"))
      if let deskHours, !deskHours.isEmpty {
        lines.append("- " + catalog.text("risk.ways.desk", ["hours": deskHours]))
      }
      lines.append(catalog.text("risk.ways.proof"))
      return lines
    case .monthlyDeclaration, .trainingEnd, .appointment(_, missed: false), .change, .sickLeave, .absence,
      .allowanceClaim, .engagementContract, .residencePermit, .workOver78Hours, .rule:
      return []
    }
  }

  /// What happens if missed; for a date already passed, what may already
  /// have happened; for a missed appointment, what happens now.
  public func consequence(_ risk: Risk) -> String {
    let key: String
    if case .appointment(_, missed: true) = risk.subject {
      key = "risk.what_now"
    } else {
      key = risk.status == .overdue ? "risk.if_passed" : "risk.if_missed"
    }
    return catalog.typeset(key, ["consequence": catalog.text(risk.rule.consequenceKey)])
  }

  /// The actions for this risk: after the date, the rule's late actions.
  public func actions(_ risk: Risk) -> [String] {
    let late: Bool
    if case .appointment(_, missed: true) = risk.subject { late = true } else { late = risk.status == .overdue }
    var keys = risk.rule.actions(late: late)
    // The end of a training: report it, and check the dates it rests on.
    if case let .trainingEnd(_, rule) = risk.subject { keys += rule.actionKeys }
    return keys.map { catalog.typeset($0) }
  }

  /// The whole risk as plain lines: status, what, by when, what happens,
  /// what to do.
  public func lines(_ risk: Risk) -> [String] {
    var lines = [
      "\(statusWord(risk.status)) — \(headline(risk))",
      catalog.text("risk.due", ["due": catalog.longDate(risk.deadline.due)]),
      timeLeft(risk),
    ]
    lines += subjectNotes(risk)
    lines.append(consequence(risk))
    lines += actions(risk).map { "- " + $0 }
    if risk.rule.confidence != .high {
      lines.append(catalog.text("note.confidence.\(risk.rule.confidence.rawValue)"))
    }
    return lines.map { catalog.typeset(text: $0) }
  }

  /// A rule without a date: its title, what it means, what to do.
  public func lines(_ explanation: Explanation) -> [String] {
    var lines = ["\(catalog.text("status.info")) — \(deadlines.title(explanation.rule))"]
    if case let .jobOfferRefused(times) = explanation.subject {
      lines.append(catalog.count(times, "risk.offers_refused"))
    }
    lines.append(catalog.text(explanation.rule.consequenceKey))
    lines += explanation.rule.actionKeys.map { "- " + catalog.text($0) }
    if explanation.rule.confidence != .high {
      lines.append(catalog.text("note.confidence.\(explanation.rule.confidence.rawValue)"))
    }
    return lines.map { catalog.typeset(text: $0) }
  }

  /// The whole assessment as plain text a mediator can read aloud: the
  /// answer first, then what, by when, what to do.
  public func report(_ assessment: RiskAssessment) -> [String] {
    var out = [catalog.text("risk.report_title", [
      "today": catalog.longDate(assessment.today), "department": assessment.department.name,
    ])]
    out.append(answer(assessment))
    if let counts = counts(assessment) { out.append(counts) }
    for risk in assessment.risks {
      out.append("")
      out += lines(risk)
    }
    if !assessment.upcoming.isEmpty {
      out.append("")
      out.append(catalog.text("risk.upcoming_title"))
      for risk in assessment.upcoming {
        out.append("- \(headline(risk)) : \(catalog.longDate(risk.deadline.due))")
      }
    }
    for explanation in assessment.explanations {
      out.append("")
      out += lines(explanation)
    }
    if let scale = assessment.sanctionScale, let benefit = assessment.benefit {
      out.append("")
      out.append(catalog.text("sanction.title", ["status": catalog.text("benefit.\(benefit.rawValue)")]))
      for step in scale.steps(for: benefit) {
        out.append("- \(catalog.text("occurrence.\(step.occurrence.rawValue)")) : \(catalog.text(step.measureKey))")
      }
    }
    return out.map { catalog.typeset(text: $0) }
  }
}
