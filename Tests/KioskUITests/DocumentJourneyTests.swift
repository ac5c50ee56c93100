import Documents
import KioskUI
import Terminal
import WorkingDays
import TestSupport
import Testing

/// The document journey on the in-memory terminal. Device work is an
/// effect: the tests answer it as the scanner, the stick or the outbox would.
@Suite struct DocumentJourneyTests {
  static func page(_ problems: [DocumentProblem] = [], path: String = "/session/p.pnm",
                   source: DraftPage.Source = .scanner) -> DraftPage {
    DraftPage(path: path, source: source, dpi: 200, problems: problems,
              thumbnail: Thumbnail(SyntheticPage.textPage(dpi: 40).image, columns: 14, rows: 9))
  }

  /// Home → send a document → payslip → continue → scanner.
  static let toScanner: [Key] = [Home.document, .char("1"), .char("1"), .char("1")]
}

extension Harness {
  /// The document work asked for since the last call.
  mutating func takeDocumentWork() -> [(DocumentEffect, Int)] {
    defer { effects.removeAll() }
    return effects.compactMap { if case let .document(work, generation) = $0 { return (work, generation) } else { return nil } }
  }

  mutating func answer(_ event: DocumentEvent, generation: Int? = nil) {
    handle(.document(event, generation: generation ?? app.generation))
  }
}

