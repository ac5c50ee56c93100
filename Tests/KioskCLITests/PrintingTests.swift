import Foundation
@testable import KioskRuntime
import KioskUI
import Synchronization
import Testing

/// The printer against stand-in CUPS commands (`lp`, `ipptool`, `cancel`
/// as small scripts), so a stopped printer, an aborted job or a visit that
/// ends mid-print are played out without a scheduler. Real CUPS is in
/// Tests/EndToEnd/print-tests.sh.
@Suite struct PrintingTests {
  /// A folder with the stand-in commands; `state` is what ipptool answers.
  struct FakeCUPS {
    let root: URL
    var cups: CUPSJobs
    var prints: URL { root.appendingPathComponent("prints") }
    var keyFile: String { root.appendingPathComponent("outbox.key").path }

    init(lpExit: Int = 0, lpSeconds: Int = 0, state: String) throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("passerelle-print-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      let dir = root.path
      try Self.script(root, "lp", """
        cat > '\(dir)/queued'
        echo submitted >> '\(dir)/submitted'
        [ \(lpSeconds) -gt 0 ] && exec sleep \(lpSeconds)
        echo "request id is fake-7 (1 file(s))"
        exit \(lpExit)
        """)
      try Self.script(root, "ipptool", "echo \"        job-state (enum) = $(cat '\(dir)/state')\"")
      try Self.script(root, "cancel", "echo \"$@\" >> '\(dir)/cancelled'; echo canceled > '\(dir)/state'")
      try state.write(to: root.appendingPathComponent("state"), atomically: true, encoding: .utf8)
      cups = CUPSJobs(environment: [:])
      cups.lp = root.appendingPathComponent("lp").path
      cups.ipptool = root.appendingPathComponent("ipptool").path
      cups.cancel = root.appendingPathComponent("cancel").path
    }

    static func script(_ root: URL, _ name: String, _ body: String) throws {
      let url = root.appendingPathComponent(name)
      try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    func printer(followSeconds: Int) -> Printer {
      Printer(queue: "fake", fallbackDirectory: prints.path, keyFile: keyFile, followSeconds: followSeconds, cups: cups)
    }

    var cancelled: String { (try? String(contentsOf: root.appendingPathComponent("cancelled"), encoding: .utf8)) ?? "" }
    var queued: Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent("queued").path) }
    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static let sheet = PrintSheet(title: "Vos dates", lines: ["Salaire brut : 9 876,54 €"])

  /// Waits (generously: no test depends on the machine's speed) for the result.
  static func result(_ printer: Printer) -> PrintStatus? {
    for _ in 0..<6000 {
      if let status = printer.take() { return status }
      usleep(10_000)
    }
    return nil
  }

  @Test func `a job that stays queued (printer stopped) is cancelled and its sheet kept for staff`() throws {
    let fake = try FakeCUPS(state: "processing-stopped")
    defer { fake.remove() }
    let printer = fake.printer(followSeconds: 1)
    printer.print(Self.sheet)
    let status = Self.result(printer)
    guard case let .keptForStaff(reference)? = status else { Issue.record("not kept: \(String(describing: status))"); return }
    #expect(fake.cancelled == "-x fake-7\n", "the job was not cancelled: \(fake.cancelled)")
    let text = try Printer.keptSheet(reference, directory: fake.prints.path, keyFile: fake.keyFile)
    #expect(text.contains("Salaire brut : 9 876,54 €"))
  }

  @Test func `a completed job is printed and nothing is kept or cancelled`() throws {
    let fake = try FakeCUPS(state: "completed")
    defer { fake.remove() }
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    #expect(Self.result(printer) == .printed)
    #expect(fake.cancelled.isEmpty)
    #expect(Printer.keptSheets(directory: fake.prints.path).isEmpty)
  }

  @Test func `an aborted job is not called printed: the sheet is kept`() throws {
    let fake = try FakeCUPS(state: "aborted")
    defer { fake.remove() }
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    guard case .keptForStaff? = Self.result(printer) else { Issue.record("an aborted job was not kept"); return }
  }

  @Test func `lp refusing the job keeps the sheet`() throws {
    let fake = try FakeCUPS(lpExit: 1, state: "pending")
    defer { fake.remove() }
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    guard case .keptForStaff? = Self.result(printer) else { Issue.record("a refused job was not kept"); return }
    #expect(fake.cancelled.isEmpty)
  }

  @Test func `without ipptool no print is confirmed: the job is cancelled and the sheet kept`() throws {
    var fake = try FakeCUPS(state: "completed")
    defer { fake.remove() }
    fake.cups.ipptool = fake.root.appendingPathComponent("missing-ipptool").path
    let printer = fake.printer(followSeconds: 1)
    printer.print(Self.sheet)
    guard case .keptForStaff? = Self.result(printer) else { Issue.record("printed without a confirmed state"); return }
    #expect(fake.cancelled == "-x fake-7\n")
  }

