import KioskConfig
import KioskUI
import Terminal
import Testing

/// The journeys as a person goes through them, on the in-memory terminal.
@Suite struct JourneyScreenTests {
  /// Risk check on Sunday 22 November 2026: allowance, October not
  /// declared, not over 78 hours, training ended 20/11, a letter dated
  /// 18/11, the contrat d'engagement signed, nothing else.
  static let riskAnswers: [Key] = [Home.risk, .char("1"), .char("2"), .char("2"), .char("1")]
    + "20/11/2026".map { .char($0) } + [.enter, .char("2"), .char("2"), .char("1")] + "18/11/2026".map { .char($0) }
    + [.enter, .char("2"), .char("2"), .char("1"), .char("2"), .char("2"), .char("2")]
  /// Up to the training's end date: allowance, October not declared, not over 78 hours, a training.
  static let toTrainingDate: [Key] = [Home.risk, .char("1"), .char("2"), .char("2"), .char("1")]

  /// Monthly declaration: looking, one employer (35 h, 1 234,50 €), no
  /// training, no leave, no pension, no other change.
  static let monthlyAnswers: [Key] = [Home.declare, .char("1"), .char("1"), .char("1")] + "35".map { .char($0) } + [.enter]
    + "1 234,5".map { .char($0) } + [.enter, .char("2"), .char("2"), .char("2"), .char("2"), .char("2")]
}

