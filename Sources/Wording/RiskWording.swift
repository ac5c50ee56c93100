import Obligations
import WorkingDays

/// Plain sentences about a risk check, in the catalog's language.
public struct RiskWording: Sendable {
  public let catalog: Catalog
  public let deadlines: DeadlineWording

  public init(catalog: Catalog) {
    self.catalog = catalog
    self.deadlines = DeadlineWording(catalog: catalog)
  }

  /// The word shown with a status: a word, never only a colour.
  public func statusWord(_ status: RiskStatus) -> String {
    catalog.text("status.\(status.rawValue)")
  }

  /// What the deadline is about: "Déclarer votre situation de novembre 2026".
  public func headline(_ risk: Risk) -> String {
    switch risk.subject {
    case let .monthlyDeclaration(month, _):
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
      let what = kind.flatMap { catalog.optionalText("decision.\($0)") } ?? catalog.text("decision.other")
      return catalog.text("subject.decision", ["what": what])
    case .trainingEnd, .sanctionNotice, .sickLeave, .allowanceClaim, .rule:
      return deadlines.title(risk.rule)
    }
  }

  /// "Il reste 3 jours ouvrés (5 jours)." or "La date est passée depuis 4 jours."
  public func timeLeft(_ risk: Risk) -> String {
    catalog.typeset(text: untypesetTimeLeft(risk))
  }

  private func untypesetTimeLeft(_ risk: Risk) -> String {
    switch risk.status {
    case .overdue:
      return catalog.text("risk.overdue_since", ["days": catalog.count(-risk.calendarDaysLeft, "unit.calendar_days")])
    case .today:
      return catalog.text("risk.due_today")
    default:
      return catalog.text("risk.left", [
        "working": catalog.count(risk.workingDaysLeft, "unit.working_days"),
        "calendar": catalog.count(risk.calendarDaysLeft, "unit.calendar_days"),
      ])
    }
  }

  /// Extra sentences a subject needs beyond the rule's own text.
  public func subjectNotes(_ risk: Risk) -> [String] {
    switch risk.subject {
    case let .monthlyDeclaration(_, opens) where opens > risk.today:
      return [catalog.text("risk.window_not_open", ["opens": catalog.longDate(opens)])]
    case .absence(_, overYearlyLimit: true):
      return [catalog.text("risk.absence_over_limit", ["limit": String(RiskAssessor.absenceYearlyLimit)])]
    default:
      return []
    }
  }

  /// What happens if missed; for a date already passed, what may already
  /// have happened.
  public func consequence(_ risk: Risk) -> String {
    catalog.typeset(risk.status == .overdue ? "risk.if_passed" : "risk.if_missed",
                    ["consequence": catalog.text(risk.rule.consequenceKey)])
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
    lines += risk.rule.actionKeys.map { "- " + catalog.text($0) }
    if risk.rule.confidence != .high {
      lines.append(catalog.text("note.confidence.\(risk.rule.confidence.rawValue)"))
    }
    return lines.map { catalog.typeset(text: $0) }
  }

  /// The whole assessment as plain text a mediator can read aloud.
  public func report(_ assessment: RiskAssessment) -> [String] {
    var out = [catalog.text("risk.report_title", [
      "today": catalog.longDate(assessment.today), "department": assessment.department.name,
    ])]
    if assessment.noRiskFound {
      out.append(catalog.text("risk.none_found"))
    } else {
      out.append(catalog.count(assessment.risks.count, "risk.count"))
      for risk in assessment.risks {
        out.append("")
        out += lines(risk)
      }
    }
    if !assessment.upcoming.isEmpty {
      out.append("")
      out.append(catalog.text("risk.upcoming_title"))
      for risk in assessment.upcoming {
        out.append("- \(headline(risk)) : \(catalog.longDate(risk.deadline.due))")
      }
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
