import ArgumentParser
import Foundation
import KioskRuntime

extension OutboxCommand {
  /// `kiosk outbox sheet [REF]`: the sheets kept when printing failed.
  /// They are encrypted with the outbox key; this prints one back, for
  /// staff to hand over (`kiosk outbox sheet P-1123-4821 | lp`).
  struct Sheet: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the sheets kept for staff, or print one (by its reference) to standard output.")
    @Argument(help: "The reference the person was given, like P-1123-4821.") var reference: String?
    @OptionGroup var config: ConfigOptions

    func run() throws {
      let loaded = try config.load()
      let directory = loaded.site.printFallbackDirectory
      let kept = Printer.keptSheets(directory: directory)
      guard let reference else {
        if kept.isEmpty { return print("Aucune feuille gardée dans \(directory).") }
        return kept.forEach { print($0) }
      }
      guard kept.contains(reference) else {
        throw CLIFailure("no kept sheet \(reference) in \(directory) (sheets are kept \(Printer.keepDays) days); `kiosk outbox sheet` lists them")
      }
      do {
        print(try Printer.keptSheet(reference, directory: directory, keyFile: loaded.site.devices.outboxKeyFile),
              terminator: "")
      } catch {
        throw CLIFailure("cannot open the sheet \(reference): \(error); is this the kiosk's key (\(loaded.site.devices.outboxKeyFile))?")
      }
    }
  }
}
