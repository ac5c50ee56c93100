import Obligations
import WorkingDays

/// Reads the rule files of `kiosk-config/rules/`. A file may hold any of
/// three top-level lists: `rules`, `declaration_calendar` and
/// `sanction_scales`.
struct RulesReader {
  var rules: [Rule] = []
  var windows: [DeclarationWindow] = []
  var scales: [SanctionScale] = []

  static let topLevelKeys: Set<String> = ["rules", "declaration_calendar", "sanction_scales"]
  static let ruleKeys: Set<String> = [
    "id", "title", "trigger", "count", "unit", "mode", "effective_from", "effective_until",
    "source", "confidence", "consequence", "actions", "actions_when_late", "notes",
  ]

  mutating func read(_ file: YAMLSection, log: inout DiagnosticLog) {
    file.rejectUnknownKeys(allowed: Self.topLevelKeys, log: &log)
    for section in file.list("rules", required: false, log: &log) ?? [] {
      if let rule = Self.rule(section, log: &log) { rules.append(rule) }
    }
    for section in file.list("declaration_calendar", required: false, log: &log) ?? [] {
      if let window = Self.window(section, log: &log) { windows.append(window) }
    }
    for section in file.list("sanction_scales", required: false, log: &log) ?? [] {
      if let scale = Self.scale(section, log: &log) { scales.append(scale) }
    }
  }

  static func source(_ section: YAMLSection, log: inout DiagnosticLog) -> LegalSource? {
    guard let source = section.section("source", log: &log) else { return nil }
    source.rejectUnknownKeys(allowed: ["text", "url"], log: &log)
    guard let text = source.string("text", log: &log) else { return nil }
    return LegalSource(text: text, url: source.string("url", required: false, log: &log))
  }

  static func rule(_ s: YAMLSection, log: inout DiagnosticLog) -> Rule? {
    s.rejectUnknownKeys(allowed: ruleKeys, log: &log)
    let id = s.string("id", log: &log)
    let title = s.string("title", log: &log)
    let trigger = s.string("trigger", log: &log)
    let unit = s.choice("unit", DurationUnit.self, log: &log)
    // An explanation (unit none) has no count and no way of counting.
    let explains = unit == DurationUnit.none
    let count = s.int("count", required: !explains, range: 0...10_000, log: &log) ?? (explains ? 0 : nil)
    let mode = s.choice("mode", CountingMode.self, required: !explains, log: &log)
      ?? (explains ? CountingMode.administrative : nil)
    let from = s.date("effective_from", log: &log)
    let until = s.date("effective_until", required: false, log: &log)
    let source = source(s, log: &log)
    let confidence = s.choice("confidence", Confidence.self, log: &log)
    let consequence = s.string("consequence", log: &log)
    let actions = s.strings("actions", log: &log)
    let lateActions = s.strings("actions_when_late", required: false, log: &log) ?? []
    let notes = s.strings("notes", required: false, log: &log) ?? []
    if let from, let until, until < from {
      s.problem("effective_until", "is before effective_from: a rule must be in force for at least one day", log: &log)
      return nil
    }
    if unit == .fixedDate, mode != .fixedDate {
      s.problem("mode", "a rule with unit fixed_date must have mode fixed_date", log: &log)
    }
    guard let id, let title, let trigger, let count, let unit, let mode, let from, let source,
      let confidence, let consequence, let actions
    else { return nil }
    return Rule(
      id: id, titleKey: title, trigger: trigger, count: count, unit: unit, mode: mode,
      effectiveFrom: from, effectiveUntil: until, source: source, confidence: confidence,
      consequenceKey: consequence, actionKeys: actions, lateActionKeys: lateActions, noteKeys: notes)
  }

  static func window(_ s: YAMLSection, log: inout DiagnosticLog) -> DeclarationWindow? {
    s.rejectUnknownKeys(allowed: ["month", "opens", "closes"], log: &log)
    let monthText = s.string("month", log: &log)
    let opens = s.date("opens", log: &log)
    let closes = s.date("closes", log: &log)
    guard let monthText else { return nil }
    guard let month = YearMonth(iso: monthText) else {
      s.problem("month", "expected a month written YYYY-MM, found \"\(monthText)\"", log: &log)
      return nil
    }
    guard let opens, let closes else { return nil }
    if closes < opens {
      s.problem("closes", "is before opens: the window must close after it opens", log: &log)
      return nil
    }
    return DeclarationWindow(month: month, opens: opens, closes: closes, published: true)
  }

  static func scale(_ s: YAMLSection, log: inout DiagnosticLog) -> SanctionScale? {
    s.rejectUnknownKeys(allowed: ["id", "title", "effective_from", "effective_until", "source", "confidence", "steps"],
                        log: &log)
    let id = s.string("id", log: &log)
    let title = s.string("title", log: &log)
    let from = s.date("effective_from", log: &log)
    let until = s.date("effective_until", required: false, log: &log)
    let source = source(s, log: &log)
    let confidence = s.choice("confidence", Confidence.self, log: &log)
    var steps: [SanctionStep] = []
    for step in s.list("steps", log: &log) ?? [] {
      step.rejectUnknownKeys(allowed: ["status", "occurrence", "measure"], log: &log)
      let status = step.choice("status", BenefitStatus.self, log: &log)
      let occurrence = step.choice("occurrence", Occurrence.self, log: &log)
      let measure = step.string("measure", log: &log)
      if let status, let occurrence, let measure {
        steps.append(SanctionStep(status: status, occurrence: occurrence, measureKey: measure))
      }
    }
    guard let id, let title, let from, let source, let confidence else { return nil }
    return SanctionScale(id: id, titleKey: title, effectiveFrom: from, effectiveUntil: until,
                         source: source, confidence: confidence, steps: steps)
  }
}
