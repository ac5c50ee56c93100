import ArgumentParser
import Documents
import Foundation
import KioskConfig
import PINHashing
import KioskRuntime

/// `kiosk health [--json]`: is this kiosk in service, and does anything
/// need staff? Exit 0 all well, 1 something needs attention, 2 out of
/// service (docs/cli.md). Reads only: it never delivers or repairs.
struct HealthCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "health",
    abstract: "Say whether the kiosk is in service and what needs staff (exit 0 fine, 1 attention, 2 out of service).")

  @Flag(help: "Print JSON (for a monitoring probe).") var json = false
  @OptionGroup var config: ConfigOptions

  func run() throws {
    let report = makeReport()
    if json { try JSONOutput.print(report) } else { HealthText.print(report) }
    if report.level != .ok { throw ExitCode(Int32(report.level.rawValue)) }
  }

  func makeReport() -> HealthReport {
    let folder = config.directory
    let loaded: KioskConfiguration
    do {
      loaded = try ConfigLoader.load(directory: folder)
    } catch {
      let errors = error.diagnostics.filter { $0.severity == .error }
      let problem = (errors.first?.description ?? "unknown problem") + (errors.count > 1 ? " (and \(errors.count - 1) more: run kiosk config check)" : "")
      let configuration = HealthReport.Configuration(folder: folder.path, problem: problem, warnings: 0, demonstrationPINs: [])
      return HealthReport(version: Release.version, level: .outOfService, configuration: configuration)
    }
    SiteClock.apply(loaded.site)
    let configuration = HealthReport.Configuration(
      folder: folder.path, problem: nil, warnings: loaded.warnings.count,
      demonstrationPINs: DemonstrationPINs.inPlace(loaded.site))
    let check = ClockCheck.current()
    let clock: HealthReport.Clock
    switch check {
    case let .pinned(date): clock = .init(today: date.iso, pinned: true, timeZone: loaded.site.timeZone, problem: nil)
    case let .sane(date): clock = .init(today: date.iso, pinned: false, timeZone: loaded.site.timeZone, problem: nil)
    case let .beforeRelease(date):
      clock = .init(today: date.iso, pinned: false, timeZone: loaded.site.timeZone, problem: check.description)
    }
    let queue = loaded.site.printerQueue
    let printer = HealthReport.Printer(queue: queue, state: queue.map { CUPSJobs().queueState($0) })
    let devices = loaded.site.devices
    let scanner = HealthReport.Scanner(
      enabled: devices.scanner != nil,
      present: devices.scanner.map { ScannerPresence.check(device: $0.device, program: $0.program) })
    let outbox = outboxState(devices)
    let disk = diskState(devices.outboxDirectory)
    let level = HealthReport.level(configuration: configuration, clock: clock, printer: printer, scanner: scanner,
                                   outbox: outbox, disk: disk)
    return HealthReport(version: Release.version, level: level, configuration: configuration, clock: clock,
                        printer: printer, scanner: scanner, outbox: outbox, disk: disk)
  }

  func outboxState(_ devices: DeviceSettings) -> HealthReport.OutboxState {
    // Opening would create the folder: a probe only looks.
    guard FileManager.default.fileExists(atPath: devices.outboxDirectory) else {
      return .init(problem: "no outbox folder at \(devices.outboxDirectory): reinstall the package, or run systemd-tmpfiles --create")
    }
    let items: [OutboxItem]
    do {
      items = try OutboxCommand.open(devices, recover: false).items()
    } catch let failure as CLIFailure {
      return .init(problem: failure.message)
    } catch {
      return .init(problem: "cannot read the outbox journal in \(devices.outboxDirectory): \(error)")
    }
    let queued = items.filter { $0.state == .queued }.sorted { $0.createdAt < $1.createdAt }
    let oldest = queued.first.map { max(0, Int(Date().timeIntervalSince($0.createdAt) / 60)) }
    return .init(queued: queued.count, oldestQueuedMinutes: oldest,
                 lastDeliveryError: queued.compactMap(\.lastError).last)
  }

  /// Free space where the outbox writes (its folder, or the nearest parent
  /// that exists).
  func diskState(_ path: String) -> HealthReport.Disk {
    var url = URL(fileURLWithPath: path)
    while !FileManager.default.fileExists(atPath: url.path), url.path != "/" { url.deleteLastPathComponent() }
    var stats = statvfs()
    guard statvfs(url.path, &stats) == 0 else { return .init(path: path, freeBytes: nil, low: true) }
    let free = Int64(stats.f_bavail) * Int64(stats.f_frsize)
    return .init(path: path, freeBytes: free, low: free < HealthReport.lowDiskBytes)
  }
}
