import Documents
import Journals
import Foundation
import KioskRuntime
import KioskUI
import Terminal
import TestSupport
import Testing

/// Full visits with a distinctive fake identity, through the app and the
/// real effect runner. Afterwards nothing of it may be found in a log
/// line, in the kiosk's folders or in new temporary files — except inside
/// the encrypted outbox, where a plain search cannot find it either.
@Suite(.serialized) struct SessionPrivacyTests {
  /// What the fake claimant typed or brought: a pay amount, a date, the
  /// name in a file name on the stick.
  /// "876,54" matches every grouping of the thousands (space, no-break
  /// space, none).
  static let secrets = ["876,54", "876.54", "87654", "17/03/2026", "2026-03-17", "17 mars 2026", "17\u{00A0}mars", "ZORGLUB",
                        "Marcelline"]
  static let stickFile = "Bulletin-ZORGLUB-Marcelline.png"
  static let mediatorPIN = "2468"

  static func key(_ c: Character) -> Key { .char(c) }

  /// Start → French → the monthly declaration with the fake pay → print.
  static func declare(_ d: inout KioskDriver) {
    d.press(.enter, Self.key("1"), Self.key("1"), Self.key("1"), Self.key("1"), Self.key("1"))
    d.type("35")
    d.press(.enter)
    d.type("9876,54")
    d.press(.enter)
    if d.plain.contains("Vous avez tapé") { d.press(Self.key("1")) }  // yes, that much
    d.press(Self.key("2"), Self.key("2"), Self.key("2"), Self.key("2"), Self.key("2"), .enter)
  }
}

extension SessionPrivacyTests {
  @Test func `full visits leave nothing of the claimant in logs, folders or temporary files`() throws {
    let logs = LogCapture.shared
    let started = Date().addingTimeInterval(-1)
    let w = try PrivacyWorkspace()
    defer { w.remove() }
    try Data(PNGFixture.encode(SyntheticPage.textPage(dpi: 150, seed: 7).image))
      .write(to: w.stick.appendingPathComponent(Self.stickFile))
    var d = KioskDriver(config: w.config)

    // Visit 1: the monthly declaration with a pay amount, printed (no
    // printer: the sheet is kept, encrypted), then ended.
    Self.declare(&d)
    #expect(d.plain.contains("9 876,54"), "the amount was not taken: \(d.plain)")
    d.press(Self.key("3"))
    #expect(d.settle { if case .keptForStaff = $0.session.print { true } else { false } }, "no kept sheet: \(d.plain)")

    // The mediator joins: PIN, consent, overview, handout, end of visit.
    d.press(Self.key("/"))
    d.type(Self.mediatorPIN)
    d.press(.enter)
    #expect(d.settle(seconds: 10) { $0.session.route == .mediatorConsent }, "\(d.plain)")
    d.press(Self.key("1"))
    #expect(d.plain.contains("MÉDIATEUR"))
    d.press(Self.key("1"))
    #expect(d.plain.contains("9 876,54"), "the overview lacks the answers: \(d.plain)")
    d.press(.escape, Self.key("8"), Self.key("1"))
    // No printer: the handout is kept, its reference shown until a key.
    #expect(d.settle { if case .keptForStaff = $0.session.print { true } else { false } }, "handout not kept: \(d.plain)")
    #expect(d.plain.contains("Donnez ce numéro à l'accueil : P-"), "\(d.plain)")
    #expect(d.wipedScreens == 0)
    d.press(.enter)
    #expect(d.wipedScreens == 1)
    #expect(d.settle(seconds: 5) { _ in Printer.keptSheets(directory: w.config.site.printFallbackDirectory).count == 2 })

    // Visit 2: the calculator with a date, then walking away mid-way.
    d.press(.enter, Self.key("1"), Self.key("6"), Self.key("1"), .enter)
    d.type("17/03/2026")
    d.press(.enter)
    #expect(d.plain.contains("mardi 24 mars 2026"), "\(d.plain)")
    d.press(.escape, .escape)
    d.idle(Double(w.config.site.idleWarningSeconds + w.config.site.idleCountdownSeconds + 5))
    #expect(d.wipedScreens == 2)
    #expect(d.app.session.route == .start)

    // Visit 3: a payslip from a USB stick whose file name carries the name.
    d.press(.enter, Self.key("1"), Self.key("3"), Self.key("1"), Self.key("1"), Self.key("1"))
    #expect(d.settle(seconds: 10) { $0.session.document.usbFiles?.count == 1 }, "\(d.plain)")
    d.press(Self.key("1"))
    d.settle(seconds: 20) { $0.session.document.busy == nil && !$0.session.document.pages.isEmpty }
    #expect(d.plain.contains("LISIBLE"), "\(d.plain)")
    d.press(Self.key("2"), Self.key("1"))
    #expect(d.settle(seconds: 30) { $0.session.document.receipt != nil }, "no receipt: \(d.plain)")
    let reference = try #require(d.app.session.document.receipt?.reference)
    d.press(Self.key("-"), Self.key("1"))
    #expect(d.wipedScreens == 3)
    #expect(d.app.session.route == .start)

    // Everything handed to the statistics is written before the search.
    d.runner.statistics.flush()

    // The document waits in the outbox (the share is down), encrypted.
    let sealed = try FileManager.default.contentsOfDirectory(atPath: w.data.appendingPathComponent("outbox/files").path)
    #expect(sealed.count == 1)
    // The session folder is empty: the stick's page is gone.
    let session = (try? FileManager.default.contentsOfDirectory(atPath: w.data.appendingPathComponent("session").path)) ?? []
    #expect(session.isEmpty, "left in the session folder: \(session)")
    // The kept sheets hold the amount, but only encrypted: opened with the
    // key they show it, so a plain search below would find it if it leaked.
    let sheets = Printer.keptSheets(directory: w.config.site.printFallbackDirectory)
    let opened = try sheets.map {
      try Printer.keptSheet($0, directory: w.config.site.printFallbackDirectory, keyFile: w.config.site.devices.outboxKeyFile)
    }
    #expect(opened.contains { $0.contains("9\u{00A0}876,54") || $0.contains("9 876,54") }, "\(opened)")

    // Logs: lines were written (the delivery failure at least), none with
    // the claimant's answers or file names.
    let lines = logs.all
    #expect(lines.contains { $0.contains("delivery") || $0.contains("outbox") }, "\(lines)")
    for line in lines {
      for secret in Self.secrets { #expect(!line.contains(secret), "a log line holds \(secret): \(line)") }
    }
    #expect(!lines.contains { $0.contains(reference) && $0.contains("ZORGLUB") })

    // Folders: the kiosk's data (outbox, key, sheets, statistics, session)
    // and every temporary file written during the test, the stick aside.
    let kioskHits = PrivacyWorkspace.files(under: w.data, containing: Self.secrets)
    #expect(kioskHits.isEmpty, "\(kioskHits)")
    let temporary = FileManager.default.temporaryDirectory
    let tempHits = PrivacyWorkspace.files(under: temporary, containing: Self.secrets, modifiedSince: started)
      .filter { !$0.hasPrefix(w.root.path + "/media/") && !$0.hasPrefix(w.root.resolvingSymlinksInPath().path + "/media/") }
    #expect(tempHits.isEmpty, "\(tempHits)")

    // The statistics counted the visits, without any of it.
    let stats = try FrictionJournal(file: w.data.appendingPathComponent("stats.sqlite")).counters()
    #expect(stats.contains { $0.event.journey == "document" && $0.event.kind == .completed })
    #expect(stats.contains { $0.event.journey == "declare" && $0.event.assisted == false })
  }
}
