import Foundation
import Obligations
import Testing

/// Risk-check scenarios as readable fixtures: `Fixtures/<name>.json` is the
/// situation (with its "today"), `Fixtures/<name>.expected` lists the risks
/// one per line: status, rule, due date, working and calendar days left.
@Suite struct RiskScenarioTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  static var names: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
      .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }

  /// The assessment in the fixture format.
  static func render(_ assessment: RiskAssessment) -> String {
    func line(_ risk: Risk) -> String {
      "\(risk.status.rawValue) \(risk.rule.id) \(risk.deadline.due.iso) \(risk.workingDaysLeft)wd \(risk.calendarDaysLeft)d"
    }
    var out = assessment.noRiskFound ? ["no risk found"] : assessment.risks.map(line)
    out += assessment.upcoming.map { "later: " + line($0) }
    return out.joined(separator: "\n")
  }
}

extension RiskScenarioTests {
  @Test func `there are scenarios to run`() {
    #expect(Self.names.count >= 10)
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

  @Test func `the check is deterministic given today`() throws {
    var situation = Situation(department: "75")
    situation.trainingEnd = d("2026-11-20")
    let assessor = RiskAssessor(ruleBook: BundledConfig.shared.ruleBook)
    let a = try assessor.assess(situation, today: d("2026-11-22"))
    let b = try assessor.assess(situation, today: d("2026-11-22"))
    #expect(a == b)
    #expect(try assessor.assess(situation, today: d("2026-11-30")).risks.first?.status == .overdue)
  }

  @Test func `bad input is refused with a reason`() {
    let assessor = RiskAssessor(ruleBook: BundledConfig.shared.ruleBook)
    var situation = Situation(department: "99")
    #expect(throws: RiskCheckError.self) { try assessor.assess(situation, today: d("2026-11-22")) }
    situation = Situation(department: "75")
    situation.lastDeclaredMonth = "octobre"
    #expect(throws: RiskCheckError.badMonth("octobre")) { try assessor.assess(situation, today: d("2026-11-22")) }
  }
}
