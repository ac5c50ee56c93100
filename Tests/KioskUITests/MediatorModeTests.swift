import KioskConfig
import KioskUI
import Statistics
import Terminal
import Testing

/// Mediator mode: the PIN (bundled demonstration PIN 2468), the person's
/// consent, what only the mediator sees, and that leaving hides it again.
@Suite struct MediatorModeTests {
  static let pin = "2468"

  /// Mediator key (F4: "/" is typed in date fields) → PIN → consent
  /// "yes": the mediator menu.
  static func assisted(_ h: inout Harness) {
    h.press(.function(4))
    h.type(pin)
    h.press(.enter, .char("1"))
  }
}

extension MediatorModeTests {
  @Test func `the mediator key asks a PIN, then the person's consent; no means no`() {
    var h = Harness()
    h.toHome()
    h.press(.function(4))
    #expect(h.route == .mediatorPIN)
    h.type(Self.pin)
    #expect(h.plain.contains("[ ••••"))
    #expect(!h.text.contains(Self.pin))
    h.press(.enter)
    #expect(h.route == .mediatorConsent)
    #expect(h.plain.contains("Une personne va vous aider. Êtes-vous d'accord"))
    #expect(h.plain.contains("Vous pouvez dire non"))
    #expect(!h.text.contains("MÉDIATEUR"))
    h.press(.char("2"))
    #expect(h.route == .home)
    #expect(!h.app.session.mediator.active)
    #expect(!h.text.contains("MÉDIATEUR"))
    // Asked again next time: a "no" is not remembered as a "yes".
    h.press(.char("/"))
    h.type(Self.pin)
    h.press(.enter)
    #expect(h.route == .mediatorConsent)
    h.press(.char("1"))
    #expect(h.route == .mediatorMenu)
    #expect(h.plain.contains("MÉDIATEUR — une personne vous aide"))
    h.press(.escape)
    #expect(h.route == .home)
    #expect(h.plain.contains("MÉDIATEUR — une personne vous aide"), "the badge shows on every screen")
    #expect(h.plain.contains("/ Médiateur"))
  }

  @Test func `a wrong PIN says how many tries are left; five close the mode for five minutes, across visits`() {
    var h = Harness()
    h.toHome()
    h.press(.char("/"))
    h.type("12")
    h.press(.enter)
    #expect(h.plain.contains("Le code a de 4 à 12 chiffres"))
    for left in [4, 3, 2, 1] {
      h.type("1111")
      h.press(.enter)
      #expect(h.plain.contains("Ce code n'est pas le bon. Il reste \(left) essai"), "\(h.plain)")
    }
    h.type("1111")
    h.press(.enter)
    #expect(h.plain.contains("Trop d'erreurs. Réessayez dans 5 minutes"))
    h.type(Self.pin)
    h.press(.enter)
    #expect(h.route == .mediatorPIN, "the right PIN does not open a locked mode")
    h.press(.escape, .char("-"), .char("1"))
    #expect(h.route == .start)
    h.toHome()
    h.press(.char("/"))
    #expect(h.plain.contains("Trop d'erreurs"))
    h.wait(301, tickEvery: 60)
    h.toHome()
    h.press(.char("/"))
    h.type(Self.pin)
    h.press(.enter)
    #expect(h.route == .mediatorConsent)
  }

  @Test func `in mediator mode each deadline shows its legal source and confidence; leaving hides them`() {
    var h = Harness()
    h.toHome()
    h.press(JourneyScreenTests.riskAnswers + [.enter, .char("1")])
    #expect(h.route == .riskDetail(0))
    #expect(!h.plain.contains("fiabilité"))
    Self.assisted(&h)
    h.press(.escape)
    #expect(h.route == .riskDetail(0))
    h.size = Size(columns: 100, rows: 60)
    #expect(h.plain.contains("Pour le médiateur : d'où viennent ces dates"), "\(h.plain)")
    #expect(h.plain.contains("fiabilité :"))
    h.press(.escape)
    #expect(h.route == .riskList)
    #expect(h.plain.contains("fiabilité :"))
    // Hand back: the badge, the sources and the key hint go.
    h.press(.char("/"))
    let leave = MediatorMenu.index(of: "Rendre la main", in: h.plain)
    h.press(.char(Character(String(leave))))
    #expect(h.route == .riskList)
    #expect(!h.plain.contains("fiabilité"))
    #expect(!h.plain.contains("MÉDIATEUR"))
    #expect(!h.plain.contains("/ Médiateur"))
    // Back in: consent was given for this visit, so only the PIN.
    h.press(.char("/"))
    h.type(Self.pin)
    h.press(.enter)
    #expect(h.route == .mediatorMenu)
  }

