import ArgumentParser
import Foundation
import KioskConfig
import KioskRuntime
import WorkingDays

/// Options every command that reads the configuration shares.
struct ConfigOptions: ParsableArguments {
  @Option(name: .long, help: "The configuration folder (default: $PASSERELLE_CONFIG, ./kiosk-config, /etc/passerelle/kiosk-config).")
  var config: String?

  /// The folder to read, by the documented order of precedence.
  var directory: URL {
    if let config { return URL(fileURLWithPath: config) }
    if let env = ProcessInfo.processInfo.environment["PASSERELLE_CONFIG"], !env.isEmpty {
      return URL(fileURLWithPath: env)
    }
    let local = URL(fileURLWithPath: "kiosk-config")
    if FileManager.default.fileExists(atPath: local.path) { return local }
    return URL(fileURLWithPath: "/etc/passerelle/kiosk-config")
  }

  func load() throws -> KioskConfiguration {
    do {
      let config = try ConfigLoader.load(directory: directory)
      SiteClock.apply(config.site)
      return config
    } catch {
      let errors = error.diagnostics.filter { $0.severity == .error }
      let first = errors.first.map(\.description) ?? "unknown problem"
      let more = errors.count > 1 ? " (and \(errors.count - 1) more: run kiosk config check)" : ""
      throw CLIFailure("broken configuration: \(first)\(more)")
    }
  }
}

/// Reads the values people type on the command line, with one-line errors.
enum Input {
  static func date(_ text: String, option: String) throws -> CivilDate {
    switch DateInputParser.parse(text) {
    case let .success(date): return date
    case let .failure(problem):
      let why: String
      switch problem {
      case .empty: why = "it is empty"
      case .unreadable: why = "it is not a date"
      case let .noSuchDay(d, m, y): why = "day \(d) does not exist in month \(m) of \(y)"
      case let .noSuchMonth(m): why = "month \(m) does not exist"
      case .shortYear: why = "the year needs 4 digits"
      case .yearOutOfRange: why = "the year is out of range"
      }
      throw CLIFailure(
        "\(option) \"\(text)\": \(why); expected a real date written YYYY-MM-DD between \(HolidayCalendar.supportedYears.lowerBound) and \(HolidayCalendar.supportedYears.upperBound)")
    }
  }

  static func department(_ code: String) throws -> Department {
    do { return try Department(code: code) } catch { throw CLIFailure(error.description) }
  }

  /// Today: the machine's local date, or the day `PASSERELLE_TODAY` pins.
  static func today() -> CivilDate { KioskDate.today() }
}

/// Pretty, stable JSON for scripts.
enum JSONOutput {
  static func print<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    Swift.print(String(decoding: data, as: UTF8.self))
  }
}
