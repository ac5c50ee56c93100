/// Reads a date typed by a person: "18/12/2026", "18 12 2026", "18-12-2026",
/// "18.12.2026", with one- or two-digit day and month, and also the ISO form
/// "2026-12-18". Each refusal says why, so the screen can say what to type.
public enum DateInputParser {
  public enum Problem: Error, Equatable, Sendable {
    /// Nothing was typed.
    case empty
    /// Not three groups of digits.
    case unreadable(String)
    /// The groups are numbers but the day does not exist (30 February).
    case noSuchDay(day: Int, month: Int, year: Int)
    /// Month outside 1–12.
    case noSuchMonth(Int)
    /// A year written with 1, 2 or 3 digits.
    case shortYear(Int)
    /// Outside the years the kiosk can count.
    case yearOutOfRange(Int)
  }

  public static func parse(_ input: String) -> Result<CivilDate, Problem> {
    let text = input.trimmedSpaces
    if text.isEmpty { return .failure(.empty) }
    let groups = text.split(whereSeparator: { "/ -.".contains($0) }).map(String.init)
    guard groups.count == 3, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      groups.allSatisfy({ $0.count <= 4 })
    else { return .failure(.unreadable(text)) }
    var (d, m, y) = (groups[0], groups[1], groups[2])
    if d.count == 4 { (d, y) = (y, d) }  // ISO order: year first
    guard let day = Int(d), let month = Int(m), let year = Int(y), d.count <= 2, m.count <= 2
    else { return .failure(.unreadable(text)) }
    if y.count != 4 { return .failure(.shortYear(year)) }
    guard (1...12).contains(month) else { return .failure(.noSuchMonth(month)) }
    guard HolidayCalendar.supportedYears.contains(year) else { return .failure(.yearOutOfRange(year)) }
    guard let date = CivilDate(year: year, month: month, day: day) else {
      return .failure(.noSuchDay(day: day, month: month, year: year))
    }
    return .success(date)
  }
}
