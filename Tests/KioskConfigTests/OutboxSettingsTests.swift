import Foundation
import KioskConfig
import Testing

/// `outbox.kiosk_id`: optional, short, and a wrong one says how to write it.
@Suite struct OutboxSettingsTests {
  @Test func `without a kiosk id references carry none; with one it is read as written`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    #expect(try ConfigLoader.load(directory: fixture.directory).site.devices.kioskID == nil)
    try fixture.replace("kiosk.yaml", "  # kiosk_id: \"B\"", with: "  kiosk_id: \"B2\"")
    #expect(try ConfigLoader.load(directory: fixture.directory).site.devices.kioskID == "B2")
  }

  @Test(arguments: [("b", "1 to 3 capital letters or digits"), ("ABCD", "1 to 3 capital letters or digits"),
                    ("A-1", "1 to 3 capital letters or digits"), ("\"\"", "expected text")])
  func `a wrong kiosk id names the file, the line and the key, and says how to write it`(id: String, says: String) throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  # kiosk_id: \"B\"", with: "  kiosk_id: \(id)")
    let line = try fixture.line(of: "  kiosk_id: \(id)", in: "kiosk.yaml")
    let found = fixture.diagnostics().filter { $0.key == "outbox.kiosk_id" }
    #expect(found.count == 1)
    #expect(found.first?.file == "kiosk.yaml" && found.first?.line == line, "\(found)")
    #expect(found.first?.message.contains(says) == true, "\(found)")
  }
}
