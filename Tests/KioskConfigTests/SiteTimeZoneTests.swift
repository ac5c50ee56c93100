import Foundation
import KioskConfig
import Testing
import WorkingDays

/// The kiosk's dates follow the site: overseas departments are not on Paris time.
@Suite struct SiteTimeZoneTests {
  @Test(arguments: [("75", "Europe/Paris"), ("57", "Europe/Paris"), ("2A", "Europe/Paris"),
                    ("971", "America/Guadeloupe"), ("972", "America/Martinique"), ("973", "America/Cayenne"),
                    ("974", "Indian/Reunion"), ("976", "Indian/Mayotte")])
  func `each department has its zone`(code: String, zone: String) throws {
    #expect(SiteTimeZone.of(try Department(code: code)) == zone)
  }

  @Test func `the zone follows site.department unless site.time_zone overrides it`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    #expect(try ConfigLoader.load(directory: fixture.directory).site.timeZone == "Europe/Paris")
    try fixture.replace("kiosk.yaml", "  department: \"75\"", with: "  department: \"974\"")
    #expect(try ConfigLoader.load(directory: fixture.directory).site.timeZone == "Indian/Reunion")
    try fixture.replace("kiosk.yaml", "  # time_zone: \"America/Cayenne\"", with: "  time_zone: \"Europe/Paris\"")
    #expect(try ConfigLoader.load(directory: fixture.directory).site.timeZone == "Europe/Paris")
  }

  @Test(arguments: ["Mars/Olympus", "../../etc/passwd", "/etc/localtime"])
  func `an unknown zone names the file, the line and the key`(zone: String) throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  # time_zone: \"America/Cayenne\"", with: "  time_zone: \"\(zone)\"")
    let line = try fixture.line(of: "  time_zone: \"\(zone)\"", in: "kiosk.yaml")
    let found = fixture.diagnostics().filter { $0.key == "site.time_zone" }
    #expect(found.count == 1)
    #expect(found.first?.file == "kiosk.yaml" && found.first?.line == line, "\(found)")
    #expect(found.first?.message.contains("unknown time zone") == true)
  }
}
