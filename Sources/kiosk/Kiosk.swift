import ArgumentParser
import Foundation
import KioskRuntime

/// The `kiosk` command: the kiosk itself and the tools staff and scripts use.
///
/// Exit codes are a contract: 0 done, 1 a check refused (documents) or a
/// delivery failed,
/// 2 bad input or bad configuration, with one line saying what is wrong and
/// what is expected; 10 (the kiosk only) staff left with their code.
@main
struct Kiosk: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kiosk",
    abstract: "Passerelle: a keyboard-only kiosk that helps job seekers keep their deadlines.",
    version: Release.version,
    subcommands: [
      RunCommand.self, HolidaysCommand.self, DeadlineCommand.self, RisksCommand.self, RulesCommand.self, ConfigCommand.self,
      DocCommand.self, OutboxCommand.self, StatsCommand.self, AttestationCommand.self, PINCommand.self, HealthCommand.self,
    ],
    defaultSubcommand: RunCommand.self)

  static func main() {
    // Every command logs through swift-log: syslog, or PASSERELLE_LOG_FILE.
    SystemLog.bootstrap()
    do {
      do { try KioskDate.checkPin() } catch { throw CLIFailure(error.description) }
      var command = try parseAsRoot()
      try command.run()
    } catch is StaffExit {
      Foundation.exit(StaffExit.status)
    } catch let failure as CLIFailure {
      Self.fail(failure.message)
    } catch let code as ExitCode where code.rawValue == 1 || code.rawValue == 2 {
      // A check that refused, or `kiosk health`: the reasons are already printed.
      Foundation.exit(code.rawValue)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      Self.fail(message(for: error))
    }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message.trimmingCharacters(in: .whitespacesAndNewlines) + "\n").utf8))
    Foundation.exit(2)
  }
}

/// A user-facing failure: one line, exit code 2.
struct CLIFailure: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
