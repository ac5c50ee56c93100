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
    #expect(object["at_risk"] as? Bool == true)
    let risks = try #require(object["risks"] as? [[String: Any]])
    // One item for the training's end: report it by today (72 hours), and
    // its notes give the re-registration date.
    #expect(risks.map { $0["rule"] as? String } == ["change-of-situation"])
    #expect(risks.first?["status"] as? String == "today")
    let notes = (risks.first?["notes"] as? [String])?.joined(separator: " ") ?? ""
    #expect(notes.contains("vendredi 27 novembre 2026"))
    // Documented keys are present even when empty.
    #expect(risks.first?.keys.contains("source_url") == true)
    #expect(object.keys.contains("counts") && object.keys.contains("explanations"))
  }

  @Test func `risks on 29 November report October missed and November open`() throws {
    let file = try KioskProcess.file(#"{"department":"75","last_declared_month":"2026-09"}"#)
    let result = try KioskProcess.run(["risks", "--situation", file.path, "--json"])  // today pinned: 2026-11-29
    #expect(result.status == 0)
    let object = try #require(try result.json() as? [String: Any])
    #expect(object["today"] as? String == "2026-11-29")
    let risks = try #require(object["risks"] as? [[String: Any]])
    #expect(risks.map { $0["status"] as? String } == ["overdue", "to_do"])
    #expect(risks.map { $0["due"] as? String } == ["2026-11-15", "2026-12-15"])
    #expect((object["answer"] as? String)?.hasPrefix("Oui") == true)
  }

  @Test func `risks in plain French reassure when nothing is at risk`() throws {
    let file = try KioskProcess.file(#"{"department":"75","last_declared_month":"2026-10"}"#)
    let result = try KioskProcess.run(["risks", "--situation", file.path, "--today", "2026-11-22"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Non, rien n'est en danger pour le moment."))
  }

  @Test func `rules lists the rules in force with their sources`() throws {
    let result = try KioskProcess.run(["rules", "--json", "--date", "2026-11-22"])
    #expect(result.status == 0)
    let rows = try #require(try result.json() as? [[String: Any]])
    #expect(rows.count == 17)
    #expect(rows.allSatisfy { ($0["source"] as? String)?.isEmpty == false })
    #expect(rows.allSatisfy { $0.keys.contains("effective_until") && $0.keys.contains("source_url") })
    #expect(rows.first { $0["id"] as? String == "training-end" }?["confidence"] as? String == "L")
  }

  @Test func `rules in force on 29 November 2026 include the review's new rules with sources`() throws {
    let result = try KioskProcess.run(["rules", "--json"])  // today pinned: 2026-11-29
    let rows = try #require(try result.json() as? [[String: Any]])
    let ids = Set(rows.compactMap { $0["id"] as? String })
    for id in ["engagement-contract", "weekly-activity", "no-reregistration-while-radiated", "control-questionnaire",
               "residence-permit-end", "work-over-78-hours", "refused-job-offers", "contest-overpayment"] {
      #expect(ids.contains(id), "\(id)")
    }
    let weekly = rows.first { $0["id"] as? String == "weekly-activity" }
    #expect(weekly?["unit"] as? String == "none")
    #expect(weekly?["confidence"] as? String == "M")
    let sick = rows.first { $0["id"] as? String == "sick-leave-cpam" }
    #expect(sick?["count"] as? Int == 2 && sick?["unit"] as? String == "calendar_days")
  }

  @Test func `PASSERELLE_TODAY pins the day commands use, and a malformed one is refused`() throws {
    let file = try KioskProcess.file(#"{"department":"75"}"#)
    let pinned = try KioskProcess.run(["risks", "--situation", file.path, "--json"], environment: ["PASSERELLE_TODAY": "2019-03-04"])
    #expect((try pinned.json() as? [String: Any])?["today"] as? String == "2019-03-04")
    for bad in ["2026-02-30", "29/11/2026", "tomorrow"] {
      let result = try KioskProcess.run(["rules"], environment: ["PASSERELLE_TODAY": bad])
      #expect(result.status == 2)
      #expect(result.stderr.contains("PASSERELLE_TODAY=\"\(bad)\" is not a real date"))
      #expect(result.stderr.split(separator: "\n").count == 1)
    }
  }

  @Test(arguments: [
    (["deadline", "training-end", "--date", "2026-02-31", "--department", "75"], "day 31 does not exist"),
    (["deadline", "training-end", "--date", "31/02/2026", "--department", "75"], "day 31 does not exist"),
    (["holidays", "--year", "2026", "--department", "99"], "unknown department \"99\""),
    (["deadline", "no-such-rule", "--date", "2026-02-11"], "unknown rule \"no-such-rule\""),
    (["holidays", "--year", "1800", "--department", "75"], "out of range"),
    (["risks", "--situation", "/nonexistent.json"], "cannot be read"),
    (["deadline", "weekly-activity", "--date", "2026-11-02"], "sets no deadline"),
  ])
  func `bad input exits 2 with one clear line`(_ arguments: [String], _ expected: String) throws {
    let result = try KioskProcess.run(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(expected))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test(arguments: [
    (#"{"department":"75","last_declared_month":"2026-12"}"#, "last_declared_month \"2026-12\" cannot be declared yet on 2026-11-29: expected 2026-11 or earlier"),
    (#"{"department":"75","absence":{"start":"2026-11-20","days":-3}}"#, "key \"absence.days\": -3 is negative"),
    (#"{"department":"75","job_offers_refused":-1}"#, "key \"job_offers_refused\": -1 is negative"),
    (#"{"department":"75","benefit":"chomage"}"#, "key \"benefit\": \"chomage\" is not one of \"allowance\", \"rsa\", \"none\""),
    (#"{"department":"75","decisions":[{"date":"2026-11-02","kind":"amende"}]}"#, "is not one of"),
    (#"{"department":"75","work_over_78_hours_month":"novembre"}"#, "work_over_78_hours_month \"novembre\" is not a month"),
  ])
  func `a situation that cannot be true exits 2 naming the key`(_ json: String, _ expected: String) throws {
    let file = try KioskProcess.file(json)
    let result = try KioskProcess.run(["risks", "--situation", file.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains(expected), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func `an event older than 2022 or 2025 uses the rule in force then, not an exit 2`() throws {
    let file = try KioskProcess.file(
      #"{"department":"75","today":"2021-07-15","absence":{"start":"2021-07-10","days":10},"decisions":[{"date":"2021-06-01"}]}"#)
    let result = try KioskProcess.run(["risks", "--situation", file.path, "--json"])
    #expect(result.status == 0, "\(result.stderr)")
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
