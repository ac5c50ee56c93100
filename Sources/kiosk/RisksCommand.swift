import ArgumentParser
import Foundation
import Obligations
import WorkingDays
import Wording

/// `kiosk risks --situation FILE.json [--today YYYY-MM-DD] [--json]`
struct RisksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "risks", abstract: "Check a declared situation: what is at risk, by when, and what to do.")

  @Option(help: "A JSON file describing the situation (see docs/cli.md).") var situation: String
  @Option(help: "The day to check for, YYYY-MM-DD (default: the file's \"today\", else this machine's date).")
  var today: String?
  @Flag(help: "Print JSON.") var json = false
  @OptionGroup var config: ConfigOptions

  func run() throws {
    let configuration = try config.load()
    let declared = try SituationFile.read(situation)
    let day = try today.map { try Input.date($0, option: "--today") } ?? declared.today ?? Input.today()
    let assessor = RiskAssessor(ruleBook: configuration.ruleBook, thresholds: configuration.site.thresholds)
    let assessment: RiskAssessment
    do { assessment = try assessor.assess(declared, today: day) } catch {
      throw CLIFailure("situation file \(situation): \(error.description)")
    }
    let wording = RiskWording(catalog: configuration.catalog("fr"), deskHours: configuration.site.hours["fr"])
    if json {
      try JSONOutput.print(RiskReportJSON(assessment, wording: wording))
    } else {
      print(wording.report(assessment).joined(separator: "\n"))
    }
  }
}

/// Reads a situation file with one-line errors naming the key.
enum SituationFile {
  static func read(_ path: String) throws -> Situation {
    let data: Data
    do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw CLIFailure("situation file \(path): cannot be read; check the path")
    }
    do {
      return try JSONDecoder().decode(Situation.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw CLIFailure("situation file \(path): \(where_(context.codingPath))\(context.debugDescription.contains("JSON") || context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription)")
    } catch let DecodingError.keyNotFound(key, context) {
      throw CLIFailure("situation file \(path): \(where_(context.codingPath))missing key \"\(key.stringValue)\"")
    } catch let DecodingError.typeMismatch(type, context) {
      throw CLIFailure("situation file \(path): \(where_(context.codingPath))expected \(describe(type))")
    } catch let DecodingError.valueNotFound(type, context) {
      throw CLIFailure("situation file \(path): \(where_(context.codingPath))expected \(describe(type)), found null")
    } catch {
      throw CLIFailure("situation file \(path): not valid JSON")
    }
  }

  static func where_(_ path: [any CodingKey]) -> String {
    guard !path.isEmpty else { return "" }
    let key = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    return "key \"\(key.hasPrefix(".") ? String(key.dropFirst()) : key)\": "
  }

  static func describe(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: return "a text in quotes"
    case is Int.Type: return "a whole number"
    case is Bool.Type: return "true or false"
    default: return "a value of another kind (see docs/cli.md)"
    }
  }
}

/// The JSON shape of `kiosk risks --json` (documented in docs/cli.md).
struct RiskReportJSON: Encodable {
  struct Item: Encodable {
    let rule: String
    let title: String
    let headline: String
    let status: String
    let statusWord: String
    let due: String
    let dueWritten: String
    let workingDaysLeft: Int
    let calendarDaysLeft: Int
    let notes: [String]
    let consequence: String
    let actions: [String]
    let confidence: String
    let source: String
    @AlwaysPresent var sourceURL: String?
    let explanation: [String]

    enum CodingKeys: String, CodingKey {
      case rule, title, headline, status, due, notes, consequence, actions, confidence, source, explanation
      case statusWord = "status_word"
      case dueWritten = "due_written"
      case workingDaysLeft = "working_days_left"
      case calendarDaysLeft = "calendar_days_left"
      case sourceURL = "source_url"
    }
  }

  /// A rule without a date that applies to the person.
  struct ExplanationItem: Encodable {
    let rule: String
    let title: String
    let text: String
    let actions: [String]
    let confidence: String
    let source: String
    @AlwaysPresent var sourceURL: String?

    enum CodingKeys: String, CodingKey {
      case rule, title, text, actions, confidence, source
      case sourceURL = "source_url"
    }
  }

  let today: String
  let department: String
  let atRisk: Bool
  let noRiskFound: Bool
  let answer: String
  @AlwaysPresent var counts: String?
  let message: String
  let risks: [Item]
  let upcoming: [Item]
  let explanations: [ExplanationItem]

  enum CodingKeys: String, CodingKey {
    case today, department, answer, counts, message, risks, upcoming, explanations
    case atRisk = "at_risk"
    case noRiskFound = "no_risk_found"
  }

  init(_ assessment: RiskAssessment, wording: RiskWording) {
    let catalog = wording.catalog
    func item(_ risk: Risk) -> Item {
      Item(
        rule: risk.rule.id, title: wording.deadlines.title(risk.rule), headline: wording.headline(risk),
        status: risk.status.rawValue, statusWord: wording.statusWord(risk.status), due: risk.deadline.due.iso,
        dueWritten: catalog.longDate(risk.deadline.due), workingDaysLeft: risk.workingDaysLeft,
        calendarDaysLeft: risk.calendarDaysLeft, notes: wording.subjectNotes(risk),
        consequence: wording.consequence(risk), actions: wording.actions(risk),
        confidence: risk.rule.confidence.rawValue, source: risk.rule.source.text, sourceURL: risk.rule.source.url,
        explanation: wording.deadlines.explanation(risk.deadline))
    }
    func explanation(_ e: Explanation) -> ExplanationItem {
      ExplanationItem(
        rule: e.rule.id, title: wording.deadlines.title(e.rule), text: catalog.typeset(e.rule.consequenceKey),
        actions: e.rule.actionKeys.map { catalog.typeset($0) }, confidence: e.rule.confidence.rawValue,
        source: e.rule.source.text, sourceURL: e.rule.source.url)
    }
    today = assessment.today.iso
    department = assessment.department.code
    atRisk = assessment.atRisk
    noRiskFound = assessment.noRiskFound
    let answer = wording.answer(assessment)
    let counts = wording.counts(assessment)
    self.answer = answer
    self.counts = counts
    message = [answer, counts].compactMap { $0 }.joined(separator: " ")
    risks = assessment.risks.map(item)
    upcoming = assessment.upcoming.map(item)
    explanations = assessment.explanations.map(explanation)
  }
}
