import ArgumentParser
import Foundation
import KioskConfig
import KioskUI
import Journals

/// `kiosk stats`: where people get stuck, from the anonymous counters, in
/// plain French (or JSON for scripts).
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Completion per journey, the steps with most abandons and errors, how often help is asked.")

  @Option(help: "Count from this day on (YYYY-MM-DD).") var since: String?
  @Flag(help: "Print JSON.") var json = false
  @OptionGroup var config: ConfigOptions

  func run() throws {
    let loaded = try config.load()
    let day = try since.map { try Input.date($0, option: "--since") }
    let path = loaded.site.statisticsJournal
    guard FileManager.default.fileExists(atPath: path) else {
      if json { return try JSONOutput.print(FrictionReport(counters: [], firstSteps: KioskApp.journeyFirstSteps)) }
      return print("Pas encore de statistiques : le journal \(path) n'existe pas (il se crée à la première visite).")
    }
    let counters: [FrictionCounter]
    do {
      let journal = try FrictionJournal(file: URL(fileURLWithPath: path))
      counters = try journal.counters(since: day.map { HourBucket.startOfDay($0.year, $0.month, $0.day) })
    } catch {
      throw CLIFailure("cannot read the statistics journal \(path): \(error); check it exists and this user may read it")
    }
    let report = FrictionReport(counters: counters, firstSteps: KioskApp.journeyFirstSteps)
    if json { return try JSONOutput.print(report) }
    let text = StatisticsText(catalog: loaded.catalog("fr"))
    print(text.title)
    for line in text.lines(report) { print(line.isHeading ? "\n" + line.text : "- " + line.text) }
  }
}
