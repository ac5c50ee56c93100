import Obligations
import WorkingDays

/// Dates written in full, as people read them: "lundi 28 décembre 2026",
/// "Monday 28 December 2026". Names and order come from the catalog
/// (`date.*` keys), so a new language needs no code.
extension Catalog {
  /// A language whose month changes inside a date (Ukrainian "грудня",
  /// genitive) gives `date.month_in_date.N`; others use `date.month.N`.
  public func longDate(_ date: CivilDate) -> String {
    text("date.long", [
      "weekday": text("date.weekday.\(date.weekday.rawValue)"),
      "day": date.day == 1 ? text("date.day.first") : String(date.day),
      "month": optionalText("date.month_in_date.\(date.month)") ?? text("date.month.\(date.month)"),
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
}
