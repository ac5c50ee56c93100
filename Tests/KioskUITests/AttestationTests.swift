import Documents
import KioskUI
import Statistics
import Terminal
import Testing

/// "Proof that the person tried": offered where a declaration or a sending
/// fails, recorded by the runtime (answered here as it would), then printed.
@Suite struct AttestationTests {
  /// The row the runtime would hand back for `request`.
  static func row(_ request: AttestationRequest, reference: String = "A-1122-0042", kiosk: String? = nil) -> AttestationRecord {
    AttestationRecord(reference: reference, minute: request.minute, kioskID: kiosk, purpose: request.purpose,
                      failure: request.failure)
  }

  /// Monthly answers → summary → "I could not declare".
  static let toReasons: [Key] = JourneyScreenTests.monthlyAnswers + [.enter, .char("5")]
}

extension Harness {
  /// The attestation asked for since the last call, with its generation.
  var askedAttestation: (AttestationRequest, Int)? {
    for effect in effects.reversed() {
      if case let .recordAttestation(request, generation) = effect { return (request, generation) }
    }
    return nil
  }

  var lastSheet: PrintSheet? {
    for effect in effects.reversed() { if case let .print(sheet) = effect { return sheet } }
    return nil
  }

  mutating func answerAttestation(_ record: AttestationRecord?, generation: Int? = nil) {
    handle(.attestationRecorded(record, generation: generation ?? app.generation))
  }
}

extension AttestationTests {
  @Test func `declaration: no code received, recorded, printed with the reference and no answers`() throws {
    var h = Harness()
    h.toHome()
    h.press(Self.toReasons)
    #expect(h.route == .attestationReason)
    #expect(h.plain.contains("Je n'ai pas reçu le code (par message sur le téléphone ou par e-mail)"))
    h.press(.char("2"))
    let (request, generation) = try #require(h.askedAttestation)
    #expect(generation == 0)
    #expect(request.purpose == .declaration)
    #expect(request.failure == .codeNotReceived)
    #expect(request.minute == "2026-11-22 10:30", "the minute of the kiosk's clock, not the machine's")
    #expect(h.route == .attestation)
    #expect(h.plain.contains("La borne prépare votre attestation"))
    #expect(h.lastSheet == nil, "nothing prints before the row is kept")

    h.answerAttestation(Self.row(request))
    let sheet = try #require(h.lastSheet)
    let text = sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
    #expect(sheet.title.contains("Attestation"))
    #expect(text.contains("France Travail — Agence de démonstration"))
    #expect(text.contains("Le dimanche 22 novembre 2026 à 10 h 30."))
    #expect(text.contains("La personne est venue pour faire sa déclaration mensuelle."))
    #expect(text.contains("Ce qui n'a pas marché : le code de connexion n'est pas arrivé."))
    #expect(text.contains("Numéro de l'attestation : A-1122-0042"))
    #expect(text.contains("Nom (facultatif) : ____"))
    #expect(text.contains("L'agence peut confirmer cette attestation avec sa référence."))
    #expect(!text.contains("Borne :"), "no kiosk id is configured")
    // The answers typed in the journey never go on the attestation.
    #expect(!text.contains("35 heures"))
    #expect(!text.contains("1 234"))
    #expect(!text.contains("Employeur"))
    #expect(h.plain.contains("Numéro de l'attestation : A-1122-0042"))
    #expect(h.plain.contains("EN COURS"))
    #expect(h.app.session.printsInFlight == 1)
    h.handle(.printFinished(.printed))
    #expect(h.plain.contains("IMPRIMÉ"))
    h.press(.enter)
    #expect(h.route == .home)
  }

  @Test func `going back and choosing again shows the same attestation, never a second row`() throws {
    var h = Harness()
    h.toHome()
    h.press(Self.toReasons + [.char("1")])
    let (request, _) = try #require(h.askedAttestation)
    h.answerAttestation(Self.row(request))
    h.effects.removeAll()
    h.press(.escape, .char("3"))
    #expect(h.route == .attestation)
    #expect(h.askedAttestation == nil)
    #expect(h.lastSheet == nil)
  }

