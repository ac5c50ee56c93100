import CProcess
import Foundation
import KioskRuntime
import TerminalNcurses

/// At the end of every visit the kiosk replaces itself with a fresh copy
/// (`execv` of /proc/self/exe, same arguments, same terminal): the old
/// process's memory — the typed amounts and dates, freed but not erased —
/// is gone for good, and no later crash dump or memory scan finds it. Only
/// the PIN counts pass to the new process, in one environment variable.
enum FreshProcess {
  static let variable = "PASSERELLE_HANDOVER"

  /// The handover of the previous process, if this one replaced it. The
  /// variable is removed, so programs the kiosk runs do not see it.
  static func inherited(_ environment: [String: String]) -> String? {
    guard let text = environment[variable] else { return nil }
    unsetenv(variable)
    return text
  }

  /// Replaces the process; returns only when that failed (logged), and
  /// the kiosk then goes on in this process, already wiped in memory.
  static func replace(handover: String, terminal: NcursesTerminal) {
    setenv(variable, handover, 1)
    // Only the terminal (0, 1, 2) passes: no journal, socket or pipe.
    cp_close_on_exec_above_stdio()
    terminal.handOver()
    var argv: [UnsafeMutablePointer<CChar>?] = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", &argv)
    let reason = String(cString: strerror(errno))
    for pointer in argv { free(pointer) }
    unsetenv(variable)
    terminal.takeBack()
    SystemLog.error("cannot start a fresh kiosk process (\(reason)): the visit is wiped, but only in memory")
  }
}