extension JourneyScreenTests {
  @Test func `risk check: answers, check page, ranked risks`() {
    var h = Harness()
    h.toHome()
    h.press(Self.riskAnswers)
    #expect(h.route == .journey)
    #expect(h.text.contains("Vérifiez vos réponses"))
    #expect(h.text.contains("Date de la lettre : mercredi 18 novembre 2026".replacingOccurrences(of: " :", with: "\u{00A0}:")))
    h.press(.enter)
    #expect(h.route == .riskList)
    #expect(h.plain.contains("Oui, quelque chose est en danger"))
    #expect(h.flowing.contains("1 chose en retard, 1 chose à faire aujourd'hui, 1 chose à faire au plus tard le samedi 28 novembre 2026."),
            "\(h.plain)")
    let first = h.frame.lines.first { $0.contains("1  ") }
    #expect(first?.contains("EN RETARD") == true)
  }

  @Test func `risk detail shows what to do; why shows the count and the source`() {
    var h = Harness()
    h.toHome()
    h.press(Self.riskAnswers + [.enter, .char("2")])
    #expect(h.route == .riskDetail(1))
    h.size = Size(columns: 80, rows: 40)  // the whole detail; at 24 rows it opens scrolled to its choices
    #expect(h.text.contains("Signaler la fin de votre formation"))
    #expect(h.flowing.contains("au plus tard le vendredi 27 novembre 2026"), "\(h.plain)")  // re-registration
    h.press(.char("1"))
    #expect(h.route == .riskWhy(1))
    #expect(h.text.contains("(20)"))
    #expect(h.text.contains("[22]"))
  }

  @Test func `an overdue date says what may already have happened, not "if you do not"`() {
    var h = Harness()
    h.toHome()
    h.press(Self.riskAnswers + [.enter, .char("1")])
    h.size = Size(columns: 80, rows: 40)  // the whole detail; at 24 rows it opens scrolled to its choices
    #expect(h.plain.contains("EN RETARD"))
    #expect(h.plain.contains("Ce qui a pu arriver : votre inscription s'arrête le lendemain."))
    #expect(h.flowing.contains("Votre inscription s'est sans doute arrêtée le lundi 16 novembre 2026."), "\(h.plain)")
    #expect(h.flowing.contains("Expliquez la raison du retard à l'agence. Avec une bonne raison, il n'y a pas de sanction."))
    #expect(!h.plain.contains("Si vous ne le faites pas"))
    #expect(h.flowing.contains("Inscrivez-vous de nouveau tout de suite"))
    #expect(!h.flowing.contains("Déclarez sur francetravail.fr"))  // that month can no longer be declared
  }

  @Test func `Esc goes back one question at a time and keeps the answers`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toTrainingDate)
    h.type("20/11")
    h.press(.escape)
    #expect(h.text.contains("Avez-vous une formation finie"))
    h.press(.escape, .escape, .escape)
    #expect(h.text.contains("Que recevez-vous"))
    h.press(.escape)
    #expect(h.route == .home)
    h.press(Home.risk)
    #expect(h.text.contains("Que recevez-vous"))
    h.press(.char("1"), .char("2"), .char("2"), .char("1"))
    #expect(h.text.contains("[ 20/11"))
  }

  @Test func `a wrong date in a journey is refused, kept and corrected`() {
    var h = Harness()
    h.toHome()
    h.press(Self.toTrainingDate)
    h.type("20/11/2025")
    h.press(.enter)
    #expect(h.text.contains("Il y a un problème"))
    #expect(h.text.contains("trop ancienne"))
    #expect(h.text.contains("[ 20/11/2025"))
    h.press(.backspace)
    h.type("6")
    h.press(.enter)
    #expect(h.text.contains("rendez-vous à venir"))
  }

  @Test func `nothing at risk is said plainly`() {
    var h = Harness()
    h.toHome()
    // October declared; no to every question but the contract, signed.
    h.press(Home.risk, .char("1"), .char("1"))
    h.press([Key](repeating: .char("2"), count: 7) + [.char("1"), .char("2"), .char("2"), .char("2"), .enter])
    #expect(h.route == .riskList)
    #expect(h.text.contains("RIEN D'URGENT"))
    #expect(h.plain.contains("Non, rien n'est en danger pour le moment."))
    #expect(!h.plain.contains("EN RETARD"))
  }

  @Test func `monthly declaration: summary, documents, big hours confirmed`() {
    var h = Harness()
    h.toHome()
    h.press(Home.declare, .char("1"), .char("1"), .char("1"))
    h.type("250")
    h.press(.enter)
    #expect(h.text.contains("Vous avez tapé 250 heures"))
    h.press(.char("2"))
    #expect(h.text.contains("[ 250"))
    h.press(.backspace, .backspace, .backspace)
    h.type("35")
    h.press(.enter)
    h.type("1 234,5")
    h.press(.enter)
    h.press(.char("2"), .char("2"), .char("2"), .char("2"), .char("2"), .enter)
    #expect(h.route == .declarationResult)
    #expect(h.text.contains("Employeur 1\u{00A0}: 35 heures, 1\u{00A0}234,50 € brut."))
    #expect(h.text.contains("ne fait pas la déclaration officielle"))
    h.press(.char("1"))
    #expect(h.text.contains("Vos fiches de paie du mois"))
  }

  @Test func `printing asks the outside world and shows the outcome`() {
    var h = Harness()
    h.toHome()
    h.press(Self.monthlyAnswers + [.enter, .char("3")])
    guard case let .print(sheet)? = h.effects.last else {
      Issue.record("no print effect")
      return
    }
    #expect(sheet.text.contains("Passage à la borne le dimanche 22 novembre 2026 à 10 h 30."))
    #expect(sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ").contains("Employeur 1 : 35 heures"))
    #expect(h.text.contains("EN COURS"))
    _ = h.app.update(.printFinished(.keptForStaff(reference: "P-1122-1234")), clock: h.clock)
    #expect(h.text.contains("P-1122-1234"))
  }

  @Test func `ending while a sheet prints waits for it: printed, the visit ends`() {
    var h = Harness()
    h.toHome()
    h.press(Self.monthlyAnswers + [.enter, .char("3")])
    h.press(.escape, .char("-"), .char("1"))
    #expect(h.effects.filter { $0 == .wipeScreen }.isEmpty, "wiped while the sheet prints: its job would be cancelled")
    #expect(h.route == .printed)
    #expect(h.text.contains("EN COURS"))
    h.press(.enter, .escape)
    #expect(h.route == .printed, "keys wait while it prints")
    h.handle(.printFinished(.printed))
    #expect(h.effects.last == .wipeScreen)
    #expect(h.route == .start)
  }

  @Test func `two sheets, the first kept, the last printed: the end shows the first one's reference`() {
    var h = Harness()
    h.toHome()
    h.press(Self.monthlyAnswers + [.enter, .char("3")])
    h.press(.escape, .char("3"))
    #expect(h.app.session.printsInFlight == 2)
    h.press(.escape, .char("-"), .char("1"))
    h.handle(.printFinished(.keptForStaff(reference: "P-1122-1234")))
    #expect(h.text.contains("EN COURS"), "one sheet still prints")
    h.handle(.printFinished(.printed))
    #expect(h.route == .printed, "the kept reference was never shown: \(h.plain)")
    #expect(h.plain.contains("Donnez ce numéro à l'accueil : P-1122-1234"))
    #expect(h.plain.contains("Appuyez sur une touche pour terminer"))
    h.press(.char("1"))
    #expect(h.effects.last == .wipeScreen)
    #expect(h.route == .start)
  }

  @Test func `ending the session wipes every journey`() {
    var h = Harness()
    h.toHome()
    h.press(Self.monthlyAnswers)
    h.press(.char("-"), .char("1"))
    #expect(h.app.session.journeys.isEmpty)
    h.toHome()
    h.press(Home.declare)
    #expect(h.plain.contains("Pour novembre 2026 : du samedi 28 novembre 2026"))
    h.press(.char("1"))
    #expect(h.text.contains("Cherchez-vous toujours un emploi"))
    #expect(h.text.contains("Question 1 sur"))
  }
}

