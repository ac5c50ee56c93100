import Foundation
@testable import KioskRuntime
import Testing
import TestSupport
import WorkingDays

/// What an agency's deployment relies on: the version, the clock check,
/// the systemd watchdog and `kiosk health`.
@Suite struct DeploymentTests {
  @Test func `kiosk --version prints the one version`() throws {
    let result = try KioskProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == Release.version)
  }

  @Test func `a clock before the release date is wrong; on or after it, sane`() throws {
    let release = try #require(CivilDate(year: 2026, month: 11, day: 29))
    let dayBefore = try #require(CivilDate(year: 2026, month: 11, day: 28))
    let flatBattery = try #require(CivilDate(year: 1970, month: 1, day: 1))
    #expect(ClockCheck.judge(machineDate: dayBefore, release: release) == .beforeRelease(dayBefore))
    #expect(ClockCheck.judge(machineDate: flatBattery, release: release).isUsable == false)
    #expect(ClockCheck.judge(machineDate: release, release: release) == .sane(release))
    #expect(ClockCheck.beforeRelease(flatBattery).description.contains("set the clock"))
  }

  @Test func `the watchdog sends WATCHDOG=1 to NOTIFY_SOCKET at most once per interval`() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wd-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("notify").path
    let fd = try DatagramListener.bind(path)
    defer { close(fd) }
    var watchdog = Watchdog(environment: ["NOTIFY_SOCKET": path], interval: 5)
    for second in [100.0, 101, 104.9, 105, 106, 110] { watchdog.alive(at: second) }
    // 100, 105 and 110: three pings, the others inside an interval.
    #expect(DatagramListener.drain(fd) == ["WATCHDOG=1", "WATCHDOG=1", "WATCHDOG=1"])
    var silent = Watchdog(environment: [:])
    silent.alive(at: 0)
    #expect(silent.lastPing == nil)
  }

  @Test func `lpstat and scanimage answers are read`() {
    #expect(CUPSJobs.queueState(lpstatOutput: "printer kiosk is idle.  enabled since Sun 29 Nov 2026\n") == .idle)
    #expect(CUPSJobs.queueState(lpstatOutput: "printer kiosk now printing kiosk-3.  enabled since …\n") == .printing)
    #expect(CUPSJobs.queueState(lpstatOutput: "printer kiosk disabled since Sun 29 Nov 2026 -\n\tPaused\n") == .disabled)
    #expect(CUPSJobs.queueState(lpstatOutput: "") == .unreachable)
    let listing = "device `test:0' is a Noname frontend-tester virtual device\ndevice `test:1' is a Noname frontend-tester virtual device\n"
    #expect(ScannerPresence.listed(device: nil, scanimageOutput: listing))
    #expect(ScannerPresence.listed(device: "test:1", scanimageOutput: listing))
    #expect(!ScannerPresence.listed(device: "genesys:libusb:001:004", scanimageOutput: listing))
    #expect(!ScannerPresence.listed(device: nil, scanimageOutput: "\nNo scanners were identified.\n"))
  }

  @Test func `health level: broken config or clock is out of service; paper, scanner, stuck outbox, disk need attention`() {
    let fine = HealthReport.Configuration(folder: "c", problem: nil, warnings: 0, demonstrationPINs: [])
    let clock = HealthReport.Clock(today: "2026-11-29", pinned: false, timeZone: "Europe/Paris", problem: nil)
    let idle = HealthReport.Printer(queue: "kiosk", state: .idle)
    let scanner = HealthReport.Scanner(enabled: true, present: true)
    let outbox = HealthReport.OutboxState(queued: 1, oldestQueuedMinutes: 5)
    let disk = HealthReport.Disk(path: "/", freeBytes: 10_000_000_000, low: false)
    func level(configuration: HealthReport.Configuration = fine, clock: HealthReport.Clock = clock,
               printer: HealthReport.Printer = idle, scanner: HealthReport.Scanner = scanner,
               outbox: HealthReport.OutboxState = outbox, disk: HealthReport.Disk = disk) -> HealthReport.Level {
      HealthReport.level(configuration: configuration, clock: clock, printer: printer, scanner: scanner, outbox: outbox, disk: disk)
    }
    #expect(level() == .ok)
    #expect(level(configuration: .init(folder: "c", problem: "x", warnings: 0, demonstrationPINs: [])) == .outOfService)
    #expect(level(clock: .init(today: "1970-01-01", pinned: false, timeZone: "Europe/Paris", problem: "wrong")) == .outOfService)
    #expect(level(configuration: .init(folder: "c", problem: nil, warnings: 0, demonstrationPINs: ["mediator.pin_hash"])) == .attention)
    #expect(level(printer: .init(queue: "kiosk", state: .disabled)) == .attention)
    #expect(level(printer: .init(queue: nil, state: nil)) == .ok)
    #expect(level(scanner: .init(enabled: true, present: false)) == .attention)
    #expect(level(scanner: .init(enabled: false, present: nil)) == .ok)
    #expect(level(outbox: .init(queued: 1, oldestQueuedMinutes: HealthReport.stuckMinutes)) == .attention)
    #expect(level(outbox: .init(queued: 1, oldestQueuedMinutes: 5, lastDeliveryError: "folder missing")) == .attention)
    #expect(level(disk: .init(path: "/", freeBytes: 1000, low: true)) == .attention)
  }

  @Test func `kiosk health --json reports the outbox, the clock and the demonstration codes`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let yaml = w.config.appendingPathComponent("kiosk.yaml")
    let text = try String(contentsOf: yaml, encoding: .utf8)
    let noScanner = text.replacingOccurrences(of: "scanner:\n  # Set to false when this kiosk has no scanner: the choice is not offered.\n  enabled: true",
                                              with: "scanner:\n  enabled: false")
    #expect(noScanner != text)
    try noScanner.write(to: yaml, atomically: true, encoding: .utf8)
    let page = try w.file("page.pgm", DocumentWorkspace.smallPage)
    #expect(try w.run(["outbox", "add", page, "--dpi", "150", "--type", "payslip"]).status == 0)

    let result = try w.run(["health", "--json"])
    // The demonstration codes are still there: attention, exit 1.
    #expect(result.status == 1, "\(result.stderr)")
    let json = try #require(try result.json() as? [String: Any])
    #expect(json["level"] as? String == "attention")
    #expect(json["version"] as? String == Release.version)
    let configuration = try #require(json["configuration"] as? [String: Any])
    #expect(configuration["demonstrationPINs"] as? [String] == ["staff.exit_code_hash", "mediator.pin_hash"])
    let clock = try #require(json["clock"] as? [String: Any])
    #expect(clock["today"] as? String == "2026-11-29")
    #expect(clock["pinned"] as? Bool == true)
    #expect(clock["timeZone"] as? String == "Europe/Paris")
    let outbox = try #require(json["outbox"] as? [String: Any])
    #expect(outbox["queued"] as? Int == 1)
    #expect((outbox["oldestQueuedMinutes"] as? Int).map { $0 >= 0 } == true)
    let scanner = try #require(json["scanner"] as? [String: Any])
    #expect(scanner["enabled"] as? Bool == false)
    let disk = try #require(json["disk"] as? [String: Any])
    #expect((disk["freeBytes"] as? Int).map { $0 > 0 } == true)
    let human = try w.run(["health"])
    #expect(human.status == 1)
    #expect(human.stdout.contains("outbox: 1 document(s) waiting"))
    #expect(human.stdout.contains("mediator.pin_hash is still a demonstration code"))
  }

  @Test func `kiosk health on a broken configuration says out of service, exit 2`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let yaml = w.config.appendingPathComponent("kiosk.yaml")
    let text = try String(contentsOf: yaml, encoding: .utf8)
    try text.replacingOccurrences(of: "  department: \"75\"", with: "  department: \"99\"").write(to: yaml, atomically: true, encoding: .utf8)
    let result = try w.run(["health", "--json"])
    #expect(result.status == 2)
    let json = try #require(try result.json() as? [String: Any])
    #expect(json["level"] as? String == "out-of-service")
    let configuration = try #require(json["configuration"] as? [String: Any])
    #expect((configuration["problem"] as? String)?.contains("site.department") == true)
  }

  @Test func `config check warns loudly about each demonstration code`() throws {
    let result = try KioskProcess.run(["config", "check", "kiosk-config"])
    #expect(result.status == 0)
    let warnings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("WARNING:") }
    #expect(warnings.count == 2)
    #expect(warnings.contains { $0.contains("staff.exit_code_hash") && $0.contains("4711") })
    #expect(warnings.contains { $0.contains("mediator.pin_hash") && $0.contains("2468") })
  }
}

/// A unix datagram socket standing in for systemd's notify socket.
enum DatagramListener {
  static func bind(_ path: String) throws -> Int32 {
    let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
    var address = sockaddr_un()
    address.sun_family = sa_family_t(AF_UNIX)
    withUnsafeMutableBytes(of: &address.sun_path) { raw in
      for (i, byte) in path.utf8.enumerated() { raw[i] = byte }
    }
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
    }
    guard fd >= 0, bound == 0 else { throw POSIXError(.EADDRINUSE) }
    return fd
  }

  /// Every datagram waiting, without blocking.
  static func drain(_ fd: Int32) -> [String] {
    var messages: [String] = []
    var buffer = [UInt8](repeating: 0, count: 256)
    while true {
      let count = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
      if count <= 0 { return messages }
      messages.append(String(decoding: buffer[0..<count], as: UTF8.self))
    }
  }
}
