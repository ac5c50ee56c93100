import Foundation
import KioskConfig
import Testing
import Wording

/// Reads every sentence of the catalogs as a reviewer would: short
/// sentences, no blaming or bureaucratic words, acronyms explained, and no
/// text that no screen can show.
@Suite struct CatalogLintTests {
  static let repository = ConfigFixture.bundled.deletingLastPathComponent()
  let config = try! ConfigLoader.load(directory: ConfigFixture.bundled)

  /// Words a claimant must never read (ux-principles.md).
  static let banned: [String: [String]] = [
    "fr": ["invalide", "erreur", "veuillez", "désolé", "code d'erreur"],
    "en": ["invalid", "error", "sorry"],
  ]
  /// Acronyms everyone knows at a job centre.
  static let knownAcronyms: Set<String> = ["CV", "OK"]

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

  /// « » are French quotation marks: English reads "…".
  @Test func `each language has its own quotation marks`() {
    for (language, catalog) in config.catalogs where language != "fr" {
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
