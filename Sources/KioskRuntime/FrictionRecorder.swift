import Foundation
import KioskUI
import Journals
import Synchronization

/// Counts the app's step events in the statistics journal and purges old
/// counters, on its own queue: a write (and SQLite's fsync) never delays
/// the next frame. The journal is opened on the first event, not at start,
/// so an idle kiosk does not hold SQLite. A journal that cannot be opened
/// is logged once; the kiosk goes on without statistics.
public final class FrictionRecorder: Sendable {
  let file: URL
  let retentionMonths: Int
  private let journal = Mutex<FrictionJournal?>(nil)
  private let failed = Atomic<Bool>(false)
  private let lastPurge = Mutex<Date?>(nil)
  private let loaded = Mailbox<FrictionReport?>()
  private let queue = DispatchQueue(label: "passerelle.statistics")

  public init(file: String, retentionMonths: Int) {
    self.file = URL(fileURLWithPath: file)
    self.retentionMonths = retentionMonths
  }

  func open() -> FrictionJournal? {
    if failed.load(ordering: .relaxed) { return nil }
    return journal.withLock { journal in
      if journal == nil {
        do { journal = try FrictionJournal(file: file) } catch {
          failed.store(true, ordering: .relaxed)
          SystemLog.error("statistics: cannot open \(file.path): \(error); check the folder exists and is writable")
        }
      }
      return journal
    }
  }

  public func record(_ event: FrictionEvent, at date: Date = Date()) {
    queue.async {
      guard let journal = self.open() else { return }
      do {
        try journal.record(event, at: date)
        self.purgeIfDue(journal, now: date)
      } catch {
        SystemLog.error("statistics: cannot write to \(self.file.path): \(error)")
      }
    }
  }

  /// Waits until every event handed over so far is written (tests, and
  /// before reading the report).
  public func flush() { queue.sync {} }

  /// Old counters go at most once a day, and on the first event after start.
  func purgeIfDue(_ journal: FrictionJournal, now: Date) {
    let due = lastPurge.withLock { last in
      if let last, now.timeIntervalSince(last) < 86_400 { return false }
      last = now
      return true
    }
    guard due else { return }
    do {
      let removed = try journal.purge(retentionMonths: retentionMonths, now: now)
      if removed > 0 { SystemLog.info("statistics: \(removed) counters older than \(retentionMonths) months removed") }
    } catch {
      SystemLog.error("statistics: purge failed: \(error)")
    }
  }

  /// Reads the whole journal into a report, for the mediator screen,
  /// after the events queued before it.
  public func load() {
    queue.async {
      guard let journal = self.open() else { return self.loaded.put(nil) }
      self.loaded.put(try? FrictionReport(counters: journal.counters(), firstSteps: KioskApp.journeyFirstSteps))
    }
  }

  public func take() -> FrictionReport?? { loaded.take() }
}
