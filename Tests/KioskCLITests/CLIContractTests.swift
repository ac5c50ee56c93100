import Foundation
import Testing

/// The CLI is a stable contract other tools rely on: these tests run the
/// real binary and check its JSON, its plain French and its exit codes.
@Suite struct CLIContractTests {}

extension CLIContractTests {
  @Test func `holidays as JSON: an array of date and name`() throws {
    let result = try KioskProcess.run(["holidays", "--year", "2026", "--department", "57", "--json"])
    #expect(result.status == 0)
    let rows = try #require(try result.json() as? [[String: String]])
    #expect(rows.count == 13)
    #expect(rows.contains(["date": "2026-04-03", "name": "Vendredi saint"]))
    #expect(rows.allSatisfy { Set($0.keys) == ["date", "name"] })
  }

  @Test func `holidays in plain French write dates in full`() throws {
    let result = try KioskProcess.run(["holidays", "--year", "2026", "--department", "75"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("vendredi 25 décembre 2026"))
  }

  @Test func `deadline as JSON carries the trace, the source and an explanation`() throws {
    let result = try KioskProcess.run(["deadline", "training-end", "--date", "2026-12-18", "--department", "75", "--json"])
    #expect(result.status == 0)
    let object = try #require(try result.json() as? [String: Any])
    #expect(object["rule"] as? String == "training-end")
    #expect(object["from"] as? String == "2026-12-18")
    #expect(object["due"] as? String == "2026-12-28")
    #expect(object["unit"] as? String == "working_days")
    #expect(object["count"] as? Int == 5)
    #expect((object["source"] as? String)?.isEmpty == false)
    #expect((object["explanation"] as? String)?.contains("lundi 28 décembre 2026") == true)
    let days = try #require(object["days"] as? [[String: Any]])
    #expect(days.filter { $0["counted"] as? Bool == true }.count == 5)
    let christmas = try #require(days.first { $0["date"] as? String == "2026-12-25" })
    #expect(christmas["counted"] as? Bool == false)
    #expect(christmas["reason"] as? String == "holiday")
  }

  @Test func `deadline in plain French can be read aloud`() throws {
    let result = try KioskProcess.run(["deadline", "training-end", "--date", "2026-12-18", "--department", "75"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Date limite\u{00A0}: lundi 28 décembre 2026."))
    #expect(result.stdout.contains("jour férié (Noël)"))
  }

  @Test func `risks as JSON rank what is at risk`() throws {
    let file = try KioskProcess.file(#"{"department":"75","last_declared_month":"2026-10","training_end":"2026-11-20"}"#)
    let result = try KioskProcess.run(["risks", "--situation", file.path, "--today", "2026-11-22", "--json"])
    #expect(result.status == 0)
    let object = try #require(try result.json() as? [String: Any])
    #expect(object["no_risk_found"] as? Bool == false)
    let risks = try #require(object["risks"] as? [[String: Any]])
    #expect(risks.map { $0["rule"] as? String } == ["change-of-situation", "training-end"])
    #expect(risks.first?["status"] as? String == "today")
    #expect(risks.last?["due"] as? String == "2026-11-27")
  }

  @Test func `risks in plain French reassure when nothing is at risk`() throws {
    let file = try KioskProcess.file(#"{"department":"75","last_declared_month":"2026-10"}"#)
    let result = try KioskProcess.run(["risks", "--situation", file.path, "--today", "2026-11-22"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Vous n'avez pas de date limite proche."))
  }

  @Test func `rules lists the rules in force with their sources`() throws {
    let result = try KioskProcess.run(["rules", "--json", "--date", "2026-11-22"])
    #expect(result.status == 0)
    let rows = try #require(try result.json() as? [[String: Any]])
    #expect(rows.count == 9)
    #expect(rows.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
    #expect(rows.first { $0["id"] as? String == "training-end" }?["confidence"] as? String == "L")
  }

  @Test(arguments: [
    (["deadline", "training-end", "--date", "2026-02-31", "--department", "75"], "day 31 does not exist"),
    (["deadline", "training-end", "--date", "31/02/2026", "--department", "75"], "day 31 does not exist"),
    (["holidays", "--year", "2026", "--department", "99"], "unknown department \"99\""),
    (["deadline", "no-such-rule", "--date", "2026-02-11"], "unknown rule \"no-such-rule\""),
    (["holidays", "--year", "1800", "--department", "75"], "out of range"),
    (["risks", "--situation", "/nonexistent.json"], "cannot be read"),
  ])
  func `bad input exits 2 with one clear line`(_ arguments: [String], _ expected: String) throws {
    let result = try KioskProcess.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(expected))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func `a malformed situation file names the key`() throws {
    let bad = try KioskProcess.file(#"{"department":"75","training_end":"2026-02-30"}"#)
    let result = try KioskProcess.run(["risks", "--situation", bad.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("training_end"))
    let notJSON = try KioskProcess.file("{department: 75")
    #expect(try KioskProcess.run(["risks", "--situation", notJSON.path]).stderr.contains("not valid JSON"))
  }

  @Test func `a broken rules file names the file, the line and the key`() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosk-cli-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: KioskProcess.repository.appendingPathComponent("kiosk-config"), to: folder)
    defer { try? FileManager.default.removeItem(at: folder) }
    let rules = folder.appendingPathComponent("rules/obligations.yaml")
    let text = try String(contentsOf: rules, encoding: .utf8)
    try text.replacingOccurrences(of: "    unit: working_days\n", with: "    unit: weekdays\n")
      .write(to: rules, atomically: true, encoding: .utf8)
    let result = try KioskProcess.run(["deadline", "training-end", "--date", "2026-12-18", "--config", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("rules/obligations.yaml:"))
    #expect(result.stderr.contains("rules[1].unit"))
    let check = try KioskProcess.run(["config", "check", folder.path])
    #expect(check.status == 2)
    #expect(check.stdout.contains("expected one of working_days"))
  }

  @Test func `config check passes on the bundled configuration`() throws {
    let result = try KioskProcess.run(["config", "check", "kiosk-config"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("OK"))
  }
}
