import Foundation
import KioskConfig
import PINHashing
import Testing

/// PINs are kept as salted scrypt hashes (swift-crypto).
@Suite struct PINHashTests {
  @Test func `a hash verifies its PIN only, and two hashes of one PIN differ (salt)`() throws {
    let a = try PINHash.make(pin: "2468", logRounds: 10)
    let b = try PINHash.make(pin: "2468", logRounds: 10)
    #expect(a.verify("2468"))
    #expect(!a.verify("2469"))
    #expect(!a.verify("24680"))
    #expect(!a.verify(""))
    #expect(a.description != b.description)
    #expect(a.salt != b.salt)
    #expect(!a.description.contains("2468"))
  }

  @Test func `the line round-trips and keeps its cost`() throws {
    let made = try PINHash.make(pin: "13579", logRounds: 11)
    let line = made.description
    #expect(line.hasPrefix("scrypt$ln=11,r=8,p=1$"))
    let parsed = try PINHash(parsing: line)
    #expect(parsed == made)
    #expect(parsed.verify("13579"))
  }

  @Test func `the bundled demonstration hashes are real scrypt lines at full cost`() throws {
    let yaml = try String(contentsOf: ConfigFixture.bundled.appendingPathComponent("kiosk.yaml"), encoding: .utf8)
    let lines = yaml.split(separator: "\n").filter { $0.contains("_hash:") }
    #expect(lines.count == 2)
    for line in lines {
      let value = line.split(separator: "\"")[1]
      let hash = try PINHash(parsing: String(value))
      #expect(hash.logRounds >= 15)
      #expect(hash.salt.count == 16)
    }
  }

  @Test func `weak PINs and broken lines are refused with a reason`() {
    #expect(throws: PINHash.Problem.weakPIN) { try PINHash.make(pin: "12", logRounds: 10) }
    #expect(throws: PINHash.Problem.weakPIN) { try PINHash.make(pin: "12a4", logRounds: 10) }
    for broken in ["4711", "scrypt$ln=15$AAAA$BBBB", "md5$ln=15,r=8,p=1$AAAAAAAAAAA=$BBBB", "scrypt$ln=99,r=8,p=1$AAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA==",
                   "scrypt$ln=15,r=8,p=1$not base64!$AAAA"] {
      #expect(throws: PINHash.Problem.malformed) { try PINHash(parsing: broken) }
    }
  }
}

extension ConfigLoaderTests {
  @Test func `a plain staff code is refused and says to hash it`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  exit_code_hash:", with: "  exit_code: \"4711\"\n  old_hash:")
    let found = fixture.diagnostics()
    #expect(found.contains { $0.key == "staff.exit_code" && $0.message.contains("kiosk pin hash") })
  }

  @Test func `a broken PIN hash names the key and the expected form`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  pin_hash: \"scrypt$", with: "  pin_hash: \"sha1$")
    let found = fixture.diagnostics()
    #expect(found.contains { $0.key == "mediator.pin_hash" && $0.message.contains("kiosk pin hash") })
  }

  @Test func `statistics: retention in months within 1 to 120, an absolute journal path`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    #expect(try ConfigLoader.load(directory: fixture.directory).site.statisticsRetentionMonths == 13)
    try fixture.replace("kiosk.yaml", "retention_months: 13", with: "retention_months: 0")
    try fixture.replace("kiosk.yaml", "journal: \"/var/lib/passerelle/stats.sqlite\"", with: "journal: \"stats.sqlite\"")
    let found = fixture.diagnostics()
    #expect(found.contains { $0.key == "statistics.retention_months" })
    #expect(found.contains { $0.key == "statistics.journal" && $0.message.contains("absolute path") })
  }

  @Test func `without a mediator section there is no mediator mode`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let text = try fixture.read("kiosk.yaml")
    let start = try #require(text.range(of: "\nmediator:"))
    let end = try #require(text.range(of: "\nstatistics:"))
    try fixture.write("kiosk.yaml", text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: "\n"))
    #expect(try ConfigLoader.load(directory: fixture.directory).site.mediatorPINHash == nil)
  }
}