  @Test func `a journal that cannot be written: the sheet prints, says so, and carries no reference`() throws {
    var h = Harness()
    h.toHome(language: 2)
    h.press(Self.toReasons + [.char("1")])
    h.answerAttestation(nil)
    let sheet = try #require(h.lastSheet)
    #expect(!sheet.text.contains("Reference:"))
    #expect(sheet.text.contains("The kiosk could not keep this attestation. Ask the reception desk to date and sign it."))
    #expect(sheet.text.contains("What did not work: the France Travail website or app."))
    #expect(sheet.text.contains("Name (optional): ____"))
    #expect(h.plain.contains("NOT RECORDED"))
  }

  @Test func `an answer for a visit already wiped prints nothing for the next person`() throws {
    var h = Harness()
    h.toHome()
    h.press(Self.toReasons + [.char("1")])
    h.press(.char("-"), .char("1"))
    #expect(h.route == .start)
    h.effects.removeAll()
    h.answerAttestation(Self.row(AttestationFlowProbe.request), generation: 0)
    #expect(h.effects.isEmpty)
    #expect(h.route == .start)
  }

  @Test func `from a person: every failure, the purpose follows the failure`() throws {
    var h = Harness()
    h.toHome()
    h.press(Home.person)
    #expect(h.plain.contains("Je n'ai pas pu faire ma démarche : une attestation"))
    h.press(.char("1"))
    #expect(h.route == .attestationReason)
    h.press(.char("3"))
    let (request, _) = try #require(h.askedAttestation)
    #expect(request.purpose == .document)
    #expect(request.failure == .scannerFailed)
  }

  @Test func `a failed scan and a failed sending offer the attestation for a document`() throws {
    var h = Harness()
    h.toHome()
    h.press(DocumentJourneyTests.toScanner + [.char("1")])
    h.answer(.scanFailed(.noScanner))
    #expect(h.plain.contains("Je n'ai pas pu envoyer : une attestation"))
    h.answer(.scanned(DocumentJourneyTests.page()))
    h.press(.char("2"), .char("1"))
    h.answer(.submitted(.failed))
    #expect(h.route == .docCheck)
    h.effects.removeAll()
    // send again, add, review, change type, attestation.
    h.press(.char("5"))
    #expect(h.route == .attestationReason)
    h.press(.char("2"))
    let (request, _) = try #require(h.askedAttestation)
    #expect(request.purpose == .document)
    #expect(request.failure == .sendingFailed)
    // The pages are still there to send later.
    #expect(h.app.session.document.pages.count == 1)
  }

  @Test func `without scanner and stick: the attestation, for a scanner that failed`() throws {
    var h = Harness(config: KioskConfigurationProbe.withoutDevices)
    h.toHome()
    h.press(Home.document, .char("1"), .char("1"))
    #expect(h.plain.contains("1  Je n'ai pas pu envoyer : une attestation"))
    h.press(.char("1"), .char("1"))
    let (request, _) = try #require(h.askedAttestation)
    #expect(request.purpose == .document)
    #expect(request.failure == .scannerFailed)
  }

  @Test func `a kiosk id goes on the sheet`() throws {
    var h = Harness()
    h.toHome()
    h.press(Self.toReasons + [.char("3")])
    let (request, _) = try #require(h.askedAttestation)
    h.answerAttestation(Self.row(request, reference: "A-B-1122-0007", kiosk: "B"))
    let sheet = try #require(h.lastSheet)
    #expect(sheet.text.contains("A-B-1122-0007"))
    #expect(sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ").contains("Borne : B"))
    #expect(sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ").contains("un autre problème"))
  }

  @Test(arguments: [(1, "fr"), (2, "en")])
  func `snapshots: the reasons and the attestation`(_ language: Int, _ code: String) throws {
    var h = Harness()
    h.toHome(language: language)
    h.press(Self.toReasons)
    Snapshot.assert(h.frame, named: "attestation-reason.\(code)")
    h.press(.char("1"))
    let (request, _) = try #require(h.askedAttestation)
    h.answerAttestation(Self.row(request))
    h.handle(.printFinished(.printed))
    Snapshot.assert(h.frame, named: "attestation.\(code)")
  }
}

enum AttestationFlowProbe {
  static let request = AttestationRequest(purpose: .declaration, failure: .officialSiteDown, year: 2026, month: 11, day: 22,
                                          hour: 10, minute: 30)
}
