/// Public holidays of every French département for the years 1900–2200.
///
/// National days: Code du travail L3133-1 (with the years each was
/// instituted). Alsace-Moselle: L3134-13. Abolition of slavery: loi 83-550
/// and décret 83-1003 as amended, L3422-2. Local days whose legal basis is
/// unconfirmed (Victor Schœlcher, Mi-Carême, Good Friday in the Antilles) are
/// left out on purpose: including them would push deadlines later than the
/// law may allow.
public struct HolidayCalendar: Sendable {
  public static let supportedYears = 1900...2200

  public init() {}

  /// Every holiday of `year` in `department`, in date order.
  public func holidays(year: Int, department: Department) throws(YearOutOfRange) -> [Holiday] {
    guard Self.supportedYears.contains(year) else { throw YearOutOfRange(year: year) }
    return Self.rules
      .filter { $0.applies(year: year, department: department) }
      .map { Holiday(date: $0.date.date(in: year), id: $0.id, name: $0.name, source: $0.source) }
      .sorted { $0.date < $1.date }
  }

  /// The holiday on `date` in `department`, if any. Dates outside the
  /// supported years have none.
  public func holiday(on date: CivilDate, department: Department) -> Holiday? {
    guard Self.supportedYears.contains(date.year) else { return nil }
    for rule in Self.rules where rule.applies(year: date.year, department: department) {
      if rule.date.date(in: date.year) == date {
        return Holiday(date: date, id: rule.id, name: rule.name, source: rule.source)
      }
    }
    return nil
  }

  static let national = "Code du travail, article L3133-1"
  static let alsace = "Code du travail, article L3134-13 (Alsace-Moselle)"
  static let slavery = "Loi n° 83-550 et décret n° 83-1003 modifié (abolition de l'esclavage)"
  static let maxYear = supportedYears.upperBound

  static let rules: [HolidayRule] = [
    HolidayRule(id: "new-year", name: "Jour de l'an", date: .fixed(month: 1, day: 1),
                years: 1900...maxYear, source: national, departments: nil),
    HolidayRule(id: "good-friday", name: "Vendredi saint", date: .easterOffset(-2),
                years: 1900...maxYear, source: alsace, departments: ["57", "67", "68"]),
    HolidayRule(id: "easter-monday", name: "Lundi de Pâques", date: .easterOffset(1),
                years: 1900...maxYear, source: national, departments: nil),
    HolidayRule(id: "mayotte-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 4, day: 27),
                years: 1983...maxYear, source: slavery, departments: ["976"]),
    HolidayRule(id: "labour-day", name: "Fête du Travail", date: .fixed(month: 5, day: 1),
                years: 1919...maxYear, source: national, departments: nil),
    // 8 May: a holiday 1953–1959, removed, then again since 1982 (loi 81-893).
    HolidayRule(id: "victory-1945", name: "Victoire 1945", date: .fixed(month: 5, day: 8),
                years: 1953...1959, source: national, departments: nil),
    HolidayRule(id: "victory-1945", name: "Victoire 1945", date: .fixed(month: 5, day: 8),
                years: 1982...maxYear, source: national, departments: nil),
    HolidayRule(id: "martinique-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 5, day: 22),
                years: 1983...maxYear, source: slavery, departments: ["972"]),
    HolidayRule(id: "guadeloupe-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 5, day: 27),
                years: 1983...maxYear, source: slavery, departments: ["971"]),
    // Saint-Martin: 27 May until 2017, 28 May since 2018.
    HolidayRule(id: "saint-martin-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 5, day: 27),
                years: 1983...2017, source: slavery, departments: ["978"]),
    HolidayRule(id: "saint-martin-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 5, day: 28),
                years: 2018...maxYear, source: slavery, departments: ["978"]),
    HolidayRule(id: "ascension", name: "Ascension", date: .easterOffset(39),
                years: 1900...maxYear, source: national, departments: nil),
    // Whit Monday was the default "journée de solidarité" 2005–2007 (loi
    // 2004-626), worked unless agreed otherwise; it is a holiday again since.
    HolidayRule(id: "whit-monday", name: "Lundi de Pentecôte", date: .easterOffset(50),
                years: 1900...maxYear, source: national, departments: nil,
                excludedYears: [2005, 2006, 2007]),
    HolidayRule(id: "guyane-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 6, day: 10),
                years: 1983...maxYear, source: slavery, departments: ["973"]),
    HolidayRule(id: "bastille-day", name: "Fête nationale", date: .fixed(month: 7, day: 14),
                years: 1900...maxYear, source: national, departments: nil),
    HolidayRule(id: "assumption", name: "Assomption", date: .fixed(month: 8, day: 15),
                years: 1900...maxYear, source: national, departments: nil),
    HolidayRule(id: "saint-barthelemy-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 10, day: 9),
                years: 1983...maxYear, source: slavery, departments: ["977"]),
    HolidayRule(id: "all-saints", name: "Toussaint", date: .fixed(month: 11, day: 1),
                years: 1900...maxYear, source: national, departments: nil),
    // 11 November: loi du 24 octobre 1922.
    HolidayRule(id: "armistice-1918", name: "Armistice 1918", date: .fixed(month: 11, day: 11),
                years: 1922...maxYear, source: national, departments: nil),
    HolidayRule(id: "reunion-abolition", name: "Abolition de l'esclavage", date: .fixed(month: 12, day: 20),
                years: 1983...maxYear, source: slavery, departments: ["974"]),
    HolidayRule(id: "christmas", name: "Noël", date: .fixed(month: 12, day: 25),
                years: 1900...maxYear, source: national, departments: nil),
    HolidayRule(id: "saint-stephen", name: "Saint-Étienne", date: .fixed(month: 12, day: 26),
                years: 1900...maxYear, source: alsace, departments: ["57", "67", "68"]),
  ]
}

/// Thrown for a year the calendar does not cover.
public struct YearOutOfRange: Error, Equatable, CustomStringConvertible {
  public let year: Int
  public init(year: Int) { self.year = year }
  public var description: String {
    "year \(year) is out of range: expected a year from \(HolidayCalendar.supportedYears.lowerBound) to \(HolidayCalendar.supportedYears.upperBound)"
  }
}
