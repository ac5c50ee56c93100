import ArgumentParser
import Foundation
import KioskConfig
import PINHashing

/// `kiosk pin hash`: turns a PIN into the line `kiosk.yaml` keeps
/// (`staff.exit_code_hash`, `mediator.pin_hash`). The PIN is read from
/// standard input, never from the command line, so it stays out of the
/// shell history and `ps`.
struct PINCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pin", abstract: "Make the salted slow hash of a staff or mediator PIN.",
    subcommands: [Hash.self, Check.self])

  static func readPIN() throws -> String {
    if isatty(0) == 1 { FileHandle.standardError.write(Data("PIN (4 to 12 digits), then Enter: ".utf8)) }
    // No echo on a terminal: someone may stand behind.
    var saved = termios()
    let terminal = isatty(0) == 1 && tcgetattr(0, &saved) == 0
    if terminal {
      var quiet = saved
      quiet.c_lflag &= ~tcflag_t(ECHO)
      tcsetattr(0, TCSANOW, &quiet)
    }
    let line = readLine(strippingNewline: true) ?? ""
    if terminal {
      tcsetattr(0, TCSANOW, &saved)
      FileHandle.standardError.write(Data("\n".utf8))
    }
    let pin = line.trimmingCharacters(in: .whitespaces)
    guard PINHash.isWellFormed(pin) else {
      throw CLIFailure("the PIN must be 4 to 12 digits (0-9), nothing else")
    }
    return pin
  }

  struct Hash: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read a PIN on standard input and print its hash line for kiosk.yaml.")
    @Option(help: "scrypt cost as a power of two (15 ≈ 0.1 s and 32 MiB per try).")
    var cost = PINHash.defaultLogRounds

    func run() throws {
      guard (10...20).contains(cost) else { throw CLIFailure("--cost \(cost): expected 10 to 20") }
      print(try PINHash.make(pin: PINCommand.readPIN(), logRounds: cost))
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Read a PIN on standard input; exit 0 if it matches HASH, 1 if not.")
    @Argument(help: "A hash line, as kiosk.yaml keeps it.") var hash: String

    func run() throws {
      let parsed: PINHash
      do { parsed = try PINHash(parsing: hash) } catch { throw CLIFailure("HASH: \(error)") }
      if parsed.verify(try PINCommand.readPIN()) { return print("Le code correspond.") }
      print("Le code ne correspond pas.")
      throw ExitCode(1)
    }
  }
}
