import Foundation
import Obligations
import Testing

/// Risk-check scenarios as readable fixtures: `Fixtures/<name>.json` is the
/// situation (with its "today"), `Fixtures/<name>.expected` lists the risks
/// one per line: status, rule, due date, working and calendar days left (and,
/// for a training's end, the re-registration rule and date it carries).
@Suite struct RiskScenarioTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static var names: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// The assessment in the fixture format.
  static func render(_ assessment: RiskAssessment) -> String {
    func line(_ risk: Risk) -> String {
      var text = "\(risk.status.rawValue) \(risk.rule.id) \(risk.deadline.due.iso) \(risk.workingDaysLeft)wd \(risk.calendarDaysLeft)d"
      if case let .trainingEnd(reRegisterBy, rule) = risk.subject { text += ", \(rule.id) \(reRegisterBy.iso)" }
      return text
    }
    var out = assessment.noRiskFound ? ["no risk found"] : assessment.risks.map(line)
    out += assessment.upcoming.map { "later: " + line($0) }
    out += assessment.explanations.map { "info: " + $0.rule.id }
    return out.joined(separator: "\n")
  }
}

extension RiskScenarioTests {
  @Test func `there are scenarios to run`() {
    #expect(Self.names.count >= 19)
  }

  @Test(arguments: RiskScenarioTests.names)
  func `scenario`(_ name: String) throws {
    let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("\(name).json"))
    let situation = try JSONDecoder().decode(Situation.self, from: data)
    let expectedText = try String(contentsOf: Self.fixtures.appendingPathComponent("\(name).expected"), encoding: .utf8)
    let expected = expectedText.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n")
    let config = BundledConfig.shared
    let assessment = try RiskAssessor(ruleBook: config.ruleBook, thresholds: config.site.thresholds)
      .assess(situation, today: try #require(situation.today))
    #expect(Self.render(assessment) == expected, "scenario \(name)")
  }

  @Test func `bad input is refused with a reason`() {
    let assessor = RiskAssessor(ruleBook: BundledConfig.shared.ruleBook)
    var situation = Situation(department: "99")
    #expect(throws: RiskCheckError.self) { try assessor.assess(situation, today: d("2026-11-22")) }
    situation = Situation(department: "75")
    situation.lastDeclaredMonth = "octobre"
    #expect(throws: RiskCheckError.badMonth(key: "last_declared_month", "octobre")) {
      try assessor.assess(situation, today: d("2026-11-22"))
    }
    // November's window opens on the 28th: on the 22nd it cannot have been
    // declared yet.
    situation.lastDeclaredMonth = "2026-11"
    #expect(throws: RiskCheckError.futureMonth("2026-11", today: d("2026-11-22"), latest: YearMonth(iso: "2026-10")!)) {
      try assessor.assess(situation, today: d("2026-11-22"))
    }
    #expect(throws: Never.self) { try assessor.assess(situation, today: d("2026-11-28")) }
  }
}