extension DocumentJourneyTests {
  @Test func `scan, preview, check, send: the receipt has a reference, the type, the pages and the date`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner)
    #expect(h.route == .docScan)
    #expect(h.plain.contains("Page 1 : posez la feuille sur la vitre du scanner"))
    h.press(.char("1"))
    let work = h.takeDocumentWork()
    #expect(work.count == 1)
    guard case .scanPage(pageNumber: 1)? = work.first?.0 else { Issue.record("expected a scan of page 1"); return }
    #expect(h.plain.contains("EN COURS"))
    h.answer(.scanned(Self.page()))
    #expect(h.route == .docPage(0))
    #expect(h.plain.contains("LISIBLE"))
    h.press(.char("1"))  // another page
    #expect(h.route == .docScan)
    #expect(h.plain.contains("Page 2 :"))
    h.press(.char("1"))
    h.answer(.scanned(Self.page(path: "/session/p2.pnm")))
    h.press(.char("2"))  // last page: check
    #expect(h.route == .docCheck)
    #expect(h.plain.contains("Document : Une fiche de paie"))
    #expect(h.plain.contains("Pages : 2"))
    _ = h.takeDocumentWork()
    h.press(.char("1"))
    guard case let .submit(submission)? = h.takeDocumentWork().first?.0 else { Issue.record("expected a submission"); return }
    #expect(submission.typeID == "payslip" && submission.pages.map(\.path) == ["/session/p.pnm", "/session/p2.pnm"])
    h.answer(.submitted(.queued(reference: "D-1122-0042", pageCount: 2)))
    #expect(h.route == .docReceipt)
    #expect(h.plain.contains("Votre numéro : D-1122-0042"))
    #expect(h.plain.contains("Document : Une fiche de paie, 2 pages."))
    #expect(h.plain.contains("dimanche 22 novembre 2026 à 10 h 30"))
    h.press(.char("1"))
    guard case let .print(sheet)? = h.effects.last else { Issue.record("expected a print"); return }
    #expect(sheet.text.contains("D-1122-0042"))
    #expect(sheet.text.contains("Une fiche de paie, 2 pages"))
    #expect(!sheet.text.contains("/session"))
  }

  @Test func `a blank page must be redone or removed before sending`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    h.answer(.scanned(Self.page([.blank(page: 1)])))
    #expect(h.plain.contains("À REFAIRE"))
    #expect(h.flowing.contains("La page 1 semble vide. Posez la feuille face écrite vers le bas"))
    #expect(!h.plain.contains("vérifier le document"))
    h.press(.escape)  // back to the scanner screen
    h.press(.char("2"))  // "I am done: check"
    #expect(h.route == .docCheck)
    #expect(!h.plain.contains("Envoyer le document"))
    h.press(.char("2"))  // review
    h.press(.char("1"))  // page 1
    h.press(.char("1"))  // redo
    #expect(h.route == .docScan)
    #expect(h.plain.contains("Page 1 :"))
    h.press(.char("1"))
    h.answer(.scanned(Self.page()))
    #expect(h.route == .docPage(0))
    #expect(h.app.session.document.pages.count == 1)
    #expect(h.plain.contains("LISIBLE"))
  }

  @Test func `a jammed scanner says what to do and keeps the pages already scanned`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    h.answer(.scanned(Self.page()))
    h.press(.char("1"), .char("1"))
    h.answer(.scanFailed(.jammed))
    #expect(h.route == .docScan)
    #expect(h.plain.contains("PAS SCANNÉ"))
    #expect(h.plain.contains("Le papier est coincé"))
    #expect(h.plain.contains("Vos pages déjà faites sont gardées : 1."))
    #expect(h.app.session.document.pages.count == 1)
    h.answer(.scanFailed(.noScanner))
    #expect(h.plain.contains("Le scanner ne répond pas"))
  }

  @Test func `keys are held while the scanner works, Esc still goes back`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    _ = h.takeDocumentWork()
    h.press(.char("1"), .enter, .char("2"))
    #expect(h.takeDocumentWork().isEmpty)
    h.press(.escape)
    #expect(h.route == .docSource)
  }

  @Test func `a file from the stick: listed, refused with reasons, another one accepted`() {
    var h = Harness()
    h.toHome()
    h.press(Home.document, .char("1"), .char("1"), .char("2"))
    #expect(h.route == .docUSB)
    guard case .listUSB? = h.takeDocumentWork().first?.0 else { Issue.record("expected a listing"); return }
    let files = [USBFile(path: "/media/k/a.pdf", name: "a.pdf", bytes: 1500, modifiedSeconds: 2, day: CivilDate(iso: "2026-11-22")!),
                 USBFile(path: "/media/k/b.pdf", name: "b.pdf", bytes: 900, modifiedSeconds: 1, day: CivilDate(iso: "2026-11-22")!)]
    h.answer(.usbListed(files))
    #expect(h.plain.contains("1  a.pdf (2 Ko"))
    #expect(h.plain.contains("3  Chercher à nouveau"))
    h.press(.char("1"))
    guard case .readUSBFile(files[0], pageNumber: 1)? = h.takeDocumentWork().first?.0 else {
      Issue.record("expected a read"); return
    }
    h.answer(.fileRead(.refused([.encrypted])))
    #expect(h.route == .docFile)
    #expect(h.plain.contains("Le fichier est protégé par un mot de passe"))
    h.press(.char("1"))  // another file
    #expect(h.route == .docUSB)
    h.answer(.usbListed(files))
    h.press(.char("2"))
    h.answer(.fileRead(.pdf(DraftPDF(path: "/session/b.pdf", name: "b.pdf", pageCount: 3))))
    #expect(h.route == .docCheck)
    #expect(h.plain.contains("Fichier : b.pdf"))
    #expect(h.plain.contains("Pages : 3"))
  }

  @Test func `an empty stick says how to plug it in, and looks again`() {
    var h = Harness()
    h.toHome()
    h.press(Home.document, .char("1"), .char("1"), .char("2"))
    h.answer(.usbListed([]))
    #expect(h.flowing.contains("Aucun fichier trouvé sur la clé USB."))
    #expect(h.flowing.contains("La prise USB est sur le côté droit de l'écran."))  // from kiosk.yaml
    #expect(h.flowing.contains("Branchez la clé, attendez 5 secondes"))
    _ = h.takeDocumentWork()
    h.press(.char("1"))
    guard case .listUSB? = h.takeDocumentWork().first?.0 else { Issue.record("expected a new listing"); return }
    // The second search finds nothing either: it says it searched again,
    // and offers the paper route and a person.
    h.answer(.usbListed([]))
    #expect(h.flowing.contains("2 RECHERCHES"))
    #expect(h.flowing.contains("toujours aucun fichier"))
    #expect(h.flowing.contains("apportez le document sur papier à l'accueil"))
    h.press(.char("2"))
    #expect(h.route == .talkToPerson)
    #expect(h.flowing.contains("L'accueil est à l'entrée de l'agence, à gauche."))
  }

  @Test func `a result for a wiped session never reaches the next person`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    let old = h.app.generation
    h.press(.char("-"), .char("1"))  // end and wipe
    #expect(h.app.generation != old)
    h.toHome()
    h.answer(.scanned(Self.page()), generation: old)
    #expect(h.app.session.document.pages.isEmpty)
    #expect(h.route == .home)
  }

  @Test func `leaving and coming back finds the document; the end wipes it`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    h.answer(.scanned(Self.page()))
    h.press(.escape, .escape, .escape, .escape, .escape)
    #expect(h.route == .home)
    h.press(Home.document)
    #expect(h.route == .docCheck)
    #expect(h.plain.contains("Pages : 1"))
    h.press(.char("-"), .char("1"))
    #expect(h.app.session.document == DocumentDraft())
  }

  @Test func `changing the type keeps the pages and returns to the check`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    h.answer(.scanned(Self.page()))
    h.press(.char("2"))
    h.press(.char("4"))  // change type
    #expect(h.route == .docType)
    h.press(.char("3"))
    #expect(h.route == .docCheck)
    #expect(h.plain.contains("Document : Un arrêt maladie"))
    #expect(h.app.session.document.pages.count == 1)
  }

  @Test func `a document the outbox could not take says so, and sending can be tried again`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toScanner + [.char("1")])
    h.answer(.scanned(Self.page()))
    h.press(.char("2"), .char("1"))
    h.answer(.submitted(.failed))
    #expect(h.route == .docCheck)
    #expect(h.plain.contains("PAS ENREGISTRÉ"))
    #expect(h.plain.contains("1  Essayer encore"))
    h.answer(.submitted(.refused([.tooLarge(bytes: 7_200_000, limit: 5_000_000)])))
    #expect(h.plain.contains("Le document est trop lourd : 7,2 Mo. Le maximum est 5,0 Mo."))
  }

  @Test func `without scanner and stick the journey says to ask a person`() throws {
    var h = Harness(config: KioskConfigurationProbe.withoutDevices)
    h.toHome()
    h.press(Home.document, .char("1"), .char("1"))
    #expect(h.plain.contains("Cette borne ne peut pas recevoir de document"))
  }
}