  @Test func `an lp that hangs (scheduler stuck) is stopped and the sheet kept`() throws {
    var fake = try FakeCUPS(lpSeconds: 600, state: "completed")
    defer { fake.remove() }
    fake.cups.timeoutSeconds = 0.5
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    guard case .keptForStaff? = Self.result(printer) else { Issue.record("a hanging lp was not given up"); return }
  }

  @Test func `ending the visit cancels a job still followed, and its result never reaches the next visit`() throws {
    let fake = try FakeCUPS(state: "pending")
    defer { fake.remove() }
    // Followed for ten minutes: only the end of the visit stops it.
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    for _ in 0..<6000 where !fake.queued { usleep(10_000) }
    #expect(fake.queued)
    printer.endSession()
    // endSession returns once the job is out of the queue.
    #expect(fake.cancelled == "-x fake-7\n")
    #expect(printer.take() == nil, "a result of the ended visit was handed on")
    // The sheet is kept for staff all the same.
    #expect(Printer.keptSheets(directory: fake.prints.path).count == 1)
  }

  @Test func `a sheet still waiting its turn when the visit ends is never queued`() throws {
    let fake = try FakeCUPS(state: "pending")
    defer { fake.remove() }
    let printer = fake.printer(followSeconds: 600)
    printer.print(Self.sheet)
    printer.print(PrintSheet(title: "Fiche", lines: ["la deuxième"]))
    for _ in 0..<6000 where !fake.queued { usleep(10_000) }
    printer.endSession()
    let submitted = (try? String(contentsOf: fake.root.appendingPathComponent("submitted"), encoding: .utf8)) ?? ""
    #expect(submitted == "submitted\n", "the second sheet reached lp after the visit ended")
    #expect(fake.cancelled == "-x fake-7\n")
    #expect(Printer.keptSheets(directory: fake.prints.path).count == 2)
  }

  @Test func `a kept sheet never overwrites another: a clash draws a new reference`() throws {
    let fake = try FakeCUPS(state: "pending")
    defer { fake.remove() }
    let draws = Mutex(["P-0101-1111", "P-0101-1111", "P-0101-1111", "P-0101-2222"])
    let kept = KeptSheets(directory: fake.prints.path, keyFile: fake.keyFile) {
      draws.withLock { $0.removeFirst() }
    }
    #expect(try kept.keep("first person") == "P-0101-1111")
    #expect(try kept.keep("second person") == "P-0101-2222")
    #expect(try kept.open("P-0101-1111") == "first person")
    #expect(try kept.open("P-0101-2222") == "second person")
    #expect(draws.withLock { $0.isEmpty })
    // No temporary file is left beside them.
    let names = try FileManager.default.contentsOfDirectory(atPath: fake.prints.path).sorted()
    #expect(names == ["P-0101-1111.sheet.sealed", "P-0101-2222.sheet.sealed"])
  }

  @Test func `a folder where every reference is taken is an error, not an overwrite`() throws {
    let fake = try FakeCUPS(state: "pending")
    defer { fake.remove() }
    let kept = KeptSheets(directory: fake.prints.path, keyFile: fake.keyFile) { "P-0101-1111" }
    _ = try kept.keep("first person")
    #expect(throws: KeptSheets.Failure.self) { try kept.keep("second person") }
    #expect(try kept.open("P-0101-1111") == "first person")
  }

  @Test func `references read aloud: P, the day, four digits`() {
    let reference = KeptSheets.drawReference()
    #expect(reference.wholeMatch(of: /P-[01][0-9][0-3][0-9]-[1-9][0-9]{3}/) != nil, "\(reference)")
  }

  @Test func `lp and ipptool answers are read`() {
    #expect(CUPSJobs.jobID(lpOutput: "request id is kiosk-12 (1 file(s))\n") == "kiosk-12")
    #expect(CUPSJobs.jobID(lpOutput: "lp: Error - The printer or class does not exist.\n") == nil)
    let answer = """
      "/usr/share/cups/ipptool/get-job-attributes.test":
          Get job info with get-job-attributes                                 [PASS]
              job-state (enum) = processing-stopped
              job-state-reasons (keyword) = printer-stopped
      """
    #expect(CUPSJobs.jobState(ipptoolOutput: answer) == .waiting)
    #expect(CUPSJobs.jobState(ipptoolOutput: "job-state (enum) = completed") == .completed)
    #expect(CUPSJobs.jobState(ipptoolOutput: "job-state (enum) = aborted") == .ended)
    #expect(CUPSJobs.jobState(ipptoolOutput: "status-code = client-error-not-found") == .unknown)
    #expect(CUPSJobs.uriHost("/run/cups/cups.sock") == "%2Frun%2Fcups%2Fcups.sock")
    #expect(CUPSJobs.uriHost("printhost:631") == "printhost:631")
  }
}
