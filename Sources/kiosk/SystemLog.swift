import Foundation

/// Where the kiosk writes what staff need to know. While the TUI owns the
/// terminal, stderr would draw over the screen, so messages go to syslog
/// (the journal on systemd). Messages never carry what a claimant typed:
/// only configuration problems, device failures and lifecycle events.
enum SystemLog {
  static func open() {
    openlog("passerelle-kiosk", LOG_PID, LOG_USER)
  }

  static func error(_ message: String) { log(LOG_ERR, message) }
  static func info(_ message: String) { log(LOG_INFO, message) }

  private static func log(_ priority: Int32, _ message: String) {
    message.withCString { text in
      withVaList([text]) { vsyslog(priority, "%s", $0) }
    }
  }
}
