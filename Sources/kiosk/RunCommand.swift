import ArgumentParser
import CProcess
import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import Synchronization
import Terminal
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
    var loop = KioskLoop(terminal: terminal, configOptions: config, tick: tickMilliseconds, handover: inherited)
    while true {
      switch loop.run() {
      case let .visitEnded(handover):
        // Returns only when the new process could not start.
        FreshProcess.replace(handover: handover, terminal: terminal)
        loop.handover = handover
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

/// Reads keys, updates the app, paints, runs effects — until staff exit or
/// systemd stops it. A broken configuration shows "out of service" and is
/// read again every 30 seconds, so a fix needs no restart.
struct KioskLoop {
  let terminal: NcursesTerminal
  let configOptions: ConfigOptions
  let tick: Int
  /// The PIN counts of the process that served the last visit.
  var handover: String?
  let clock = SystemClock()
  var watchdog = Watchdog()

  enum Outcome: Equatable {
    /// Staff typed their code: the only end that may lead to a login.
    case staffExit
    /// SIGTERM or SIGHUP (systemd stopping the kiosk): the session restarts it.
    case stopped
    /// A visit was wiped: a fresh process takes over, with this handover.
    case visitEnded(handover: String)
  }

  mutating func run() -> Outcome {
    while !stopRequested.load(ordering: .relaxed) {
      guard let config = loadConfig() else {
        waitOutOfService()
        continue
      }
      // Checked after the site's time zone is in place (loadConfig).
      let clockCheck = ClockCheck.current()
      guard clockCheck.isUsable else {
        SystemLog.error("clock: \(clockCheck.description); out of service until it is right")
        waitOutOfService()
        continue
      }
      let runner = EffectRunner(config: config, pinHelper: PINChecker.currentExecutable)
      runner.startUp()
      var app = KioskApp(config: config, clock: clock, glyphs: terminal.glyphs)
      // A UTF-8 terminal emulator writes Arabic; the Linux console cannot.
      app.showsRightToLeft = terminal.glyphs == .unicode
      if let handover { app.resume(handover: handover) }
      return runApp(&app, runner)
    }
    return .stopped
  }

  func loadConfig() -> KioskConfiguration? {
    do {
      let config = try ConfigLoader.load(directory: configOptions.directory)
      for warning in config.warnings { SystemLog.error("configuration: \(warning)") }
      SiteClock.apply(config.site)
      return config
    } catch {
      for diagnostic in error.diagnostics { SystemLog.error("configuration: \(diagnostic)") }
      return nil
    }
  }

  mutating func waitOutOfService() {
    let until = clock.now.advanced(by: 30)
    while clock.now < until, !stopRequested.load(ordering: .relaxed) {
      watchdog.alive(at: clock.now.seconds)
      terminal.paint(SystemScreens.outOfService(terminal.size))
      _ = terminal.readKey(timeoutMilliseconds: 1000)
    }
  }

  /// Runs visits until one is wiped or the kiosk must stop.
  mutating func runApp(_ app: inout KioskApp, _ runner: EffectRunner) -> Outcome {
    // The app learns the terminal's size first: keys are ignored while it
    // is too small to show the kiosk.
    _ = app.update(.resize(terminal.size), clock: clock)
    while !stopRequested.load(ordering: .relaxed) {
      watchdog.alive(at: clock.now.seconds)
      terminal.paint(app.view(size: terminal.size))
      let event: Event
      if let result = runner.nextEvent() {
        event = result
      } else if let key = terminal.readKey(timeoutMilliseconds: tick) {
        event = key == .resize ? .resize(terminal.size) : .key(key)
      } else {
        event = .tick
      }
      var wiped = false
      for effect in app.update(event, clock: clock) {
        switch runner.run(effect, app: app) {
        case .none: break
        case .wipeScreen:
          terminal.wipe()
          wiped = true
        case .exit: return .staffExit
        }
      }
      if wiped { return endVisit(&app, runner) }
    }
    return .stopped
  }

  /// The background work of the visit finishes; results still on their
  /// way (a wrong PIN's count) reach the app before its handover is taken.
  func endVisit(_ app: inout KioskApp, _ runner: EffectRunner) -> Outcome {
    runner.finishVisit()
    while let event = runner.nextEvent() {
      for effect in app.update(event, clock: clock) where effect == .exitKiosk { return .staffExit }
    }
    return stopRequested.load(ordering: .relaxed) ? .stopped : .visitEnded(handover: app.handover)
  }
}