  @Test func `the overview shows every answer of the visit`() throws {
    var h = Harness()
    h.toHome()
    h.press(JourneyScreenTests.monthlyAnswers + [.enter, .char("4")])
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/11/2026")
    h.press(.enter)
    Self.assisted(&h)
    h.press(.char(Character(String(MediatorMenu.index(of: "Voir les réponses", in: h.plain)))))
    #expect(h.route == .mediatorAnswers)
    h.size = Size(columns: 100, rows: 60)
    #expect(h.plain.contains("La déclaration du mois"))
    #expect(h.plain.contains("Employeur 1, salaire brut : 1 234,50 €"), "\(h.plain)")
    #expect(h.plain.contains("Date de départ : mercredi 18 novembre 2026"))
    // In the home menu's order: the declaration, then the calculator.
    let declaration = try #require(h.plain.range(of: "La déclaration du mois"))
    let calculator = try #require(h.plain.range(of: "Calculer une date limite"))
    #expect(declaration.lowerBound < calculator.lowerBound)
  }

  @Test(arguments: [(1, "fr", "Voir les réponses"), (2, "en", "See the answers")])
  func `the overview and the statistics read well in each language`(_ language: Int, _ code: String, _ answers: String) {
    var h = Harness()
    h.toHome(language: language)
    h.press(JourneyScreenTests.monthlyAnswers + [.enter, .char("4")])
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/11/2026")
    h.press(.enter)
    Self.assisted(&h)
    h.press(.char(Character(String(MediatorMenu.index(of: answers, in: h.plain)))))
    #expect(h.route == .mediatorAnswers)
    Snapshot.assert(h.frame, named: "mediator-answers-\(code)")
    guard code == "en" else { return }
    h.press(.escape)
    h.press(.char(Character(String(MediatorMenu.index(of: "statistics", in: h.plain)))))
    let counters = [
      FrictionCounter(hour: "2026-11-02 09:00",
                      event: FrictionEvent(journey: "declare", step: "stats.step.declaration_intro", kind: .entered,
                                           language: "en", assisted: true), count: 2),
    ]
    _ = h.app.update(.statisticsLoaded(FrictionReport(counters: counters, firstSteps: KioskApp.journeyFirstSteps)),
                     clock: h.clock)
    Snapshot.assert(h.frame, named: "mediator-stats-en")
    #expect(h.plain.contains("The monthly declaration: 2 started, 0 finished"), "\(h.plain)")
  }

