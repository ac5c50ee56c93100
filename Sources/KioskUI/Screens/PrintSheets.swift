import Journeys
import KioskConfig
import Obligations
import Wording

/// The printed sheets: dated, with the actions and where to get help, and
/// no name or identifier. The dated record of a visit is proof that the
/// person came to declare, useful when the official service was down.
enum PrintSheets {
  static func header(_ c: ScreenContext) -> [String] {
    [
      c.config.site.siteName,
      c.text("print.visit", ["date": c.catalog.longDate(c.today), "time": time(c.timeOfDay, c)]),
      "",
    ]
  }

  /// "10 h 05" / "10:05".
  static func time(_ t: TimeOfDay, _ c: ScreenContext) -> String {
    c.text("print.time", ["hour": String(t.hour), "minute": (t.minute < 10 ? "0" : "") + String(t.minute)])
  }

  static func footer(_ c: ScreenContext) -> [String] {
    ["", c.text("print.help_title"), c.config.site.helpText[c.session.language] ?? "", "", c.text("print.not_official")]
  }

  static func riskLines(_ assessment: RiskAssessment, _ c: ScreenContext) -> [String] {
    let wording = c.riskWording
    var out = [wording.answer(assessment)]
    if let counts = wording.counts(assessment) { out.append(counts) }
    for risk in RiskListScreen.all(assessment) {
      out += [""] + wording.lines(risk)
    }
    for explanation in assessment.explanations {
      out += [""] + wording.lines(explanation)
    }
    return out
  }

  static func risks(_ assessment: RiskAssessment, _ c: ScreenContext) -> PrintSheet {
    PrintSheet(title: c.text("print.risks_title"), lines: header(c) + riskLines(assessment, c) + footer(c))
  }

  static func declaration(_ summary: DeclarationSummary, _ c: ScreenContext) -> PrintSheet {
    var lines = header(c)
    lines.append(c.text("print.came_to_declare", ["month": c.catalog.monthName(summary.month)]))
    lines.append("")
    lines += DeclarationResultScreen.lines(summary, c).map { "- " + $0 }
    lines.append("")
    lines.append(c.text("deadline.fixed_window", ["opens": c.catalog.longDate(summary.window.opens),
                                                  "closes": c.catalog.longDate(summary.window.closes)]))
    if !summary.documents.isEmpty {
      lines += ["", c.text("documents.title")] + summary.documents.map { "- " + c.text($0) }
    }
    lines += ["", c.text("summary.deadlines")] + riskLines(summary.assessment, c)
    return PrintSheet(title: c.text("print.declaration_title", ["month": c.catalog.monthName(summary.month)]),
                      lines: lines + footer(c))
  }

  /// The document receipt: reference, type, pages, date. Nothing else of
  /// the person.
  static func receipt(_ receipt: DocumentReceipt, _ c: ScreenContext) -> PrintSheet {
    var lines = header(c)
    lines += [c.text("doc_receipt.reference", ["reference": receipt.reference]), ""]
    lines += DocReceiptScreen.lines(receipt, c).map { "- " + $0 }
    lines += ["", c.text("doc_receipt.next"), c.text("doc_receipt.not_official")]
    return PrintSheet(title: c.text("print.receipt_title"), lines: lines + footer(c))
  }

  static func checklist(_ list: AppointmentChecklist, _ state: ChecklistInput.State, _ c: ScreenContext) -> PrintSheet {
    var lines = header(c)
    if let intro = list.intro { lines += [c.localized(intro), ""] }
    for (i, item) in list.items.enumerated() {
      lines.append((state.checked.contains(i) ? "[x] " : "[ ] ") + c.localized(item))
    }
    if !list.notes.isEmpty { lines += [""] + list.notes.map { "- " + c.localized($0) } }
    lines += ["", ChecklistScreen.booking(c)]
    return PrintSheet(title: c.localized(list.title), lines: lines + footer(c))
  }
}
