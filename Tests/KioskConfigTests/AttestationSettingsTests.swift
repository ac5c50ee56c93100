import Foundation
import KioskConfig
import Testing

/// The `attestations:` section of kiosk.yaml.
@Suite struct AttestationSettingsTests {
  @Test func `the bundled journal and retention; an absolute path and 1 to 120 months required`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let site = try ConfigLoader.load(directory: fixture.directory).site
    #expect(site.attestationJournal == "/var/lib/passerelle/attestations.sqlite")
    #expect(site.attestationRetentionMonths == 13)
    try fixture.replace("kiosk.yaml", "journal: \"/var/lib/passerelle/attestations.sqlite\"", with: "journal: \"a.sqlite\"")
    try fixture.replace("kiosk.yaml", "rows are kept, then deleted automatically.\n  retention_months: 13",
                        with: "rows are kept, then deleted automatically.\n  retention_months: 121")
    let found = fixture.diagnostics()
    #expect(found.contains { $0.key == "attestations.journal" && $0.message.contains("absolute path") })
    #expect(found.contains { $0.key == "attestations.retention_months" })
    #expect(!found.contains { $0.key.hasPrefix("statistics") })
  }
}
