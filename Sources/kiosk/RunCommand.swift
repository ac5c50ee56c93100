import ArgumentParser
import CProcess
import Foundation
import KioskRuntime
import Synchronization
import TerminalNcurses

/// Set by SIGTERM/SIGHUP (systemd stopping the kiosk); read by the loop.
let stopRequested = Atomic<Bool>(false)

/// `kiosk` or `kiosk run`: the kiosk on this terminal.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run", abstract: "Start the kiosk on this terminal (the default).")

  @OptionGroup var config: ConfigOptions
  @Flag(help: "Draw without colours (words and marks carry every meaning anyway).") var monochrome = false
  @Option(help: "Milliseconds between idle checks when no key comes.") var tickMilliseconds = 250

  func run() throws {
    // A core dump or a same-user memory read after a visit would hold it.
    if cp_forbid_dumps() != 0 { SystemLog.error("cannot turn core dumps off (prctl, setrlimit): check LimitCORE=0 in the unit") }
    for sig in [SIGTERM, SIGHUP] {
      signal(sig) { _ in stopRequested.store(true, ordering: .relaxed) }
    }
    let environment = ProcessInfo.processInfo.environment
    let inherited = FreshProcess.inherited(environment)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(environment: environment, monochrome: monochrome)
    } catch {
      SystemLog.error("terminal unavailable: \(error)")
      print("HORS SERVICE — demandez de l'aide à l'accueil. / OUT OF SERVICE — please ask staff.")
      throw CLIFailure("the kiosk cannot use this terminal: \(error); check TERM and that it runs on a tty")
    }
    defer {
      terminal.wipe()
      terminal.shutdown()
    }
    // After a crash and restart, nothing of the last session may show.
    terminal.wipe()
    SystemLog.info(inherited == nil ? "kiosk started" : "visit ended: fresh kiosk process")
    var loop = KioskLoop(
      terminal: terminal, clock: SystemClock(), glyphs: terminal.glyphs, tickMilliseconds: tickMilliseconds,
      handover: inherited,
      inputs: .machine(configDirectory: config.directory, stopRequested: { stopRequested.load(ordering: .relaxed) }))
    // A UTF-8 terminal emulator writes Arabic; the Linux console cannot.
    loop.showsRightToLeft = terminal.glyphs == .unicode
    while true {
      switch loop.run() {
      case let .visitEnded(handover):
        // Returns only when the new process could not start.
        // The loop let the visit go: the next run reads the configuration anew.
        FreshProcess.replace(handover: handover, terminal: terminal)
      case .stopped:
        SystemLog.info("kiosk stopped by a signal")
        return
      case .staffExit:
        SystemLog.info("staff exit")
        // Thrown, so the terminal is wiped (defer) before the status goes out.
        throw StaffExit()
      }
    }
  }
}

/// Staff left with Ctrl-] and their code. Only this exit status lets
/// `kiosk-session` open a login; any other end restarts the kiosk.
struct StaffExit: Error {
  /// Documented in docs/cli.md and read by scripts/kiosk-mode/kiosk-session.
  static let status: Int32 = 10
}