  @Test func `more time and a pause: no wipe while paused; leaving the mode restores the timeout`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/11")
    Self.assisted(&h)
    h.press(.char(Character(String(MediatorMenu.index(of: "Donner plus de temps", in: h.plain)))))
    #expect(h.plain.contains("Alerte après 12 minutes sans touche"), "\(h.plain)")
    h.wait(91)
    #expect(!h.plain.contains("toujours là"), "10 more minutes: no warning yet")
    h.wait(600)
    #expect(h.plain.contains("toujours là"))
    h.press(.char("1"))  // still here
    h.press(.char(Character(String(MediatorMenu.index(of: "Mettre le minuteur en pause", in: h.plain)))))
    #expect(h.plain.contains("Le minuteur est en pause"))
    h.wait(3600, tickEvery: 60)
    #expect(h.route == .mediatorMenu)
    #expect(h.effects.isEmpty)
    h.press(.char(Character(String(MediatorMenu.index(of: "Rendre la main", in: h.plain)))))
    #expect(h.route == .calculatorDate)
    h.wait(91)
    #expect(h.plain.contains("toujours là"), "the usual timeout is back")
    h.wait(61)
    #expect(h.effects == [.wipeScreen])
    #expect(!h.app.session.mediator.active)
  }

  /// Ends an assisted visit with "print the handout, then wipe".
  static func endWithHandout(_ h: inout Harness) {
    h.toHome()
    h.press(JourneyScreenTests.riskAnswers + [.enter])
    Self.assisted(&h)
    h.press(.char(Character(String(MediatorMenu.index(of: "Terminer la visite", in: h.plain)))))
    #expect(h.route == .endSession)
    #expect(h.plain.contains("1  Oui, imprimer la fiche puis tout effacer"))
    h.press(.char("1"))
  }

  @Test func `ending with the mediator prints the handout, then wipes once it is printed`() throws {
    var h = Harness()
    Self.endWithHandout(&h)
    // The wipe waits for the print's outcome.
    guard case let .print(sheet)? = h.effects.first, h.effects.count == 1 else {
      Issue.record("expected only the handout: \(h.effects)")
      return
    }
    #expect(sheet.title == "Votre fiche : ce qu'il faut retenir".replacingOccurrences(of: " :", with: "\u{00A0}:"))
    let text = sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(text.contains("Vos dates limites et ce qu'il faut faire"))
    #expect(text.contains("EN RETARD"))
    #expect(text.contains("Une personne de l'accueil peut vous aider"))
    #expect(text.contains("Accueil de l'agence : du lundi au vendredi"))
    #expect(h.route == .printed)
    #expect(h.plain.contains("La feuille s'imprime"))
    // Keys wait while it prints: none goes back or wipes.
    h.press(.escape, .char("1"), .enter)
    #expect(h.route == .printed)
    #expect(h.effects.count == 1)
    h.handle(.printFinished(.printed))
    #expect(h.effects.last == .wipeScreen)
    #expect(h.route == .start)
    #expect(!h.app.session.mediator.active)
    // A late print result belongs to no one.
    _ = h.app.update(.printFinished(.printed), clock: h.clock)
    #expect(h.app.session.print == .none)
  }

  @Test func `a handout kept for staff shows its reference until a key, then wipes`() throws {
    var h = Harness()
    Self.endWithHandout(&h)
    h.handle(.printFinished(.keptForStaff(reference: "P-1122-4821")))
    #expect(h.effects.count == 1, "wiped before the reference was seen: \(h.effects)")
    #expect(h.route == .printed)
    #expect(h.plain.contains("Donnez ce numéro à l'accueil : P-1122-4821"), "\(h.plain)")
    #expect(h.plain.contains("Appuyez sur une touche pour terminer"))
    #expect(h.plain.contains("Une touche Terminer et tout effacer"))
    h.press(.char("x"))
    #expect(h.effects.last == .wipeScreen)
    #expect(h.route == .start)
    #expect(!h.plain.contains("P-1122-4821"))
  }

  @Test func `a handout neither printed nor kept says so until a key, then wipes`() throws {
    var h = Harness()
    Self.endWithHandout(&h)
    h.handle(.printFinished(.failed))
    #expect(h.route == .printed)
    #expect(h.plain.contains("PAS IMPRIMÉ"))
    h.press(.enter)
    #expect(h.effects.last == .wipeScreen)
    #expect(h.route == .start)
  }

  @Test func `the PIN counts and lock pass to the fresh process a wipe starts, and nothing else`() {
    var h = Harness()
    h.toHome()
    h.press(.char("/"))
    for _ in 0..<5 {
      h.type("1111")
      h.press(.enter)
    }
    #expect(h.plain.contains("Trop d'erreurs"))
    h.press(.escape, .char("-"), .char("1"))
    // Two wrong staff codes too.
    for _ in 0..<2 { h.press(.control("]"), .char("9"), .char("9"), .char("9"), .char("9"), .enter) }
    let handover = h.app.handover
    #expect(handover.wholeMatch(of: /0@[0-9.]+;2/) != nil, "\(handover)")
    // The new process: a new app on the same monotonic clock.
    var fresh = Harness()
    fresh.clock = h.clock
    fresh.app = KioskApp(config: h.app.config, clock: h.clock)
    fresh.app.resume(handover: handover)
    #expect(fresh.app.staffPINGuard.failures == 2)
    fresh.toHome()
    fresh.press(.char("/"))
    #expect(fresh.plain.contains("Trop d'erreurs"), "the lock was lost with the process: \(fresh.plain)")
    fresh.wait(301, tickEvery: 60)
    fresh.toHome()
    fresh.press(.char("/"))
    fresh.type(Self.pin)
    fresh.press(.enter)
    #expect(fresh.route == .mediatorConsent, "the lock does not end: \(fresh.plain)")
  }

  @Test func `a malformed handover changes nothing`() {
    for text in ["", "x;y", "5;0", "1;2;3", "-1;0", "0@nan;0", "0@1e999;0"] {
      var app = Harness().app
      app.resume(handover: text)
      #expect(app.mediatorPINGuard == PINGuard() && app.staffPINGuard == PINGuard(), "\(text)")
    }
  }

  @Test func `F4 opens the mediator PIN from a date field, where / is typed`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/11")
    #expect(h.route == .calculatorDate)
    #expect(h.text.contains("[ 18/11_"))
    h.press(.function(4))
    #expect(h.route == .mediatorPIN)
    h.press(.escape)
    #expect(h.text.contains("[ 18/11_"), "the typed date is kept")
  }

  @Test func `a / after a whole date opens the mediator's PIN, which never lands in the answer`() {
    var h = Harness()
    h.toHome()
    h.press(JourneyScreenTests.toTrainingDate)
    h.type("04/12/2026")
    h.press(.char("/"))
    #expect(h.route == .mediatorPIN)
    h.type(Self.pin)
    h.press(.enter)
    #expect(h.route == .mediatorConsent)
    h.press(.char("1"), .escape)
    #expect(h.plain.contains("[ 04/12/2026_"), "\(h.plain)")
    #expect(!h.plain.contains(Self.pin))
    // In an empty field too, "/" is the mediator's key.
    var empty = Harness()
    empty.toHome()
    empty.press(Home.calculator, .char("1"), .enter, .char("/"))
    #expect(empty.route == .mediatorPIN)
  }

  @Test func `the statistics screen asks for the report and shows it in plain words`() {
    var h = Harness()
    h.toHome()
    Self.assisted(&h)
    h.press(.char(Character(String(MediatorMenu.index(of: "Statistiques", in: h.plain)))))
    #expect(h.effects == [.loadStatistics])
    #expect(h.plain.contains("Lecture des statistiques"))
    let counters = [
      FrictionCounter(hour: "2026-11-02 09:00",
                      event: FrictionEvent(journey: "document", step: "stats.step.doc_type", kind: .entered, language: "fr",
                                           assisted: false), count: 4),
      FrictionCounter(hour: "2026-11-20 16:00",
                      event: FrictionEvent(journey: "document", step: "stats.step.doc_receipt", kind: .completed,
                                           language: "fr", assisted: false), count: 3),
    ]
    _ = h.app.update(.statisticsLoaded(FrictionReport(counters: counters, firstSteps: KioskApp.journeyFirstSteps)),
                     clock: h.clock)
    Snapshot.assert(h.frame, named: "mediator-stats-fr")
    #expect(h.plain.contains("Envoyer un document : 4 commencées, 3 finies (75 %)."))
    _ = h.app.update(.statisticsLoaded(nil), clock: h.clock)
    #expect(h.plain.contains("Envoyer un document"), "a late answer does not replace a shown report")
  }

  @Test(arguments: [(1, "fr"), (2, "en")])
  func `mediator screens read well`(_ language: Int, _ code: String) {
    var h = Harness()
    h.toHome(language: language)
    h.press(.char("/"))
    Snapshot.assert(h.frame, named: "mediator-pin-\(code)")
    h.type(Self.pin)
    h.press(.enter)
    Snapshot.assert(h.frame, named: "mediator-consent-\(code)")
    h.press(.char("1"))
    Snapshot.assert(h.frame, named: "mediator-menu-\(code)")
  }
}

