import Foundation
import KioskConfig
import Obligations
import Testing
import WorkingDays
import Wording

/// Plurals by CLDR rule, dates with a month's own form, the agency's texts
/// read from a catalog, and spoken-only languages.
@Suite struct LanguageMachineryTests {}

extension LanguageMachineryTests {
  /// Expected values from the CLDR tables (plurals.xml), written out.
  @Test func `plural categories follow CLDR for whole numbers`() {
    func forms(_ language: String, _ numbers: [Int]) -> [String] {
      numbers.map { PluralRules.category($0, language).rawValue }
    }
    #expect(forms("fr", [0, 1, 2, 100]) == ["one", "one", "other", "other"])
    #expect(forms("en", [0, 1, 2, -1]) == ["other", "one", "other", "one"])
    #expect(forms("es", [0, 1, 2]) == ["other", "one", "other"])
    #expect(forms("pt", [0, 1, 2]) == ["other", "one", "other"])
    #expect(forms("tr", [0, 1, 2]) == ["other", "one", "other"])
    #expect(forms("uk", [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 0])
      == ["one", "few", "few", "many", "many", "many", "many", "one", "few", "many", "one", "many", "many"])
    #expect(forms("ro", [0, 1, 2, 19, 20, 100, 101, 119, 120])
      == ["few", "one", "few", "few", "other", "other", "few", "few", "other"])
    #expect(forms("ar", [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111])
      == ["zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"])
    #expect(PluralRules.categories("uk") == [.one, .few, .many, .other])
    #expect(PluralRules.categories("xx") == [.one, .other])
  }

  @Test func `a count takes the form of its number, and .other when a form is missing`() {
    let uk = Catalog(language: "uk", entries: [
      "unit.calendar_days.one": "{n} день", "unit.calendar_days.few": "{n} дні",
      "unit.calendar_days.many": "{n} днів", "unit.calendar_days.other": "{n} днів",
    ])
    #expect([1, 3, 5, 21, 22].map { uk.count($0, "unit.calendar_days") } == ["1 день", "3 дні", "5 днів", "21 день", "22 дні"])
    let partial = Catalog(language: "uk", entries: ["x.one": "{n} один", "x.other": "{n} інше"])
    #expect(partial.count(3, "x") == "3 інше")
  }

  @Test func `a long date uses the month's form inside a date when the catalog has it`() {
    var entries = ["date.long": "{weekday}, {day} {month} {year} р.", "date.weekday.1": "понеділок",
                   "date.month.12": "грудень", "date.day.first": "1", "date.month_year": "{month} {year}"]
    let nominative = Catalog(language: "uk", entries: entries)
    #expect(nominative.longDate(CivilDate(iso: "2026-12-28")!) == "понеділок, 28 грудень 2026 р.")
    entries["date.month_in_date.12"] = "грудня"
    let uk = Catalog(language: "uk", entries: entries)
    #expect(uk.longDate(CivilDate(iso: "2026-12-28")!) == "понеділок, 28 грудня 2026 р.")
    #expect(uk.monthName(YearMonth(year: 2026, month: 12)!) == "грудень 2026")
  }

  @Test func `Spanish writes its dates, amounts and counts its own way`() throws {
    let es = try ConfigLoader.load(directory: ConfigFixture.bundled).catalog("es")
    #expect(es.longDate(CivilDate(iso: "2026-12-01")!) == "martes 1 de diciembre de 2026")
    #expect(es.amount(cents: 123_456) == "1.234,56 €")
    #expect(es.count(0, "unit.hours") == "0 horas")
    #expect(es.count(1, "unit.hours") == "1 hora")
  }
}

// MARK: - The checks

