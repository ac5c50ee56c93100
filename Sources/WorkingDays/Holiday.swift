/// A public holiday (jour férié) on a given date.
public struct Holiday: Hashable, Sendable, Codable {
  public let date: CivilDate
  /// Stable identifier, used to find the name in other languages
  /// (catalog key `holiday.<id>`).
  public let id: String
  /// The French name, as official texts write it.
  public let name: String
  /// Why it is a holiday here.
  public let source: String
}

/// How a holiday is placed in a year.
enum HolidayDate: Sendable {
  case fixed(month: Int, day: Int)
  case easterOffset(Int)

  func date(in year: Int) -> CivilDate {
    switch self {
    case let .fixed(month, day): return CivilDate(year: year, month: month, day: day)!
    case let .easterOffset(days): return Easter.sunday(year: year).adding(days: days)
    }
  }
}

/// One holiday rule: where and in which years it applies.
struct HolidayRule: Sendable {
  let id: String
  let name: String
  let date: HolidayDate
  let years: ClosedRange<Int>
  let source: String
  /// nil: every department; otherwise the codes where it applies.
  let departments: Set<String>?
  /// Years excluded inside `years` (Whit Monday, 2005–2007).
  var excludedYears: Set<Int> = []

  func applies(year: Int, department: Department) -> Bool {
    years.contains(year) && !excludedYears.contains(year)
      && (departments?.contains(department.code) ?? true)
  }
}
