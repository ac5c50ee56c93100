/// The plural forms of a language, as CLDR names them for whole numbers
/// (https://cldr.unicode.org, "Language Plural Rules"). A catalog gives one
/// text per category a language uses: `unit.hours.one`, `unit.hours.few`…
public enum PluralCategory: String, CaseIterable, Hashable, Sendable, Comparable {
  case zero, one, two, few, many, other

  public static func < (a: Self, b: Self) -> Bool {
    allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
  }
}

/// CLDR plural rules for whole numbers, per language. French counts 0 and
/// 1 in the singular; Ukrainian has few (2–4) and many (5–20); Romanian
/// has few (0, 2–19); Arabic has six forms. A language not listed here is
/// counted like English ("1" singular, everything else plural).
public enum PluralRules {
  /// The categories a catalog of `language` must give for each counted
  /// key. `.one` and `.other` are always there: fr and en, and the
  /// fallback, have them.
  public static func categories(_ language: String) -> [PluralCategory] {
    switch family(language) {
    case .oneOther, .zeroOneOther: return [.one, .other]
    case .slavicEast: return [.one, .few, .many, .other]
    case .romanian: return [.one, .few, .other]
    case .arabic: return [.zero, .one, .two, .few, .many, .other]
    }
  }

  /// The category of the whole number `n` in `language` (the sign is
  /// ignored: "-1 jour" reads like "1 jour").
  public static func category(_ n: Int, _ language: String) -> PluralCategory {
    let n = n.magnitude
    let mod10 = n % 10
    let mod100 = n % 100
    switch family(language) {
    case .zeroOneOther:
      return n <= 1 ? .one : .other
    case .oneOther:
      return n == 1 ? .one : .other
    case .slavicEast:
      if mod10 == 1, mod100 != 11 { return .one }
      if (2...4).contains(mod10), !(12...14).contains(mod100) { return .few }
      return .many
    case .romanian:
      if n == 1 { return .one }
      if n == 0 || (1...19).contains(mod100) { return .few }
      return .other
    case .arabic:
      switch n {
      case 0: return .zero
      case 1: return .one
      case 2: return .two
      default:
        if (3...10).contains(mod100) { return .few }
        if (11...99).contains(mod100) { return .many }
        return .other
      }
    }
  }

  /// A few numbers of `category` in `language`, to say in a check which
  /// form is missing ("for 2, 3, 4, 22").
  public static func examples(_ category: PluralCategory, _ language: String) -> [Int] {
    Array((0...200).filter { Self.category($0, language) == category }.prefix(4))
  }

  /// The language families of the CLDR rules the kiosk's languages use.
  enum Family {
    /// fr: 0 and 1 singular.
    case zeroOneOther
    /// en, es, pt (pt-PT), tr, and any language not listed: 1 singular.
    case oneOther
    /// uk, ru: one, few, many.
    case slavicEast
    case romanian
    case arabic
  }

  static func family(_ language: String) -> Family {
    switch language.split(separator: "-").first.map(String.init) ?? language {
    case "fr": return .zeroOneOther
    case "uk", "ru", "be": return .slavicEast
    case "ro", "mo": return .romanian
    case "ar": return .arabic
    default: return .oneOther
    }
  }
}

extension Catalog {
  /// "1 jour", "3 jours", "3 дні", "5 днів": the text of `<key>.<category>`
  /// by the language's CLDR rule; a category the catalog lacks falls back
  /// to `<key>.other` (`kiosk config check` reports it before it is seen).
  public func count(_ n: Int, _ key: String) -> String {
    let category = PluralRules.category(n, language)
    let chosen = has("\(key).\(category.rawValue)") ? "\(key).\(category.rawValue)" : "\(key).other"
    return text(chosen, ["n": String(n)])
  }
}
