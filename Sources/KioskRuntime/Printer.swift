import Foundation
import KioskUI
import Synchronization

/// Prints sheets with CUPS without blocking the screen, and tells the
/// truth about it. `lp` taking a job only means it is queued: a printer out
/// of paper or stopped keeps it, and it would come out later, for the next
/// person. So the job is followed for `followSeconds`; if it has not
/// printed by then it is cancelled, and the sheet is kept encrypted for
/// staff under a reference the person is given. The sheet goes to `lp`
/// through a pipe: no copy in /tmp.
public final class Printer: Sendable {
  let queue: String?
  let followSeconds: Double
  let kept: KeptSheets
  let cups: CUPSJobs
  /// How often a followed job's state is read.
  static let pollSeconds = 0.25
  private let work = DispatchQueue(label: "passerelle.print")
  private let result = Mailbox<PrintStatus>()
  /// Counts ended visits: a job sees it change and is cancelled at once.
  private let visits = Atomic<Int>(0)

  public static var keepDays: Int { KeptSheets.keepDays }
  public static var sealedSuffix: String { KeptSheets.sealedSuffix }

  public init(queue: String?, fallbackDirectory: String, keyFile: String, followSeconds: Int = 30,
              cups: CUPSJobs = CUPSJobs(), kept: KeptSheets? = nil) {
    self.queue = queue
    self.followSeconds = Double(followSeconds)
    self.cups = cups
    self.kept = kept ?? KeptSheets(directory: fallbackDirectory, keyFile: keyFile)
  }

  /// At start: old kept sheets go (`KeptSheets.purge`).
  public func purge(now: Date = Date()) { kept.purge(now: now) }

  public func print(_ sheet: PrintSheet) {
    let visit = visits.load(ordering: .sequentiallyConsistent)
    work.async { self.result.put(self.printAndFollow(sheet, visit: visit)) }
  }

  /// The visit ended: a job still followed is cancelled now (its sheet
  /// kept), and this returns once no job of the visit is left in the queue.
  /// Results meant for the visit are dropped: the next person never sees them.
  public func endSession() {
    visits.add(1, ordering: .sequentiallyConsistent)
    work.sync {}
    while result.take() != nil {}
  }

  func printAndFollow(_ sheet: PrintSheet, visit: Int) -> PrintStatus {
    // No printer, or the visit ended before this sheet's turn: never queue it.
    guard let queue, visits.load(ordering: .sequentiallyConsistent) == visit else { return keep(sheet) }
    guard let job = cups.submit(sheet.text, title: sheet.title, queue: queue) else { return keep(sheet) }
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .seconds(followSeconds))
    var stateRead = false
    while true {
      switch cups.state(of: job) {
      case .completed: return .printed
      case .ended:
        SystemLog.error("print job \(job) was cancelled or aborted by CUPS; sheet kept for staff")
        return keep(sheet)
      case .waiting: stateRead = true
      case .unknown: break
      }
      if clock.now >= deadline || visits.load(ordering: .sequentiallyConsistent) != visit { break }
      Thread.sleep(forTimeInterval: Self.pollSeconds)
    }
    let cancelled = cups.cancel(job)
    // A job that finished while being cancelled did print.
    if cups.state(of: job) == .completed { return .printed }
    if !cancelled { SystemLog.error("print job \(job) could not be cancelled: run `cancel \(job)`") }
    if !stateRead {
      SystemLog.error("the state of print job \(job) could not be read with \(cups.ipptool): install cups-ipp-utils; no print can be confirmed without it")
    }
    if visits.load(ordering: .sequentiallyConsistent) != visit {
      SystemLog.error("the visit ended before print job \(job) printed: cancelled, sheet kept for staff")
    } else {
      SystemLog.error("print job \(job) did not print within \(Int(followSeconds)) s (printer stopped or out of paper?): cancelled, sheet kept for staff")
    }
    return keep(sheet)
  }

  /// Encrypts the sheet into the staff folder under a new reference.
  func keep(_ sheet: PrintSheet) -> PrintStatus {
    do {
      let reference = try kept.keep(sheet.text)
      SystemLog.info("sheet kept for staff as \(reference)")
      return .keptForStaff(reference: reference)
    } catch {
      SystemLog.error("cannot keep a sheet in \(kept.directory.path) (key \(kept.keyFile.path)): \(error); check both exist and are writable")
      return .failed
    }
  }

  /// A kept sheet's text, for staff (`kiosk outbox sheet REF`).
  public static func keptSheet(_ reference: String, directory: String, keyFile: String) throws -> String {
    try KeptSheets(directory: directory, keyFile: keyFile).open(reference)
  }

  /// The references of the sheets kept for staff.
  public static func keptSheets(directory: String) -> [String] {
    KeptSheets(directory: directory, keyFile: "").references()
  }

  /// A finished job's result, oldest first, once.
  public func take() -> PrintStatus? { result.take() }
}
