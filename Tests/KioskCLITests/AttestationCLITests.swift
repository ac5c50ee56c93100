import Foundation
import Journals
import Testing

/// `kiosk attestation list|show`: staff confirm an attestation a person
/// shows, from the anonymous record, run as the real binary.
@Suite struct AttestationCLITests {
  static func seed(_ w: DocumentWorkspace) throws -> [AttestationRecord] {
    let journal = try AttestationJournal(file: w.root.appendingPathComponent("attestations.sqlite"))
    return [
      try journal.record(AttestationRequest(purpose: .declaration, failure: .officialSiteDown, year: 2026, month: 10,
                                            day: 30, hour: 9, minute: 5), kioskID: "B"),
      try journal.record(AttestationRequest(purpose: .document, failure: .scannerFailed, year: 2026, month: 11,
                                            day: 23, hour: 14, minute: 41), kioskID: "B"),
    ]
  }
}

extension AttestationCLITests {
  @Test func `list: every attestation, oldest first; --since from that day; --json for scripts`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let rows = try Self.seed(w)
    let all = try w.run(["attestation", "list"])
    #expect(all.status == 0, "\(all.stderr)")
    let lines = all.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("2026-10-30 09:05  \(rows[0].reference)  borne B  déclaration mensuelle"))
    #expect(lines[1].contains("le scanner de la borne ne marchait pas"))

    let since = try w.run(["attestation", "list", "--since", "2026-11-01", "--json"])
    #expect(since.status == 0, "\(since.stderr)")
    let json = try #require(try since.json() as? [[String: Any]])
    #expect(json.count == 1)
    #expect(json.first?["reference"] as? String == rows[1].reference)
    #expect(json.first?["minute"] as? String == "2026-11-23 14:41")
    #expect(json.first?["purpose"] as? String == "document")
    #expect(json.first?["failure"] as? String == "scanner")
    #expect(Set(json.first?.keys.map { $0 } ?? []) == ["reference", "minute", "kioskID", "purpose", "failure"])
    #expect(try w.run(["attestation", "list", "--since", "2026-02-30"]).status == 2)
  }

  @Test func `show: one attestation by its reference, typed in any case; exit 2 for an unknown one`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let rows = try Self.seed(w)
    let shown = try w.run(["attestation", "show", rows[1].reference.lowercased()])
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("Référence : \(rows[1].reference)"))
    #expect(shown.stdout.contains("Date et heure : 2026-11-23 14:41"))
    #expect(shown.stdout.contains("Borne : B"))
    #expect(shown.stdout.contains("Venu pour : envoi d'un document"))

    let unknown = try w.run(["attestation", "show", "A-B-0101-0000"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no attestation has the reference \"A-B-0101-0000\""))
    #expect(unknown.stdout.isEmpty)
  }

  @Test func `without a journal: list says none, show says unknown`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let list = try w.run(["attestation", "list"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("Aucune attestation enregistrée."))
    #expect(try w.run(["attestation", "show", "A-1129-0001"]).status == 2)
    #expect(!FileManager.default.fileExists(atPath: w.root.appendingPathComponent("attestations.sqlite").path),
            "reading never creates the journal")
  }
}
