import Obligations
import WorkingDays

/// Dates written in full, as people read them: "lundi 28 décembre 2026",
/// "Monday 28 December 2026". Names and order come from the catalog
/// (`date.*` keys), so a new language needs no code.
extension Catalog {
  public func longDate(_ date: CivilDate) -> String {
    text("date.long", [
      "weekday": text("date.weekday.\(date.weekday.rawValue)"),
      "day": date.day == 1 ? text("date.day.first") : String(date.day),
      "month": text("date.month.\(date.month)"),
      "year": String(date.year),
    ])
  }

  /// "novembre 2026".
  public func monthName(_ month: YearMonth) -> String {
    text("date.month_year", ["month": text("date.month.\(month.month)"), "year": String(month.year)])
  }

  public func weekdayName(_ weekday: Weekday) -> String {
    text("date.weekday.\(weekday.rawValue)")
  }

  /// "1 jour", "3 jours": plural by catalog keys `<key>.one` / `<key>.other`.
  /// French counts 0 and 1 in the singular ("0 réponse refusée"),
  /// English only 1 (CLDR plural rules).
  public func count(_ n: Int, _ key: String) -> String {
    let one = language == "fr" ? abs(n) <= 1 : abs(n) == 1
    return text(one ? "\(key).one" : "\(key).other", ["n": String(n)])
  }
}
