import Foundation
import KioskUI
import Journals

/// Keeps the anonymous row of each attestation, on its own queue, and hands
/// the row (with its reference) back to the app, which then prints the
/// sheet. A journal that cannot be opened or written answers nil: the
/// sheet still prints, saying it could not be recorded.
public final class AttestationRecorder: Sendable {
  let file: URL
  let retentionMonths: Int
  let kioskID: String?
  private let answers = Mailbox<Event>()
  private let queue = DispatchQueue(label: "passerelle.attestations")

  public init(file: String, retentionMonths: Int, kioskID: String?) {
    self.file = URL(fileURLWithPath: file)
    self.retentionMonths = retentionMonths
    self.kioskID = kioskID
  }

  public func record(_ request: AttestationRequest, generation: Int, now: Date = Date()) {
    queue.async {
      var row: AttestationRecord?
      do {
        // Opened for each attestation (a few a day): nothing is held between visits.
        let journal = try AttestationJournal(file: self.file)
        row = try journal.record(request, kioskID: self.kioskID)
        let removed = try journal.purge(retentionMonths: self.retentionMonths, now: now)
        if removed > 0 { SystemLog.info("attestations: \(removed) rows older than \(self.retentionMonths) months removed") }
      } catch {
        SystemLog.error("attestations: cannot record in \(self.file.path): \(error); check the folder exists and is writable")
      }
      self.answers.put(.attestationRecorded(row, generation: generation))
    }
  }

  /// Waits until every attestation handed over so far is written.
  public func flush() { queue.sync {} }

  public func take() -> Event? { answers.take() }
}
