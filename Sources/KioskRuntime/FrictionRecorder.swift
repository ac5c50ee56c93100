import Foundation
import KioskUI
import Statistics
import Synchronization

/// Counts the app's step events in the statistics journal and purges old
/// counters. The journal is opened on the first event, not at start, so an
/// idle kiosk does not hold SQLite. A journal that cannot be opened is
/// logged once; the kiosk goes on without statistics.
public final class FrictionRecorder: Sendable {
  let file: URL
  let retentionMonths: Int
  private let journal = Mutex<FrictionJournal?>(nil)
  private let failed = Atomic<Bool>(false)
  private let lastPurge = Mutex<Date?>(nil)
  private let loaded = Mailbox<FrictionReport?>()

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
    guard let journal = open() else { return }
    do {
      try journal.record(event, at: date)
      purgeIfDue(journal, now: date)
    } catch {
      SystemLog.error("statistics: cannot write to \(file.path): \(error)")
    }
  }

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

  /// Reads the whole journal into a report, for the mediator screen.
  public func load() {
    guard let journal = open() else { return loaded.put(nil) }
    loaded.put(try? FrictionReport(counters: journal.counters(), firstSteps: KioskApp.journeyFirstSteps))
  }

  public func take() -> FrictionReport?? { loaded.take() }
}
