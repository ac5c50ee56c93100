import Documents
import Foundation
import TestSupport
import Testing

/// Two hundred runs of the real binary killed with SIGKILL at random
/// points while it assembles, encrypts, journals and delivers. Afterwards:
/// no committed document is lost, no delivered folder is partial, the
/// journal is consistent, and one more delivery run delivers each once.
@Suite struct CrashSafetyTests {
  struct Run {
    let arguments: [String]
    /// What it printed before it died (a reference means "committed").
    var stdout = ""
    var killedWhileRunning = false
    /// The exit status when it was not killed.
    var status: Int32 = 0
    /// Seconds from start to exit or kill.
    var elapsed = 0.0
  }

  /// How long a command takes, learnt while the test runs: other suites
  /// run in parallel, so a single measurement at the start can be far off
  /// (then nearly every run is killed, or none is).
  struct DurationEstimate {
    var seconds: Double
    /// A run that finished tells how long a run takes now.
    mutating func finished(after elapsed: Double) { seconds = (seconds + elapsed) / 2 }
    /// A run killed later than the estimate took longer than we thought.
    mutating func killed(after delay: Double) { if delay >= seconds { seconds = delay * 1.5 } }
  }

  /// Starts the binary, kills it after `delay` seconds if it still runs.
  static func runAndKill(_ arguments: [String], after delay: Double) throws -> Run {
    let process = Process()
    process.executableURL = KioskProcess.binary
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let start = Date()
    let deadline = start.addingTimeInterval(delay)
    while process.isRunning, Date() < deadline { usleep(500) }
    var run = Run(arguments: arguments)
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      run.killedWhileRunning = true
    }
    process.waitUntilExit()
    run.elapsed = Date().timeIntervalSince(start)
    if process.terminationReason == .uncaughtSignal { run.killedWhileRunning = true }
    run.status = process.terminationStatus
    run.stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return run
  }

  static func seconds(_ arguments: [String]) throws -> Double {
    let start = Date()
    _ = try runAndKill(arguments, after: 30)
    return Date().timeIntervalSince(start)
  }
}

extension CrashSafetyTests {
  @Test func `two hundred SIGKILLs lose no committed document and deliver none partially or twice`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.smallPage)
    let out = w.root.appendingPathComponent("assembled.pdf")
    let config = ["--config", w.config.path]
    let add = ["outbox", "add", page, page, "--dpi", "150", "--type", "payslip", "--json"] + config
    let deliver = ["outbox", "deliver", "--json"] + config
    let assemble = ["doc", "assemble", page, page, "--dpi", "150", "-o", out.path] + config
    // How long each takes here, so kills land anywhere inside a run.
    var durations = [try Self.seconds(add), try Self.seconds(deliver), try Self.seconds(assemble)].map(DurationEstimate.init)
    print("crash test: a first run takes \(durations.map { Int($0.seconds * 1000) }) ms (add, deliver, assemble)")
    var committed = Set<String>()
    var rng = SeededGenerator(seed: 42)
    var killed = 0
    for _ in 0..<200 {
      let pick = Int.random(in: 0..<100, using: &rng)
      let which = pick < 60 ? 0 : pick < 85 ? 1 : 2
      let arguments = [add, deliver, assemble][which]
      try? FileManager.default.removeItem(at: out)
      let delay = Double.random(in: 0...(durations[which].seconds * 1.2), using: &rng)
      let run = try Self.runAndKill(arguments, after: delay)
      if run.killedWhileRunning {
        killed += 1
        durations[which].killed(after: delay)
      } else {
        durations[which].finished(after: run.elapsed)
      }
      if let data = run.stdout.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let reference = object["reference"] as? String
      {
        committed.insert(reference)
      }
      // An interrupted assembly leaves no PDF, or a whole one.
      if arguments == assemble, FileManager.default.fileExists(atPath: out.path) {
        let check = DocumentChecker(limits: DocumentLimits()).check([UInt8](try Data(contentsOf: out)))
        #expect(check.isAccepted && check.pageCount == 2, "a partial PDF was left: \(check.problems)")
      }
    }
    print("crash test: \(killed) of 200 runs killed while running; \(committed.count) documents reported committed; last estimates \(durations.map { Int($0.seconds * 1000) }) ms")
    // Most runs must really have died mid-way, or the test proves nothing.
    #expect(killed >= 100, "only \(killed) runs were killed while running")
    #expect(!committed.isEmpty)

    // Recovery: nothing queued lost its file.
    let check = try KioskProcess.run(["outbox", "check", "--json"] + config)
    #expect(check.status == 0, "\(check.stdout)")
    #expect((try check.json() as? [String: Any])?["missingFiles"] as? [String] == [])
    let items = try #require(try KioskProcess.run(["outbox", "list", "--json"] + config).json() as? [[String: Any]])
    let journal = Set(items.compactMap { $0["reference"] as? String })
    #expect(committed.isSubset(of: journal), "lost: \(committed.subtracting(journal))")
    #expect(journal.count == items.count, "a reference appears twice in the journal")

    // One more delivery: everything delivered, once, complete.
    let final = try KioskProcess.run(deliver)
    #expect(final.status == 0, "\(final.stdout)")
    let after = try #require(try KioskProcess.run(["outbox", "list", "--json"] + config).json() as? [[String: Any]])
    #expect(after.allSatisfy { $0["state"] as? String == "delivered" })
    let visible = try FileManager.default.contentsOfDirectory(atPath: w.delivered.path).filter { !$0.hasPrefix(".") }
    #expect(Set(visible) == journal)
    #expect(visible.count == journal.count)
    for reference in visible {
      let folder = w.delivered.appendingPathComponent(reference)
      #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["document.pdf", "manifest.json"])
      let manifest = try JSONDecoder().decode(DeliveryManifest.self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
      let pdf = [UInt8](try Data(contentsOf: folder.appendingPathComponent("document.pdf")))
      #expect(manifest.reference == reference)
      #expect(OutboxCipher.digest(pdf) == manifest.sha256, "\(reference): delivered file differs from what was queued")
      #expect(DocumentChecker(limits: DocumentLimits()).check(pdf).pageCount == 2)
    }
    // Nothing encrypted is left once all is delivered.
    let sealed = try FileManager.default.contentsOfDirectory(atPath: w.outbox.appendingPathComponent("files").path)
    #expect(sealed.isEmpty, "left in the outbox: \(sealed)")
  }
}
