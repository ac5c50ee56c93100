import Documents
import Foundation
import Synchronization
import TestSupport
import Testing

/// Staff commands, a cron delivery and the kiosk use one outbox at the same
/// time. Here the real binary runs adds, lists, deliveries and checks in
/// parallel processes, a third of the adds, deliveries and checks killed
/// with SIGKILL at random moments. Every document whose reference was
/// printed (the receipt) must end up delivered exactly once.
@Suite struct OutboxConcurrencyTests {
  /// One kind of command, run again and again by one thread.
  struct Worker: Sendable {
    let arguments: [String]
    /// Each run is killed with this chance (percent), at a random moment.
    let killPercent: Int
    let seed: UInt64
  }

  /// What one worker saw.
  struct Tally: Sendable {
    var runs = 0
    var killed = 0
    /// References printed by adds that were not killed before printing.
    var receipted: [String] = []
    /// Runs that finished on their own with an exit status other than 0.
    var failures: [String] = []
  }

  /// What the threads share.
  final class Shared: Sendable {
    /// Set when every adder is done: the loops stop.
    let stop = Atomic<Bool>(false)
    let addersDone = Atomic<Int>(0)
    let tallies = Mutex<[Tally]>([])
  }

  /// Runs `worker` `count` times, or, with `count` nil, until `stop` is set.
  static func work(_ worker: Worker, count: Int?, estimate: Double, stop: borrowing Atomic<Bool>) -> Tally {
    var tally = Tally()
    var rng = SeededGenerator(seed: worker.seed)
    var duration = CrashSafetyTests.DurationEstimate(seconds: estimate)
    while count.map({ tally.runs < $0 }) ?? !stop.load(ordering: .sequentiallyConsistent) {
      tally.runs += 1
      let kill = Int.random(in: 0..<100, using: &rng) < worker.killPercent
      let delay = kill ? Double.random(in: 0...(duration.seconds * 1.2), using: &rng) : 120
      guard let run = try? CrashSafetyTests.runAndKill(worker.arguments, after: delay) else {
        tally.failures.append("could not start \(worker.arguments[1])")
        continue
      }
      if run.killedWhileRunning {
        tally.killed += 1
        duration.killed(after: delay)
      } else {
        duration.finished(after: run.elapsed)
        if run.status != 0 { tally.failures.append("\(worker.arguments[1]) exit \(run.status): \(run.stdout.prefix(300))") }
      }
      if let object = try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any],
        let reference = object["reference"] as? String
      {
        tally.receipted.append(reference)
      }
    }
    return tally
  }
}

extension OutboxConcurrencyTests {
  @Test func `adds, lists, deliveries and checks in parallel, with SIGKILLs, deliver every receipted document exactly once`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let page = try w.file("page.pgm", DocumentWorkspace.smallPage)
    let config = ["--config", w.config.path]
    let add = ["outbox", "add", page, "--dpi", "150", "--type", "payslip", "--json"] + config
    let deliver = ["outbox", "deliver", "--json"] + config
    // How long each takes here (the first add also creates the outbox), so
    // kills land anywhere inside a run; learnt again as runs finish.
    let first = try KioskProcess.run(add)
    #expect(first.status == 0, "\(first.stderr)")
    let firstReference = try #require((try first.json() as? [String: Any])?["reference"] as? String)
    let estimates = [try CrashSafetyTests.seconds(add), try CrashSafetyTests.seconds(deliver)]
    let adders = (0..<2).map { Worker(arguments: add, killPercent: 33, seed: 100 + UInt64($0)) }
    let loops = [
      Worker(arguments: ["outbox", "list", "--json"] + config, killPercent: 0, seed: 200),
      Worker(arguments: deliver, killPercent: 33, seed: 300),
      Worker(arguments: ["outbox", "check", "--json"] + config, killPercent: 33, seed: 400),
    ]
    let shared = Shared()
    let group = DispatchGroup()
    // Threads of their own: each waits on its child process most of the time.
    for worker in adders + loops {
      group.enter()
      let isAdder = worker.arguments == add
      Thread {
        let tally = Self.work(worker, count: isAdder ? 20 : nil, estimate: isAdder ? estimates[0] : estimates[1],
                              stop: shared.stop)
        shared.tallies.withLock { $0.append(tally) }
        if isAdder, shared.addersDone.wrappingAdd(1, ordering: .sequentiallyConsistent).newValue == adders.count {
          shared.stop.store(true, ordering: .sequentiallyConsistent)
        }
        group.leave()
      }.start()
    }
    // Bounded: 40 adds; the loops stop when the adds are done.
    group.wait()
    let all = shared.tallies.withLock { $0 }
    let receipted = [firstReference] + all.flatMap(\.receipted)
    let summary = all.map { "\($0.runs) runs, \($0.killed) killed" }.joined(separator: "; ")
    print("outbox concurrency: \(receipted.count) receipted; \(summary)")
    #expect(all.flatMap(\.failures).isEmpty, "\(all.flatMap(\.failures))")
    #expect(Set(receipted).count == receipted.count, "a reference was printed twice")
    // The kills must have happened, or the test proves little.
    #expect(all.map(\.killed).reduce(0, +) >= 10, "\(summary)")
    #expect(all.filter { $0.runs > 0 }.count == 5)

    // Nothing receipted lost its file; one more delivery delivers the rest.
    let check = try KioskProcess.run(["outbox", "check", "--json"] + config)
    #expect(check.status == 0, "\(check.stdout)")
    #expect((try check.json() as? [String: Any])?["missingFiles"] as? [String] == [])
    let final = try KioskProcess.run(deliver)
    #expect(final.status == 0, "\(final.stdout) \(final.stderr)")

    // Exactly once: one delivered folder per receipted reference, under the
    // reference itself, holding that document whole.
    let folders = try FileManager.default.contentsOfDirectory(atPath: w.delivered.path).filter { !$0.hasPrefix(".") }
    var ids = Set<String>()
    var references: [String] = []
    for name in folders {
      let folder = w.delivered.appendingPathComponent(name)
      let manifest = try JSONDecoder().decode(DeliveryManifest.self,
                                              from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
      #expect(ids.insert(manifest.id).inserted, "\(manifest.id) delivered twice")
      #expect(manifest.reference == name)
      references.append(manifest.reference)
      let pdf = [UInt8](try Data(contentsOf: folder.appendingPathComponent("document.pdf")))
      #expect(OutboxCipher.digest(pdf) == manifest.sha256, "\(name): the delivered file differs from what was queued")
    }
    let missing = Set(receipted).subtracting(references)
    #expect(missing.isEmpty, "receipted but never delivered: \(missing.sorted())")
    let items = try #require(try KioskProcess.run(["outbox", "list", "--json"] + config).json() as? [[String: Any]])
    #expect(items.allSatisfy { $0["state"] as? String == "delivered" })
    #expect(Set(items.compactMap { $0["reference"] as? String }) == Set(references))
    let sealed = try FileManager.default.contentsOfDirectory(atPath: w.outbox.appendingPathComponent("files").path)
    #expect(sealed.isEmpty, "left in the outbox: \(sealed)")
  }
}
