import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import Journals
import Testing

/// `kiosk stats`, `kiosk pin`, `kiosk outbox sheet`: the staff commands of
/// mediator mode and privacy, run as the real binary.
@Suite struct StaffCLITests {
  static func event(_ journey: String, _ step: String, _ kind: FrictionEvent.Kind, language: String = "fr",
                    assisted: Bool = false) -> FrictionEvent {
    FrictionEvent(journey: journey, step: step, kind: kind, language: language, assisted: assisted)
  }

  /// A month of a busy kiosk: documents often stuck at the scan, the risk
  /// check often finished.
  static func seed(_ file: URL) throws {
    let journal = try FrictionJournal(file: file)
    try journal.add(event("document", "stats.step.doc_type", .entered), hour: "2026-10-05 10:00", count: 20)
    try journal.add(event("document", "stats.step.doc_type", .entered, language: "en", assisted: true),
                    hour: "2026-11-05 10:00", count: 5)
    try journal.add(event("document", "stats.step.doc_scan", .abandonedByTimeout), hour: "2026-11-05 11:00", count: 7)
    try journal.add(event("document", "stats.step.doc_scan", .validationError), hour: "2026-11-05 11:00", count: 4)
    try journal.add(event("document", "stats.step.doc_receipt", .completed), hour: "2026-11-06 14:00", count: 15)
    try journal.add(event("risk", "risk.s.benefit", .entered), hour: "2026-11-10 09:00", count: 10)
    try journal.add(event("risk", "stats.step.risk_list", .completed), hour: "2026-11-10 09:00", count: 9)
    try journal.add(event("risk", "risk.s.declared_closed", .validationError), hour: "2026-11-10 09:00", count: 2)
    try journal.add(event("risk", "risk.s.declared", .validationError), hour: "2026-11-10 09:00", count: 1)
    try journal.add(event("kiosk", "stats.step.home", .helpAsked), hour: "2026-11-10 09:00", count: 6)
    try journal.add(event("document", "stats.step.doc_scan", .personCalled), hour: "2026-11-05 11:00", count: 3)
  }
}

extension StaffCLITests {
  @Test func `kiosk stats reads a seeded journal in plain French`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    try Self.seed(w.statistics)
    let result = try w.run(["stats"])
    #expect(result.status == 0, "\(result.stderr)")
    let text = result.stdout.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    #expect(text.contains("Statistiques de la borne"))
    #expect(text.contains("Du lundi 5 octobre 2026 au mardi 10 novembre 2026."))
    #expect(text.contains("- Envoyer un document : 25 commencées, 15 finies (60 %). 7 arrêtées faute d'activité."), "\(text)")
    #expect(text.contains("- Est-ce que je risque d'être radié ? : 10 commencées, 9 finies (90 %)."), "\(text)")
    #expect(text.contains("- Envoyer un document, étape « Scanner une page » : 7 abandons, 4 réponses refusées."))
    #expect(text.contains("étape « Déclaration pour … faite »"), "a question's summary names the step: \(text)")
    // A question removed since (the journal is older than this version).
    #expect(text.contains("étape « une étape d'une version précédente »"), "\(text)")
    #expect(!text.contains("risk.s."))
    #expect(text.contains("L'aide a été ouverte 6 fois. Une personne a été demandée 3 fois."))
    #expect(text.contains("- 14 démarches sur 100 ont été faites avec un médiateur."))
    #expect(text.contains("Langues des démarches : fr 30, en 5."))
  }

  @Test func `kiosk stats --since counts from that day; --json for scripts`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    try Self.seed(w.statistics)
    let result = try w.run(["stats", "--since", "2026-11-01", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try #require(try result.json() as? [String: Any])
    let journeys = try #require(json["journeys"] as? [[String: Any]])
    let document = try #require(journeys.first { $0["journey"] as? String == "document" })
    #expect(document["started"] as? Int == 5)
    #expect(document["completed"] as? Int == 15)
    #expect(json["from"] as? String == "2026-11-05 10:00")
    #expect(try w.run(["stats", "--since", "2026-13-01"]).status == 2)
  }

  @Test func `kiosk stats without a journal says so`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let result = try w.run(["stats"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Pas encore de statistiques"))
  }

  @Test func `kiosk pin hash reads the PIN from standard input; pin check answers 0 or 1`() throws {
    let hashed = try KioskProcess.run(["pin", "hash", "--cost", "10"], stdin: "97531\n")
    #expect(hashed.status == 0, "\(hashed.stderr)")
    let line = hashed.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(line.hasPrefix("scrypt$ln=10,r=8,p=1$"))
    #expect(!line.contains("97531"))
    #expect(try KioskProcess.run(["pin", "check", line], stdin: "97531\n").status == 0)
    #expect(try KioskProcess.run(["pin", "check", line], stdin: "97532\n").status == 1)
    let weak = try KioskProcess.run(["pin", "hash"], stdin: "12\n")
    #expect(weak.status == 2)
    #expect(weak.stderr.contains("4 to 12 digits"))
  }

  @Test func `a sheet kept for staff is encrypted; kiosk outbox sheet prints it back`() throws {
    let w = try DocumentWorkspace()
    defer { w.remove() }
    let printer = Printer(queue: nil, fallbackDirectory: w.prints.path, keyFile: w.root.appendingPathComponent("outbox.key").path)
    printer.print(PrintSheet(title: "Vos dates", lines: ["Date limite : mardi 24 mars 2026"]))
    var status: PrintStatus?
    for _ in 0..<100 where status == nil {
      status = printer.take()
      usleep(10_000)
    }
    guard case let .keptForStaff(reference)? = status else { Issue.record("not kept: \(String(describing: status))"); return }
    let stored = try Data(contentsOf: w.prints.appendingPathComponent(reference + Printer.sealedSuffix))
    #expect(stored.range(of: Data("mardi 24 mars".utf8)) == nil, "the kept sheet is in plain text")
    let list = try w.run(["outbox", "sheet"])
    #expect(list.stdout.contains(reference))
    let shown = try w.run(["outbox", "sheet", reference])
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("Date limite : mardi 24 mars 2026"))
    let missing = try w.run(["outbox", "sheet", "P-0101-0000"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("no kept sheet P-0101-0000"))
  }
}

extension StaffCLITests {
  @Test func `the kiosk checks PINs by running itself as kiosk pin check`() throws {
    let hash = try KioskConfigHash.make("2468")
    let checker = PINChecker(helper: KioskProcess.binary)
    checker.check(.mediator, "2468", against: hash)
    checker.check(.staffExit, "2469", against: hash)
    var answers: [Event] = []
    for _ in 0..<500 where answers.count < 2 {
      if let event = checker.take() { answers.append(event) } else { usleep(10_000) }
    }
    #expect(answers.contains(.pinChecked(.mediator, true)))
    #expect(answers.contains(.pinChecked(.staffExit, false)))
  }
}

/// A cheap hash for tests (scrypt cost 2^10).
enum KioskConfigHash {
  static func make(_ pin: String) throws -> PINHash { try PINHash.make(pin: pin, logRounds: 10) }
}
