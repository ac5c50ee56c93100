import ArgumentParser
import Obligations
import WorkingDays
import Wording

/// `kiosk deadline RULE --date YYYY-MM-DD --department D [--json]`
struct DeadlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deadline", abstract: "Compute a rule's deadline from an event date, with the day-by-day count.")

  @Argument(help: "The rule id (see `kiosk rules`), e.g. training-end.") var rule: String
  @Option(help: "The date of the event that starts the count, YYYY-MM-DD.") var date: String
  @Option(help: "The department code: 75, 2A, 57, 974… (default: the kiosk's).") var department: String?
  @Flag(help: "Print JSON.") var json = false
  @OptionGroup var config: ConfigOptions

  struct Day: Encodable {
    let date: String
    let counted: Bool
    let reason: String
    @AlwaysPresent var holiday: String?
    let label: String
  }

  struct Output: Encodable {
    let rule: String
    let title: String
    let from: String
    let due: String
    let dueWritten: String
    let unit: String
    let count: Int
    let mode: String
    let confidence: String
    let days: [Day]
    let source: String
    @AlwaysPresent var sourceURL: String?
    let department: String
    let explanation: String

    enum CodingKeys: String, CodingKey {
      case rule, title, from, due, unit, count, mode, confidence, days, source, department, explanation
      case dueWritten = "due_written"
      case sourceURL = "source_url"
    }
  }

  func run() throws {
    let configuration = try config.load()
    let from = try Input.date(date, option: "--date")
    let place = try department.map(Input.department) ?? configuration.site.department
    let calculator = DeadlineCalculator(ruleBook: configuration.ruleBook, department: place)
    let deadline: Deadline
    do { deadline = try calculator.deadline(rule, from: from) } catch { throw CLIFailure(error.description) }
    let wording = DeadlineWording(catalog: configuration.catalog("fr"))
    let catalog = wording.catalog
    if json {
      let days = deadline.days.map { day -> Day in
        let reason: String
        var holiday: String?
        switch day.kind {
        case .counted: reason = "counted"
        case .weekend: reason = "weekend"
        case let .holiday(h):
          reason = "holiday"
          holiday = h.name
        }
        let label = day.rank.map { catalog.text("day.counted_rank", ["rank": String($0)]) } ?? wording.dayReason(day.kind)
        return Day(date: day.date.iso, counted: day.kind.isCounted,
                   reason: reason, holiday: holiday, label: label)
      }
      try JSONOutput.print(Output(
        rule: deadline.rule.id, title: wording.title(deadline.rule), from: deadline.from.iso,
        due: deadline.due.iso, dueWritten: catalog.longDate(deadline.due), unit: deadline.rule.unit.rawValue,
        count: deadline.rule.count, mode: deadline.rule.mode.rawValue,
        confidence: deadline.rule.confidence.rawValue, days: days, source: deadline.rule.source.text,
        sourceURL: deadline.rule.source.url, department: place.code,
        explanation: wording.explanation(deadline).joined(separator: " ")))
      return
    }
    print(FrenchTypography.apply(wording.title(deadline.rule)))
    print(wording.explanation(deadline).joined(separator: "\n"))
    print("")
    print(FrenchTypography.apply("Le compte, jour par jour :"))
    for line in wording.trace(deadline) { print("  \(line)") }
    print("")
    print(wording.source(deadline.rule))
  }
}
