import Foundation
import KioskRuntime
import KioskUI
import Journals
import Testing

/// The attestation through the real effect runner: the row in the journal
/// holds the reference, the minute, the purpose and the failure, and none
/// of what the person typed.
@Suite struct AttestationPrivacyTests {
  @Test func `a declaration that failed: recorded anonymously, then printed (kept without a printer)`() throws {
    let w = try PrivacyWorkspace()
    defer { w.remove() }
    var d = KioskDriver(config: w.config)
    SessionPrivacyTests.declare(&d)
    #expect(d.plain.contains("9 876,54"), "the amount was not taken: \(d.plain)")
    d.press(.char("5"), .char("2"))
    #expect(d.settle { if case .keptForStaff = $0.session.print { true } else { false } }, "not kept: \(d.plain)")
    guard case let .recorded(record) = d.app.session.attestation.state else {
      Issue.record("not recorded: \(d.plain)")
      return
    }
    #expect(d.plain.contains("Numéro de l'attestation : \(record.reference)"), "\(d.plain)")

    let journal = w.data.appendingPathComponent("attestations.sqlite")
    let rows = try AttestationJournal(file: journal).list()
    #expect(rows == [AttestationRecord(reference: record.reference, minute: "2026-11-23 10:30", kioskID: nil,
                                       purpose: .declaration, failure: .codeNotReceived)])
    #expect(record.reference.wholeMatch(of: /A-1123-[0-9]{4}/) != nil, "\(record.reference)")

    // The kept sheet is the attestation, without the typed answers.
    let sheets = Printer.keptSheets(directory: w.config.site.printFallbackDirectory)
    #expect(sheets.count == 1)
    let sheet = try Printer.keptSheet(try #require(sheets.first), directory: w.config.site.printFallbackDirectory,
                                      keyFile: w.config.site.devices.outboxKeyFile)
    #expect(sheet.contains(record.reference))
    #expect(!sheet.contains("876"))

    d.press(.char("-"), .char("1"))
    d.runner.finishVisit()
    let hits = PrivacyWorkspace.files(under: w.data, containing: SessionPrivacyTests.secrets)
    #expect(hits.isEmpty, "\(hits)")
  }
}
