import Foundation
import KioskConfig
import Testing

@Suite struct ConfigLoaderTests {}

extension ConfigLoaderTests {
  @Test func `the bundled configuration loads with every rule the risk check needs`() throws {
    let config = try ConfigLoader.load(directory: ConfigFixture.bundled)
    #expect(config.site.department.code == "75")
    #expect(config.site.languages == ["fr", "en", "es", "pt", "ro", "tr", "uk", "ar"])
    #expect(config.ruleBook.ruleIDs.count == 17)  // 9 before the November 2026 review, 8 added
    #expect(config.ruleBook.sanctionScales.count == 2)
    #expect(config.site.idleCountdownSeconds >= 20)
  }

  @Test func `a wrong value names the file, the line and the key`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("rules/obligations.yaml", "    count: 5\n", with: "    count: cinq\n")
    let line = try fixture.line(of: "count: cinq", in: "rules/obligations.yaml")
    let found = fixture.diagnostics()
    let problem = try #require(found.first { $0.key.hasSuffix(".count") })
    #expect(problem.file == "rules/obligations.yaml")
    #expect(problem.line == line)
    #expect(problem.key == "rules[1].count")
    #expect(problem.message.contains("whole number"))
    #expect(problem.description.hasPrefix("rules/obligations.yaml:\(line): rules[1].count:"))
  }

  @Test func `a YAML syntax error gives the line`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  warning_seconds: 90", with: "  warning_seconds: [90")
    let found = fixture.diagnostics()
    let problem = try #require(found.first)
    #expect(problem.file == "kiosk.yaml")
    #expect(problem.line != nil)
    #expect(problem.message.contains("YAML syntax"))
  }

  @Test func `a typo in a key is not silently ignored`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  department: \"75\"", with: "  departement: \"75\"")
    let keys = fixture.diagnostics().map(\.key)
    #expect(keys.contains("site.departement"))
    #expect(keys.contains("site.department"))
  }

  @Test func `an unknown department is refused with the expected form`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  department: \"75\"", with: "  department: \"99\"")
    let problem = try #require(fixture.diagnostics().first { $0.key == "site.department" })
    #expect(problem.message.contains("unknown department"))
    #expect(problem.line == (try fixture.line(of: "department: \"99\"", in: "kiosk.yaml")))
  }

  @Test func `a text missing in one language is reported for that language`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let en = try fixture.read("content/en.yaml")
    let kept = en.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("rule.training-end.title:") }.joined(separator: "\n")
    try fixture.write("content/en.yaml", kept)
    let found = fixture.diagnostics().filter { $0.key == "rule.training-end.title" }
    #expect(found.contains { $0.file == "content/en.yaml" && $0.message.contains("a rule uses this key") })
    #expect(found.contains { $0.file == "content/en.yaml" && $0.message.contains("content/fr.yaml has this key") })
  }

  @Test func `placeholders must match across languages`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("content/en.yaml", "\"Last day: {due}.\"", with: "\"Last day: {date}.\"")
    #expect(fixture.diagnostics().contains { $0.key == "deadline.due" && $0.message.contains("placeholders") })
  }

  @Test func `a rule the risk check needs cannot be deleted`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("rules/obligations.yaml", "  - id: sick-leave-cpam", with: "  - id: sick-leave")
    #expect(fixture.diagnostics().contains { $0.message.contains("no rule with id \"sick-leave-cpam\"") })
  }

  @Test func `two versions of a rule in force at once are refused`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("rules/obligations.yaml", "    effective_until: 2025-05-31\n", with: "")
    #expect(fixture.diagnostics().contains { $0.key == "rules.missed-appointment" })
  }

  @Test func `an impossible date and a window closing before it opens are refused`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("rules/declaration-calendar.yaml", "closes: 2026-12-15", with: "closes: 2026-11-01")
    try fixture.replace("rules/obligations.yaml", "effective_from: 2022-04-01", with: "effective_from: 2022-02-30")
    let found = fixture.diagnostics()
    #expect(found.contains { $0.file == "rules/declaration-calendar.yaml" && $0.key.hasSuffix(".closes") })
    #expect(found.contains { $0.key.hasSuffix(".effective_from") && $0.message.contains("YYYY-MM-DD") })
  }

  @Test func `an idle countdown under 20 seconds is a warning, under 2 an error`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "countdown_seconds: 60", with: "countdown_seconds: 5")
    let loaded = try ConfigLoader.load(directory: fixture.directory)
    #expect(loaded.warnings.contains { $0.key == "idle.countdown_seconds" && $0.description.contains("warning: ") })
    try fixture.replace("kiosk.yaml", "countdown_seconds: 5", with: "countdown_seconds: 1")
    #expect(fixture.diagnostics().contains { $0.key == "idle.countdown_seconds" && $0.severity == .error })
  }

  @Test func `a missing folder says what to give`() {
    let missing = URL(fileURLWithPath: "/nonexistent/kiosk-config")
    #expect(throws: ConfigError.self) { try ConfigLoader.load(directory: missing) }
  }
}
