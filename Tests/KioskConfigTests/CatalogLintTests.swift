import Foundation
import KioskConfig
import Testing
import Wording

/// Reads every sentence of the catalogs as a reviewer would: short
/// sentences, no blaming or bureaucratic words, acronyms explained, and no
/// text that no screen can show.
@Suite struct CatalogLintTests {
  static let repository = ConfigFixture.bundled.deletingLastPathComponent()
  /// Every catalog of content/, offered or not yet (a translator's catalog
  /// is read before the agency offers it), loaded and cross-checked.
  static let allCatalogs: KioskConfiguration = {
    let fixture = try! ConfigFixture()
    defer { fixture.remove() }
    let codes = ["fr"] + (try! FileManager.default.contentsOfDirectory(atPath: ConfigFixture.bundled.appendingPathComponent("content").path))
      .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.filter { $0 != "fr" }.sorted()
    let kiosk = try! fixture.read("kiosk.yaml")
    let line = kiosk.components(separatedBy: "\n").first { $0.hasPrefix("languages:") }!
    try! fixture.replace("kiosk.yaml", line, with: "languages: [\(codes.joined(separator: ", "))]")
    do { return try ConfigLoader.load(directory: fixture.directory) } catch {
      fatalError("content/*.yaml do not load together:\n\(error)")
    }
  }()
  let config = Self.allCatalogs

  /// Words a claimant must never read (ux-principles.md): the blaming
  /// words ("invalid", "error", "sorry") and the bureaucratic "please
  /// fill in" of each language. Say what to do instead.
  static let banned: [String: [String]] = [
    "fr": ["invalide", "erreur", "veuillez", "désolé", "code d'erreur"],
    "en": ["invalid", "error", "sorry"],
    "es": ["inválido", "inválida", "error", "errores", "erróneo", "errónea", "lo sentimos", "disculpe", "sírvase",
           "le rogamos", "cumplimente"],
    "pt": ["inválido", "inválida", "erro", "erros", "lamentamos", "desculpe", "queira", "preencha"],
    "uk": ["недійсний", "недійсна", "недійсне", "помилка", "помилку", "помилки", "вибачте", "на жаль", "просимо заповнити"],
    "ro": ["invalid", "invalidă", "eroare", "eroarea", "erori", "ne pare rău", "scuze", "vă rugăm să completați"],
    "tr": ["geçersiz", "hata", "hatalı", "özür", "üzgünüz", "lütfen doldurunuz"],
    "ar": ["غير صالح", "غير صالحة", "خطأ", "آسف", "نأسف", "عذرا", "عذراً", "يرجى ملء"],
  ]
  /// Acronyms everyone knows at a job centre, in every language.
  static let knownAcronyms: Set<String> = ["CV", "OK"]
  /// French quotation marks « » are also Spanish, Portuguese, Romanian,
  /// Ukrainian and Arabic ones; English and Turkish read "…".
  static let noGuillemets: Set<String> = ["en", "tr"]
  /// The CLDR plural categories of each language for whole numbers, as
  /// the translators' conventions fix them (docs/admin/configuration.md).
  static let pluralForms: [String: Set<String>] = [
    "fr": ["one", "other"], "en": ["one", "other"], "es": ["one", "other"], "pt": ["one", "other"],
    "tr": ["one", "other"], "uk": ["one", "few", "many", "other"], "ro": ["one", "few", "other"],
    "ar": ["zero", "one", "two", "few", "many", "other"],
  ]

  static func sentences(_ text: String) -> [String] {
    text.split(whereSeparator: { ".!?;".contains($0) }).map { String($0) }
  }

  static func words(_ sentence: String) -> [String] {
    sentence.split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" })
      .map(String.init).filter { $0.contains { $0.isLetter || $0.isNumber } }
  }
}

extension CatalogLintTests {
  @Test func `no sentence is longer than 25 words`() {
    for (language, catalog) in config.catalogs {
      for (key, text) in catalog.entries {
        for sentence in Self.sentences(text) {
          let count = Self.words(sentence).count
          #expect(count <= 25, "\(language) \(key): \(count) words: \(sentence)")
        }
      }
    }
  }

  @Test func `the lint reads every catalog of content`() {
    #expect(Set(["fr", "en", "es"]).isSubset(of: config.catalogs.keys), "\(config.catalogs.keys.sorted())")
  }

  /// « » are French (and Spanish, Ukrainian…) quotation marks: English and
  /// Turkish read "…".
  @Test func `each language has its own quotation marks`() {
    for (language, catalog) in config.catalogs where Self.noGuillemets.contains(language) {
      for (key, text) in catalog.entries {
        #expect(!text.contains("«") && !text.contains("»"), "\(language) \(key): \(text)")
      }
    }
  }

  @Test func `no banned word`() {
    for (language, catalog) in config.catalogs {
      for (key, text) in catalog.entries {
        let words = Set(Self.words(text.lowercased()).map { $0.trimmingCharacters(in: .punctuationCharacters) })
        let lower = text.lowercased()
        for banned in Self.banned[language] ?? [] {
          let found = banned.contains(" ") ? lower.contains(banned) : words.contains(banned)
          #expect(!found, "\(language) \(key) says \"\(banned)\"")
        }
      }
    }
  }

