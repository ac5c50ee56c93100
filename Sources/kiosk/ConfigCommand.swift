import ArgumentParser
import Foundation
import Documents
import KioskConfig
import PINHashing

/// `kiosk config check [DIR]`
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config", abstract: "Check the kiosk configuration.", subcommands: [Check.self])

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a configuration folder; print every problem with its file, line and key.")

    @Argument(help: "The folder to check (default: the one the kiosk would use).") var directory: String?
    @OptionGroup var config: ConfigOptions

    func run() throws {
      let url = directory.map { URL(fileURLWithPath: $0) } ?? config.directory
      do {
        let loaded = try ConfigLoader.load(directory: url)
        for warning in loaded.warnings { print(warning.description) }
        for key in DemonstrationPINs.inPlace(loaded.site) { print(DemonstrationPINs.warning(key)) }
        if !PDFInspector.isAvailable {
          print("warning: libqpdf cannot be loaded: PDFs from USB sticks will be refused; install it with apt-get install libqpdf29")
        }
        print("\(url.path): OK — \(loaded.ruleBook.rules.count) rules, \(loaded.ruleBook.sanctionScales.count) sanction scales, languages \(loaded.site.languages.joined(separator: ", "))")
      } catch {
        for diagnostic in error.diagnostics { print(diagnostic.description) }
        throw CLIFailure("\(url.path): \(error.diagnostics.count) problem(s) found")
      }
    }
  }
}
