import ArgumentParser
import Obligations
import WorkingDays
import Wording

/// `kiosk rules [--json] [--date YYYY-MM-DD]`: the rules in force.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rules in force with their legal sources and confidence.")

  @Option(help: "List the rules in force on this date (default: today).") var date: String?
  @Flag(help: "Print JSON.") var json = false
  @OptionGroup var config: ConfigOptions

  struct Row: Encodable {
    let id: String
    let title: String
    let count: Int
    let unit: String
    let mode: String
    let effectiveFrom: String
    @AlwaysPresent var effectiveUntil: String?
    let source: String
    @AlwaysPresent var sourceURL: String?
    let confidence: String

    enum CodingKeys: String, CodingKey {
      case id, title, count, unit, mode, source, confidence
      case effectiveFrom = "effective_from"
      case effectiveUntil = "effective_until"
      case sourceURL = "source_url"
    }
  }

  func run() throws {
    let configuration = try config.load()
    let day = try date.map { try Input.date($0, option: "--date") } ?? Input.today()
    let wording = DeadlineWording(catalog: configuration.catalog("fr"))
    let rules = configuration.ruleBook.rulesInForce(on: day)
    if json {
      try JSONOutput.print(rules.map {
        Row(id: $0.id, title: wording.title($0), count: $0.count, unit: $0.unit.rawValue, mode: $0.mode.rawValue,
            effectiveFrom: $0.effectiveFrom.iso, effectiveUntil: $0.effectiveUntil?.iso, source: $0.source.text,
            sourceURL: $0.source.url, confidence: $0.confidence.rawValue)
      })
      return
    }
    print(FrenchTypography.apply("Règles en vigueur le \(wording.catalog.longDate(day)) :"))
    for rule in rules {
      let delay = wording.delay(rule)
      print("")
      print(FrenchTypography.apply("\(rule.id) — \(wording.title(rule)) (\(delay))"))
      print("  " + wording.source(rule))
      if let url = rule.source.url { print("  \(url)") }
    }
  }
}
