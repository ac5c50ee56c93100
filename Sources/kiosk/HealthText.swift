import Foundation
import KioskRuntime

/// `kiosk health` for a person: one line per part, what is wrong and what
/// to do. In English, like the rest of the admin tools' diagnostics.
enum HealthText {
  static func print(_ report: HealthReport) {
    let verdict: String
    switch report.level {
    case .ok: verdict = "in service, nothing to do"
    case .attention: verdict = "in service, but something needs staff (below)"
    case .outOfService: verdict = "OUT OF SERVICE: the kiosk shows \"out of service\" (below)"
    }
    Swift.print("Passerelle \(report.version): \(verdict)")
    let configuration = report.configuration
    if let problem = configuration.problem {
      Swift.print("configuration: BROKEN — \(problem)")
    } else {
      Swift.print("configuration: usable (\(configuration.folder), \(configuration.warnings) warning(s))")
    }
    for key in configuration.demonstrationPINs {
      Swift.print("configuration: \(key) is still a demonstration code: change it with `kiosk pin hash`")
    }
    if let clock = report.clock {
      if let problem = clock.problem { Swift.print("clock: WRONG — \(problem)") } else {
        Swift.print("clock: \(clock.today) (\(clock.pinned ? "pinned by PASSERELLE_TODAY" : clock.timeZone))")
      }
    }
    if let printer = report.printer {
      switch (printer.queue, printer.state) {
      case (nil, _): Swift.print("printer: none configured (sheets are kept for staff)")
      case let (queue?, state?):
        let advice: String
        switch state {
        case .idle, .printing: advice = ""
        case .disabled: advice = ": check paper and toner, then cupsenable \(queue)"
        case .unreachable: advice = ": no such queue or CUPS does not answer (lpstat -p)"
        }
        Swift.print("printer: \(queue) \(state.rawValue)\(advice)")
      case (let queue?, nil): Swift.print("printer: \(queue) not checked")
      }
    }
    if let scanner = report.scanner {
      switch scanner.present {
      case nil: Swift.print("scanner: turned off in kiosk.yaml")
      case true?: Swift.print("scanner: present")
      case false?: Swift.print("scanner: NOT FOUND — check its cable and power, then scanimage -L")
      }
    }
    if let outbox = report.outbox {
      if let problem = outbox.problem { Swift.print("outbox: cannot be read — \(problem)") } else {
        var line = "outbox: \(outbox.queued ?? 0) document(s) waiting"
        if let minutes = outbox.oldestQueuedMinutes { line += ", the oldest for \(minutes) min" }
        Swift.print(line)
        if let error = outbox.lastDeliveryError { Swift.print("outbox: last delivery error — \(error) (kiosk outbox deliver)") }
      }
    }
    if let disk = report.disk {
      let free = disk.freeBytes.map { "\($0 / 1_048_576) MB free" } ?? "free space unknown"
      Swift.print("disk: \(free) at \(disk.path)\(disk.low ? " — LOW: free some space" : "")")
    }
  }
}
