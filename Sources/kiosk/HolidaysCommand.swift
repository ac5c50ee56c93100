import ArgumentParser
import WorkingDays
import Wording

/// `kiosk holidays --year Y --department D [--json]`
struct HolidaysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "holidays", abstract: "List the public holidays of a year in a department.")

  @Option(help: "The year, from 1900 to 2200.") var year: Int
  @Option(help: "The department code: 75, 2A, 57, 974…") var department: String
  @Flag(help: "Print JSON: an array of {\"date\": \"YYYY-MM-DD\", \"name\": \"...\"}.") var json = false
  @OptionGroup var config: ConfigOptions

  struct Row: Encodable {
    let date: String
    let name: String
  }

  func run() throws {
    let place = try Input.department(department)
    let holidays: [Holiday]
    do { holidays = try HolidayCalendar().holidays(year: year, department: place) } catch {
      throw CLIFailure("--year \(year): \(error.description)")
    }
    if json {
      try JSONOutput.print(holidays.map { Row(date: $0.date.iso, name: $0.name) })
      return
    }
    let catalog = try config.load().catalog("fr")
    print(FrenchTypography.apply("Jours fériés \(year) — \(place.name) (\(place.code)) :"))
    for holiday in holidays {
      print(FrenchTypography.apply("- \(catalog.longDate(holiday.date)) : \(holiday.name)"))
    }
  }
}