@Suite struct ChecklistScreenTests {}

extension ChecklistScreenTests {
  @Test func `appointment checklists come from the configuration, tick with Space, print`() {
    var h = Harness()
    h.toHome()
    h.press(Home.appointment)
    #expect(h.plain.contains("Le premier rendez-vous après l'inscription"))
    h.press(.char("6"))
    #expect(h.plain.contains("Je ne peux pas aller à mon rendez-vous"))
    #expect(h.plain.contains("Bonnes raisons"))
    #expect(h.plain.contains("8 h 30 à 12 h 30"))
    h.press(.char(" "), .down, .enter)
    #expect(h.plain.contains("[x] Prévenir avant"))
    #expect(h.plain.contains("[x] Garder une preuve"))
    h.press(.up, .char(" "))
    #expect(h.plain.contains("[ ] Prévenir avant"))
    #expect(h.plain.contains("[x] Garder une preuve"))
    h.press(.char("1"))
    guard case let .print(sheet)? = h.effects.last else {
      Issue.record("no print")
      return
    }
    let printed = sheet.text.replacingOccurrences(of: "\u{00A0}", with: " ")
    #expect(printed.contains("[ ] Prévenir avant"))
    #expect(printed.contains("[x] Garder une preuve"))
    #expect(printed.contains("du lundi au vendredi, de 8 h 30 à 12 h 30"))
    h.press(.escape, .escape)
    h.press(.char("6"))
    #expect(h.plain.contains("[x] Garder une preuve"))  // ticks kept while the session lasts
  }

  @Test func `the glossary explains the words of the letters`() {
    var h = Harness()
    h.toHome(language: 2)
    h.press(Home.glossary)
    #expect(h.plain.contains("Actualisation: each month"))
    h.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
    #expect(h.plain.contains("CPAM: the local health insurance office."))
    #expect(!h.plain.contains("Actualisation"))
  }
}

@Suite struct JourneyBackspaceTests {}

extension JourneyBackspaceTests {
  @Test func `Backspace goes back one question, like Esc, and never leaves the journey at once`() {
    var h = Harness()
    h.toHome()
    h.press(Home.risk, .char("1"), .char("2"))
    #expect(h.text.contains("avez-vous travaillé plus de 78 heures"))
    h.press(.backspace)
    #expect(h.route == .journey)
    #expect(h.text.contains("Avez-vous fait la déclaration pour"))
    h.press(.char("2"), .char("2"), .char("1"))
    h.type("2")
    h.press(.backspace)  // deletes the typed digit
    #expect(h.text.contains("[ ___"))
    h.press(.backspace)  // empty field: one question back
    #expect(h.route == .journey)
    #expect(h.text.contains("Avez-vous une formation finie"))
  }
}

@Suite struct TwoDigitChoiceTests {}