/// The mediator menu's entries by their words: the digits depend on the
/// languages offered.
enum MediatorMenu {
  static func index(of label: String, in screen: String) -> Int {
    for line in screen.split(separator: "\n") where line.contains(label) {
      let digits = line.drop { !$0.isNumber }.prefix { $0.isNumber }
      if let n = Int(digits) { return n }
    }
    return 0
  }
}

extension MediatorModeTests {
  @Test func `the PIN is checked away from the screen; Esc while it is checked does not dodge the count`() {
    var h = Harness()
    h.toHome()
    h.press(.char("/"))
    for c in "1111" { _ = h.app.update(.key(.char(c)), clock: h.clock) }
    let effects = h.app.update(.key(.enter), clock: h.clock)
    #expect(effects.contains(.checkPIN(.mediator, "1111")))
    #expect(h.plain.contains("Vérification du code"))
    #expect(h.app.update(.key(.char("5")), clock: h.clock).isEmpty, "keys wait for the answer")
    h.press(.escape)
    #expect(h.route == .home)
    _ = h.app.update(.pinChecked(.mediator, false), clock: h.clock)
    #expect(h.app.mediatorPINGuard.failures == 1)
    #expect(h.route == .home)
    // A right answer that comes after Esc does not open the mode either.
    h.press(.char("/"))
    for c in Self.pin { _ = h.app.update(.key(.char(c)), clock: h.clock) }
    _ = h.app.update(.key(.enter), clock: h.clock)
    h.press(.escape)
    _ = h.app.update(.pinChecked(.mediator, true), clock: h.clock)
    #expect(h.route == .home)
    #expect(!h.app.session.mediator.active)
  }