  @Test func `every acronym is explained, in parentheses or in the glossary`() {
    for (language, catalog) in config.catalogs {
      let glossary = Set(catalog.entries.keys.filter { $0.hasPrefix("glossary.") && $0.hasSuffix(".word") }
        .compactMap { catalog.entries[$0] })
      let statusWords = Set(catalog.entries.filter { $0.key.hasPrefix("status.") || $0.key.hasSuffix(".word") }
        .flatMap { $0.value.split(separator: " ").map(String.init) })
      for (key, text) in catalog.entries where !key.hasPrefix("glossary.") && !key.hasSuffix(".word") {
        for token in Self.words(text) {
          let letters = token.filter(\.isLetter)
          guard (2...5).contains(letters.count), letters.allSatisfy({ $0.isUppercase }),
            !Self.knownAcronyms.contains(letters), !statusWords.contains(token)
          else { continue }
          let explainedHere = text.contains("(\(letters))") || text.contains("\(letters) (")
          #expect(explainedHere || glossary.contains(letters), "\(language) \(key): \(letters) is not explained")
        }
      }
    }
  }

  /// Each counted key ("{n} jours") gives exactly its language's plural
  /// forms: Ukrainian "1 день, 2 дні, 5 днів" needs few and many.
  @Test func `each counted key has the plural forms of its language`() {
    let categories = ["zero", "one", "two", "few", "many", "other"]
    let counted = Set(config.catalog("fr").entries.keys.filter { $0.hasSuffix(".one") }.map { String($0.dropLast(4)) })
    #expect(counted.contains("unit.hours") && counted.contains("idle.seconds"))
    for (language, catalog) in config.catalogs {
      guard let expected = Self.pluralForms[language] else {
        Issue.record("\(language): no plural forms known for this language; add them to pluralForms and PluralRules")
        continue
      }
      for base in counted {
        let present = Set(categories.filter { catalog.has("\(base).\($0)") })
        #expect(present == expected, "content/\(language).yaml \(base): has \(present.sorted()), needs \(expected.sorted())")
      }
    }
  }

  /// Another language has the keys of fr.yaml and no other, except the
  /// ones it may need: the agency's texts, a month's form inside a date,
  /// its extra plural forms.
  @Test func `every other catalog has the keys of fr.yaml, and only them`() {
    let french = Set(config.catalog("fr").entries.keys)
    for (language, catalog) in config.catalogs where language != "fr" {
      for key in french where !catalog.has(key) { Issue.record("content/\(language).yaml: missing \(key)") }
      for key in catalog.entries.keys where !french.contains(key) {
        let allowed = CatalogKeys.isAgencyText(key) || CatalogKeys.isMonthInDate(key)
          || CatalogKeys.pluralForm(key).map { french.contains("\($0.base).one") } == true
        #expect(allowed, "content/\(language).yaml: \(key) is not in fr.yaml")
      }
    }
  }

  /// An agency text in a catalog names a text of kiosk.yaml, documents.yaml
  /// or checklists/: a misspelt id would never be shown.
  @Test func `every agency text of a catalog names a text of the shared files`() {
    let stale = config.warnings.filter { $0.message.contains("no such text") }
    #expect(stale.isEmpty, "\(stale.map(\.description))")
  }

  /// A key is used when the code names it, when a rule or scale names it,
  /// or when the code builds it from a prefix ("help.\(route.key)").
  @Test func `every catalog key is used by a screen, a rule or a key prefix`() throws {
    let sources = Self.repository.appendingPathComponent("Sources")
    var code = ""
    let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!
    for case let url as URL in files where url.pathExtension == "swift" {
      code += try String(contentsOf: url, encoding: .utf8)
    }
    let prefixes = Self.dynamicPrefixes(in: code)
    #expect(prefixes.contains("help."))
    var referenced = Set<String>()
    for rule in config.ruleBook.rules {
      referenced.formUnion([rule.titleKey, rule.consequenceKey] + rule.actionKeys + rule.lateActionKeys + rule.noteKeys)
    }
    for scale in config.ruleBook.sanctionScales { referenced.formUnion([scale.titleKey] + scale.steps.map(\.measureKey)) }
    let catalog = config.catalog("fr")
    for key in catalog.entries.keys.sorted() {
      let base = key.hasSuffix(".one") ? String(key.dropLast(4)) : key.hasSuffix(".other") ? String(key.dropLast(6)) : key
      let used = code.contains("\"\(key)\"") || code.contains("\"\(base)\"") || referenced.contains(key)
        || prefixes.contains { key.hasPrefix($0) }
      #expect(used, "content/fr.yaml: \(key) is used by no screen")
    }
  }

  /// Literal prefixes of interpolated keys: "note.confidence.\(…)" gives
  /// "note.confidence.".
  static func dynamicPrefixes(in code: String) -> Set<String> {
    var prefixes = Set<String>()
    var rest = Substring(code)
    while let marker = rest.range(of: "\\(") {
      let before = rest[..<marker.lowerBound]
      if let quote = before.lastIndex(of: "\"") {
        let prefix = String(before[before.index(after: quote)...])
        if prefix.contains("."), prefix.allSatisfy({ $0.isLetter || $0 == "." || $0 == "_" || $0 == "-" }) {
          prefixes.insert(prefix)
        }
      }
      rest = rest[marker.upperBound...]
    }
    return prefixes
  }
}
