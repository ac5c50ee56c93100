import Documents
import Foundation
import KioskUI
import Terminal
import WorkingDays
import Testing

/// Every screen, in French and in English, at 80×24, as text.
@Suite struct ScreenSnapshotTests {
  /// The keys that lead to each screen from a fresh session, after the
  /// language is chosen.
  static let journeys: [(name: String, keys: [Key])] = [
    ("home", []),
    ("calc-event", [Home.calculator]),
    ("calc-date", [Home.calculator, .char("1"), .enter]),
    ("calc-date-error", [Home.calculator, .char("1"), .enter] + "31/04/2026".map { .char($0) } + [.enter]),
    ("calc-result", [Home.calculator, .char("1"), .enter] + "18/12/2026".map { .char($0) } + [.enter]),
    ("calc-why", [Home.calculator, .char("1"), .enter] + "18/12/2026".map { .char($0) } + [.enter, .char("2")]),
    ("calc-todo", [Home.calculator, .char("1"), .enter] + "18/12/2026".map { .char($0) } + [.enter, .char("1")]),
    ("monthly", [Home.monthlyWindow]),
    ("person", [.char("*")]),
    ("help-home", [.char("?")]),
    ("end", [.char("-")]),
    ("risk-question", [Home.risk]),
    ("risk-check", JourneyScreenTests.riskAnswers),
    ("risk-list", JourneyScreenTests.riskAnswers + [.enter]),
    ("risk-detail", JourneyScreenTests.riskAnswers + [.enter, .char("2")]),
    ("sanctions", JourneyScreenTests.riskAnswers + [.enter, .char("6")]),
    ("monthly-intro", [Home.declare]),
    ("monthly-hours", [Home.declare, .char("1"), .char("1"), .char("1")]),
    ("monthly-summary", JourneyScreenTests.monthlyAnswers + [.enter]),
    ("documents", JourneyScreenTests.monthlyAnswers + [.enter, .char("1")]),
    ("checklists", [Home.appointment]),
    ("checklist-cannot-attend", [Home.appointment, .char("6"), .char(" ")]),
    ("glossary", [Home.glossary]),
  ]

  static let languages = [(1, "fr"), (2, "en")]
  static var names: [String] { journeys.map { $0.name } }
}

extension ScreenSnapshotTests {
  /// Every snapshot file belongs to a test: a leftover file (a screen
  /// renamed or removed) fails, so the folder never shows screens that no
  /// longer exist.
  @Test func `no snapshot file is left over`() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Snapshot.folder.path).filter { $0.hasSuffix(".txt") }
    let journeys = (Self.journeys.map(\.name) + Self.documentScreens.map(\.name)).flatMap { name in
      Self.languages.map { "\(name).\($0.1).txt" }
    }
    let others = ["start", "language", "idle-warning.fr", "too-small.fr", "out-of-service", "home-ascii.fr",
                  "mediator-stats-fr", "mediator-pin-fr", "mediator-consent-fr", "mediator-menu-fr",
                  "mediator-pin-en", "mediator-consent-en", "mediator-menu-en", "mediator-answers-fr",
                  "mediator-answers-en", "mediator-stats-en"].map { "\($0).txt" }
    let attestation = ["attestation-reason.fr", "attestation-reason.en", "attestation.fr", "attestation.en"].map { "\($0).txt" }
    let known = Set(journeys + others + attestation)
    for file in files.sorted() {
      #expect(known.contains(file), "Snapshots/\(file) belongs to no test: remove it, or add the test")
    }
  }

  @Test func `start screen`() {
    Snapshot.assert(Harness().frame, named: "start")
  }

  @Test func `language screen`() {
    var h = Harness()
    h.press(.enter)
    Snapshot.assert(h.frame, named: "language")
  }

  @Test(arguments: ScreenSnapshotTests.names)
  func `each screen in French and English`(_ name: String) {
    let keys = Self.journeys.first { $0.name == name }!.keys
    for (index, code) in Self.languages {
      var h = Harness()
      h.toHome(language: index)
      h.press(keys)
      Snapshot.assert(h.frame, named: "\(name).\(code)")
    }
  }

  @Test func `idle warning`() {
    var h = Harness()
    h.toHome()
    h.wait(95)
    Snapshot.assert(h.frame, named: "idle-warning.fr")
  }

  @Test func `too small and out of service`() {
    var h = Harness()
    h.size = Size(columns: 60, rows: 20)
    Snapshot.assert(h.frame, named: "too-small.fr")
    Snapshot.assert(SystemScreens.outOfService(Size(columns: 80, rows: 24)), named: "out-of-service")
  }

  @Test func `ASCII glyphs for the Linux console`() {
    var h = Harness(glyphs: .ascii)
    h.toHome()
    Snapshot.assert(h.frame, named: "home-ascii.fr")
    #expect(!h.text.contains("─"))
    #expect(h.text.contains("> 1  Préparer ma déclaration du mois"))
  }
}

