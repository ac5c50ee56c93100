import Obligations
import WorkingDays

/// Plain sentences about a deadline, in the catalog's language: the
/// explanation read aloud by a mediator, printed on a sheet, or shown on
/// the "why?" screen.
public struct DeadlineWording: Sendable {
  public let catalog: Catalog

  public init(catalog: Catalog) { self.catalog = catalog }

  public func title(_ rule: Rule) -> String { catalog.text(rule.titleKey) }

  /// "5 jours ouvrés": the count and its unit in words.
  public func duration(_ rule: Rule) -> String {
    catalog.count(rule.count, "unit.\(rule.unit.rawValue)")
  }

  /// The delay in words for a list of rules: "5 jours ouvrés", "date fixe",
  /// "pas de délai".
  public func delay(_ rule: Rule) -> String {
    switch rule.unit {
    case .fixedDate: return catalog.text("deadline.fixed")
    case .none: return catalog.text("deadline.none")
    case .workingDays, .ouvrables, .calendarDays, .hours, .months:
      return rule.count == 0 ? catalog.text("deadline.same_day_short") : duration(rule)
    }
  }

  /// The explanation, one sentence per element, most important first.
  public func explanation(_ deadline: Deadline) -> [String] {
    let rule = deadline.rule
    var lines: [String] = []
    if rule.unit == .fixedDate {
      lines.append(catalog.text("deadline.fixed_window", [
        "opens": catalog.longDate(deadline.from), "closes": catalog.longDate(deadline.due),
      ]))
    } else if deadline.notes.contains(where: { if case .eventPassed = $0 { true } else { false } }) {
      // A missed event: nothing was counted, its note says why.
    } else if rule.count == 0 {
      lines.append(catalog.text("deadline.same_day", ["from": catalog.longDate(deadline.from)]))
    } else {
      lines.append(catalog.text("deadline.counting", [
        "duration": duration(rule), "from": catalog.longDate(deadline.from),
      ]))
    }
    for note in deadline.notes {
      lines.append(sentence(for: note, deadline))
    }
    lines.append(catalog.text("deadline.due", ["due": catalog.longDate(deadline.due)]))
    return lines.map { catalog.typeset(text: $0) }
  }

  func sentence(for note: CountingNote, _ deadline: Deadline) -> String {
    switch note {
    case .startDayNotCounted: return catalog.text("note.start_day")
    case .skipsWeekendsAndHolidays: return catalog.text("note.skips_weekends_holidays")
    case .skipsSundaysAndHolidays: return catalog.text("note.skips_sundays_holidays")
    case .everyDayCounts: return catalog.text("note.every_day")
    case let .hoursFromStartOfDay(hours):
      return catalog.text("note.hours", ["hours": String(hours), "from": catalog.longDate(deadline.from)])
    case let .monthsSameDayNumber(months, clamped):
      return catalog.text(clamped ? "note.months_clamped" : "note.months", ["months": String(months)])
    case let .notExtended(kind):
      return catalog.text("note.not_extended", ["day": dayReason(kind)])
    case let .extended(from, to):
      return catalog.text("note.extended", ["from": catalog.longDate(from), "to": catalog.longDate(to)])
    case .fixedDate: return catalog.text("note.fixed_date")
    case let .confidence(level): return catalog.text("note.confidence.\(level.rawValue)")
    case let .eventPassed(date): return catalog.text("note.event_passed", ["date": catalog.longDate(date)])
    }
  }

  /// Why a day counted or not: "compté", "samedi", "jour férié : Noël".
  public func dayReason(_ kind: DayKind) -> String {
    switch kind {
    case .counted: return catalog.text("day.counted")
    case let .weekend(weekday): return catalog.text("day.weekend", ["weekday": catalog.weekdayName(weekday)])
    case let .holiday(holiday):
      let name = catalog.optionalText("holiday.\(holiday.id)") ?? holiday.name
      return catalog.text("day.holiday", ["name": name])
    }
  }

  /// One line per day, for the "why?" screen and the printed count.
  public func trace(_ deadline: Deadline) -> [String] {
    deadline.days.map { day in
      let reason = day.rank.map { catalog.text("day.counted_rank", ["rank": String($0)]) }
        ?? dayReason(day.kind)
      return "\(catalog.longDate(day.date)) — \(reason)"
    }
  }

  /// "Source : Code du travail R5411-7 (confiance moyenne)".
  public func source(_ rule: Rule) -> String {
    source(rule.source, confidence: rule.confidence)
  }

  public func source(_ source: LegalSource, confidence: Confidence) -> String {
    catalog.typeset("rule.source_line", [
      "source": source.text, "confidence": catalog.text("confidence.\(confidence.rawValue)"),
    ])
  }
}