  @Test func `five wrong staff codes lock the staff exit for five minutes`() {
    var h = Harness()
    h.toHome()
    for _ in 0..<5 {
      h.press(.control("]"))
      h.type("1234")
      h.press(.enter)
    }
    #expect(h.app.staffPINGuard.isLocked(at: h.clock.now))
    h.press(.control("]"))
    h.type("4711")
    let effects = h.app.update(.key(.enter), clock: h.clock)
    #expect(effects.isEmpty, "no check while locked")
    h.wait(301, tickEvery: 60)
    h.press(.control("c"))  // "I am here" to the idle warning of the empty start screen
    h.press(.control("]"))
    h.type("4711")
    h.press(.enter)
    #expect(h.effects.contains(.exitKiosk))
  }
}

@Suite struct PagingTests {}

extension PagingTests {
  @Test func `Page Down reaches the sources below the deadline list, past the highlighted choice`() {
    var h = Harness()
    h.toHome()
    MediatorModeTests.assisted(&h)
    h.press(.escape)
    h.press(JourneyScreenTests.riskAnswers + [.enter])
    #expect(h.route == .riskList)
    #expect(!h.plain.contains("Pour le médiateur"))
    for _ in 0..<12 { h.press(.pageDown) }
    #expect(h.plain.contains("Pour le médiateur : d'où viennent ces dates"), "\(h.plain)")
    #expect(!h.plain.contains("▼"), "the end of the screen is reached: \(h.plain)")
    // A key that moves the highlight brings it back in sight.
    h.press(.home)
    #expect(h.plain.contains("› 1"), "\(h.plain)")
  }
}

extension PagingTests {
  @Test func `the consent says how to stop the help later, and the menu does it`() {
    var h = Harness()
    h.toHome()
    h.press(.function(4))
    h.type(MediatorModeTests.pin)
    h.press(.enter)
    #expect(h.flowing.contains("appuyez sur /, puis choisissez « Rendre la main »"), "\(h.plain)")
    h.press(.char("1"))
    #expect(h.plain.contains("MÉDIATEUR"))
    h.press(.char("/"))
    h.press(.char(Character(String(MediatorMenu.index(of: "Rendre la main", in: h.plain)))))
    #expect(!h.plain.contains("MÉDIATEUR"), "\(h.plain)")
  }
}