/// The document screens, which need device results as well as keys.
extension ScreenSnapshotTests {
  static let documentScreens: [(name: String, steps: @Sendable (inout Harness) -> Void)] = [
    ("doc-type", { $0.press(Home.document) }),
    ("doc-visible", { $0.press(Home.document, .char("1")) }),
    ("doc-source", { $0.press(Home.document, .char("1"), .char("1")) }),
    ("doc-scan", { $0.press(DocumentJourneyTests.toScanner) }),
    ("doc-scan-jammed", { h in
      h.press(DocumentJourneyTests.toScanner + [.char("1")])
      h.answer(.scanned(DocumentJourneyTests.page()))
      h.press(.char("1"), .char("1"))
      h.answer(.scanFailed(.jammed))
    }),
    ("doc-page", { h in
      h.press(DocumentJourneyTests.toScanner + [.char("1")])
      h.answer(.scanned(DocumentJourneyTests.page()))
    }),
    ("doc-page-blank", { h in
      h.press(DocumentJourneyTests.toScanner + [.char("1")])
      h.answer(.scanned(DocumentJourneyTests.page([.blank(page: 1)])))
    }),
    ("doc-usb", { h in
      h.press(Home.document, .char("1"), .char("1"), .char("2"))
      h.answer(.usbListed([USBFile(path: "/media/k/fiche.pdf", name: "Documents/fiche.pdf", bytes: 182_000,
                                   modifiedSeconds: 1_795_000_000, day: CivilDate(iso: "2026-11-18")!)]))
    }),
    ("doc-file", { h in
      h.press(Home.document, .char("1"), .char("1"), .char("2"))
      h.answer(.usbListed([USBFile(path: "/media/k/a.pdf", name: "a.pdf", bytes: 1, modifiedSeconds: 0,
                                   day: CivilDate(iso: "2026-11-22")!)]))
      h.press(.char("1"))
      h.answer(.fileRead(.refused([.truncated])))
    }),
    ("doc-check", { h in
      h.press(DocumentJourneyTests.toScanner + [.char("1")])
      h.answer(.scanned(DocumentJourneyTests.page()))
      h.press(.char("2"))
    }),
    ("doc-receipt", { h in
      h.press(DocumentJourneyTests.toScanner + [.char("1")])
      h.answer(.scanned(DocumentJourneyTests.page()))
      h.press(.char("2"), .char("1"))
      h.answer(.submitted(.queued(reference: "D-1122-0042", pageCount: 1)))
    }),
  ]

  @Test(arguments: ScreenSnapshotTests.documentScreens.map { $0.name })
  func `each document screen in French and English`(_ name: String) {
    let steps = Self.documentScreens.first { $0.name == name }!.steps
    for (index, code) in Self.languages {
      var h = Harness()
      h.toHome(language: index)
      steps(&h)
      Snapshot.assert(h.frame, named: "\(name).\(code)")
    }
  }
}