extension TwoDigitChoiceTests {
  /// The calculator lists 12 events: every one is reached by its number.
  @Test func `on a list of ten or more, 1 then 2 chooses the twelfth; 1 then Enter the first`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator)
    #expect(h.plain.contains("12  Mon titre de séjour va finir"), "\(h.plain)")
    h.press(.char("1"))
    #expect(h.route == .calculatorEvent)  // waits for a possible second digit
    h.press(.char("2"))
    #expect(h.route == .calculatorDate)
    #expect(h.plain.contains("À quelle date finit votre titre de séjour"))
    h.press(.escape, .char("1"), .enter)
    #expect(h.plain.contains("À quelle date votre formation est-elle finie"))
    h.press(.escape, .char("3"))  // cannot start a number up to 12: at once
    #expect(h.plain.contains("Quelle est la date du rendez-vous"))
  }

  @Test func `every item of a long check page is reached by its number`() {
    var h = Harness()
    h.toHome()
    h.press(JourneyScreenTests.riskAnswers)
    #expect(h.plain.contains("Vérifiez vos réponses"))
    h.press(.char("1"), .char("5"))  // the 15th answer: refused job offer
    #expect(h.plain.contains("Avez-vous refusé une offre d'emploi"), "\(h.plain)")
  }
}

@Suite struct ProgressCountTests {
  /// The "Question i sur n" of the screen, and whether it says "suite".
  static func progress(_ h: Harness) -> (index: Int, total: Int, followUp: Bool)? {
    guard let line = h.frame.lines.first(where: { $0.contains("Question ") && $0.contains(" sur ") }),
      let range = line.range(of: #"Question (\d+) sur (\d+)"#, options: .regularExpression)
    else { return nil }
    let numbers = line[range].split(separator: " ").compactMap { Int($0) }
    return (numbers[0], numbers[1], line.contains("suite"))
  }

  /// Presses each key and reads the count after it, on the way to the check page.
  static func walk(_ keys: [Key]) -> [(index: Int, total: Int, followUp: Bool)] {
    var h = Harness()
    h.toHome()
    var seen: [(Int, Int, Bool)] = []
    for key in keys {
      h.press(key)
      if let p = progress(h), seen.last.map({ $0 != p }) ?? true { seen.append(p) }
    }
    return seen
  }
}

extension ProgressCountTests {
  @Test func `the risk check's count never grows and never goes back as answers add questions`() {
    let counts = Self.walk(JourneyScreenTests.riskAnswers)
    #expect(counts.count >= 14)
    for (a, b) in zip(counts, counts.dropFirst()) {
      #expect(b.index >= a.index, "\(counts)")
      #expect(b.total <= a.total, "\(counts)")
    }
    // The training's end date is a follow-up of "a training?": same number, "suite".
    #expect(counts.contains { $0.followUp })
    #expect(Set(counts.dropFirst().map(\.total)).count == 1, "\(counts)")
  }

  @Test func `the monthly declaration's count stays the same with two employers`() {
    let keys: [Key] = [Home.declare, .char("1"), .char("1"), .char("1")] + "35".map { .char($0) } + [.enter]
      + "1 234,5".map { .char($0) } + [.enter, .char("1")] + "10".map { .char($0) } + [.enter]
      + "120".map { .char($0) } + [.enter, .char("2"), .char("2"), .char("2"), .char("2")]
    let counts = Self.walk(keys)
    #expect(Set(counts.map(\.total)).count == 1, "\(counts)")
    #expect(zip(counts, counts.dropFirst()).allSatisfy { $1.index >= $0.index }, "\(counts)")
  }

  @Test func `a sick leave asks whether it is over, and the summary says so`() {
    var h = Harness()
    h.toHome()
    // Looking; no work; no training; a sick leave from 3 November, ended on the 10th.
    h.press(Home.declare, .char("1"), .char("1"), .char("2"), .char("2"), .char("1"), .char("1"))
    h.type("03/11/2026")
    h.press(.enter)
    #expect(h.plain.contains("L'arrêt est-il déjà envoyé à l'Assurance maladie"))
    h.press(.char("1"))  // sent: no two-day warning
    #expect(h.plain.contains("Cet arrêt est-il fini ?"))
    h.press(.char("1"))
    h.type("10/11/2026")
    h.press(.enter, .char("2"), .char("2"), .enter)
    h.size = Size(columns: 80, rows: 50)
    #expect(h.flowing.contains("Arrêt déclaré : un arrêt maladie, du mardi 3 novembre 2026 au mardi 10 novembre 2026."),
            "\(h.plain)")
  }
}
