import DocumentImaging
import KioskConfig
import Obligations
import Testing
import WorkingDays
import Wording

@Suite struct WordingTests {
  let config = try! ConfigLoader.load(directory: ConfigFixture.bundled)
  var fr: Catalog { config.catalog("fr") }
  var en: Catalog { config.catalog("en") }
}

extension WordingTests {
  @Test func `dates are written in full`() {
    #expect(fr.longDate(CivilDate(iso: "2026-12-28")!) == "lundi 28 décembre 2026")
    #expect(fr.longDate(CivilDate(iso: "2026-12-01")!) == "mardi 1er décembre 2026")
    #expect(en.longDate(CivilDate(iso: "2026-12-28")!) == "Monday 28 December 2026")
    #expect(fr.monthName(YearMonth(year: 2026, month: 8)!) == "août 2026")
  }

  @Test func `French punctuation gets a non-breaking space, times and links do not`() {
    #expect(FrenchTypography.apply("Date limite : lundi") == "Date limite\u{00A0}: lundi")
    #expect(FrenchTypography.apply("Vraiment?") == "Vraiment\u{00A0}?")
    #expect(FrenchTypography.apply("à 23:59 sur https://x.fr") == "à 23:59 sur https://x.fr")
    #expect(FrenchTypography.apply("« oui »") == "«\u{00A0}oui\u{00A0}»")
    #expect(FrenchTypography.apply("30 à 100 %") == "30 à 100\u{00A0}%")
  }

  @Test func `the explanation of a deadline reads as plain sentences`() throws {
    let deadline = try DeadlineCalculator(ruleBook: config.ruleBook, department: try Department(code: "75"))
      .deadline("training-end", from: CivilDate(iso: "2026-12-18")!)
    let lines = DeadlineWording(catalog: fr).explanation(deadline)
    #expect(lines.first == "Le délai est de 5 jours ouvrés. Il commence le vendredi 18 décembre 2026.")
    #expect(lines.last == "Date limite\u{00A0}: lundi 28 décembre 2026.")
    #expect(lines.contains { $0.contains("Vérifiez avec votre conseiller") })
    let trace = DeadlineWording(catalog: en).trace(deadline)
    #expect(trace.contains("Friday 25 December 2026 — public holiday (Christmas Day), does not count"))
    #expect(trace.last == "Monday 28 December 2026 — day 5")
  }

  @Test func `a risk report answers yes first when a declaration was missed, with what it counts`() throws {
    var situation = Situation(department: "75")
    situation.lastDeclaredMonth = "2026-09"
    let assessment = try RiskAssessor(ruleBook: config.ruleBook).assess(situation, today: CivilDate(iso: "2026-11-29")!)
    let lines = RiskWording(catalog: fr).report(assessment).map { $0.replacingOccurrences(of: "\u{00A0}", with: " ") }
    #expect(lines[1] == "Oui, quelque chose est en danger. Il faut agir vite.")
    #expect(lines[2] == "1 chose en retard, 1 chose à faire au plus tard le mardi 15 décembre 2026.")
    #expect(!lines.contains { $0.contains("bientôt") })
    let en = RiskWording(catalog: config.catalog("en")).report(assessment)
    #expect(en[1] == "Yes, something is at risk. You need to act quickly.")
    #expect(en[2] == "1 thing late, 1 thing to do by Tuesday 15 December 2026.")
  }

  @Test func `a risk report says there is nothing at risk when true`() throws {
    var situation = Situation(department: "75")
    situation.lastDeclaredMonth = "2026-10"
    let assessment = try RiskAssessor(ruleBook: config.ruleBook).assess(situation, today: CivilDate(iso: "2026-11-22")!)
    let text = RiskWording(catalog: fr).report(assessment).joined(separator: "\n")
    let lines = text.components(separatedBy: "\n")
    #expect(lines.dropFirst().first == "Non, rien n'est en danger pour le moment.")  // the answer comes first
    #expect(text.contains("Déclarer votre situation pour novembre 2026"))
    #expect(!text.contains("EN RETARD"))
  }

  @Test func `every status has a word, in every language`() {
    for status in RiskStatus.allCases {
      #expect(fr.has("status.\(status.rawValue)"))
      #expect(en.has("status.\(status.rawValue)"))
    }
  }

  @Test func `missing keys show as the key, never crash`() {
    #expect(fr.text("no.such.key") == "[no.such.key]")
    #expect(Catalog(language: "fr", entries: ["a": "x {b} {c}"]).text("a", ["b": "1"]) == "x 1 {c}")
  }
}

extension WordingTests {
  @Test func `a refused document's size is written in the reader's language`() {
    let problem = DocumentProblem.tooLarge(bytes: 7_200_000, limit: 5_000_000)
    #expect(fr.documentProblem(problem).contains("7,2 Mo. Le maximum est 5,0 Mo."))
    #expect(en.documentProblem(problem).contains("7.2 megabytes. The most is 5.0 megabytes."))
    #expect(en.documentProblem(.blank(page: 3)).hasPrefix("Page 3 looks empty."))
  }
}