extension LanguageMachineryTests {
  @Test func `a missing plural form is named with the numbers that need it`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("content/es.yaml", "unit.hours.one: \"{n} hora\"\n", with: "")
    try fixture.replace("content/en.yaml", "unit.hours.other: \"{n} hours\"\n",
                        with: "unit.hours.other: \"{n} hours\"\nunit.hours.few: \"{n} hours\"\n")
    let found = fixture.diagnostics()
    #expect(found.contains {
      $0.file == "content/es.yaml" && $0.key == "unit.hours.one"
        && $0.message == "missing plural form \"one\" of unit.hours: Spanish uses it for numbers like 1; add this key"
    }, "\(found)")
    #expect(found.contains {
      $0.file == "content/en.yaml" && $0.key == "unit.hours.few" && $0.message.contains("English has no plural form \"few\"")
    }, "\(found)")
    // An extra form of English is not "missing" in the other catalogs.
    #expect(!found.contains { $0.key == "unit.hours.few" && $0.file != "content/en.yaml" }, "\(found)")
  }

  @Test func `an agency text missing inline is read from the language's catalog`() throws {
    let config = try ConfigLoader.load(directory: ConfigFixture.bundled)
    #expect(config.site.helpText["es"]?.hasPrefix("Una persona de la recepción puede ayudarle.") == true)
    #expect(config.site.hours["es"] == "de lunes a viernes, de 8:30 a 12:30")
    #expect(config.documents.type("payslip")?.visible.map { $0["es"] } == ["El nombre del empleador.", "El mes pagado.",
                                                                           "Las horas y el sueldo bruto."])
    let firstInterview = try #require(config.checklists.first { $0.id == "first-interview" })
    #expect(firstInterview.title["es"] == "La primera cita después de inscribirse")
    #expect(firstInterview.notes.first?["es"] == "Llegue 10 minutos antes.")
    // Inline wins: French comes from kiosk.yaml.
    #expect(config.site.desk["fr"] == "L'accueil est à l'entrée de l'agence, à gauche.")
  }

  @Test func `a text missing inline and in the catalog is reported, naming both places`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let es = try fixture.read("content/es.yaml").split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("site.desk:") && !$0.hasPrefix("checklist.contest.items.2:") }.joined(separator: "\n")
    try fixture.write("content/es.yaml", es)
    try fixture.replace("content/es.yaml", "document_type.other.title:", with: "document_type.othre.title:")
    let found = fixture.diagnostics()
    #expect(found.contains {
      $0.file == "kiosk.yaml" && $0.key == "site.desk"
        && $0.message == "no es text: write it here, or as site.desk in content/es.yaml"
    }, "\(found)")
    #expect(found.contains {
      $0.file == "checklists/ (id contest)" && $0.key == "items[1]"
        && $0.message.contains("checklist.contest.items.2 in content/es.yaml")
    }, "\(found)")
    #expect(found.contains { $0.key == "document_type.othre.title" && $0.severity == .warning && $0.message.contains("no such text") })
    #expect(found.contains { $0.file == "documents.yaml" && $0.message.contains("document_type.other.title in content/es.yaml") })
  }

  @Test func `an optional agency text left out everywhere is not asked in any language`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "  hours:\n    fr: \"du lundi au vendredi, de 8 h 30 à 12 h 30\"\n    en: \"Monday to Friday, 8:30 am to 12:30 pm\"\n", with: "")
    let config = try ConfigLoader.load(directory: fixture.directory)
    #expect(config.site.hours.isEmpty)
  }
}

// MARK: - Spoken-only languages

extension LanguageMachineryTests {
  /// The bundled kiosk.yaml's spoken_only block, as a test replaces it.
  static let bundledSpokenOnly = """
    spoken_only:
      ar:
        display_language: fr
        label: "Arabic / Arabe — (spoken)"

    """
  static let spokenSpanish = """
    spoken_only:
      es:
        display_language: en
        label: "Spanish / Espagnol — (spoken)"
      ar:
        label: "Arabic / Arabe — (spoken)"

    """

  @Test func `a spoken-only language has a display language and a label`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", Self.bundledSpokenOnly, with: Self.spokenSpanish)
    let site = try ConfigLoader.load(directory: fixture.directory).site
    #expect(site.spokenOnly["es"] == SpokenOnlyLanguage(displayLanguage: "en", label: "Spanish / Espagnol — (spoken)"))
    #expect(site.displayLanguages == ["fr", "en", "pt", "ro", "tr", "uk"])
  }

  @Test func `a spoken-only language must be offered, not first, and shown in a screen language`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", "languages: [fr, en, es, pt, ro, tr, uk, ar]", with: "languages: [fr, en, es, pt, ro, tr, uk]")
    try fixture.replace("kiosk.yaml", Self.bundledSpokenOnly, with: """
      spoken_only:
        fr:
          label: "French (spoken)"
        ar:
          label: "Arabic / Arabe — (spoken)"
        es:
          display_language: de

      """)
    let found = fixture.diagnostics().filter { $0.file == "kiosk.yaml" }.map(\.description).joined(separator: "\n")
    #expect(found.contains("\"ar\" is not in languages"), "\(found)")
    #expect(found.contains("\"fr\" is the first language"), "\(found)")
    #expect(found.contains("display_language"), "\(found)")
    #expect(found.contains("label"), "\(found)")
  }
}
