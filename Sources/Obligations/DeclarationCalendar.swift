import WorkingDays

/// A month and its year, as in "the declaration for November 2026".
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let year: Int
  public let month: Int

  public init?(year: Int, month: Int) {
    guard (1...12).contains(month) else { return nil }
    self.year = year
    self.month = month
  }

  public init(_ date: CivilDate) {
    self.year = date.year
    self.month = date.month
  }

  /// Parses `YYYY-MM`.
  public init?(iso: String) {
    let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1])
    else { return nil }
    self.init(year: y, month: m)
  }

  public func adding(months: Int) -> YearMonth {
    let first = CivilDate(year: year, month: month, day: 1)!.adding(months: months)
    return YearMonth(first)
  }

  public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

  public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
    (lhs.year, lhs.month) < (rhs.year, rhs.month)
  }
}

/// When the monthly declaration for `month` can be made.
public struct DeclarationWindow: Hashable, Sendable {
  public let month: YearMonth
  public let opens: CivilDate
  /// The last day; it closes at 23:59 that day.
  public let closes: CivilDate
  /// True when the dates come from the published calendar, false when they
  /// come from the default rule.
  public let published: Bool

  public init(month: YearMonth, opens: CivilDate, closes: CivilDate, published: Bool) {
    self.month = month
    self.opens = opens
    self.closes = closes
    self.published = published
  }

  public func contains(_ date: CivilDate) -> Bool { opens <= date && date <= closes }
}

/// The monthly declaration calendar: published windows as data, with the
/// default rule (the 28th, the 26th in February, to the 15th of the next
/// month; arrêté du 22 décembre 2015) when a month is not listed. Dates are
/// never moved for weekends or holidays.
public struct DeclarationCalendar: Hashable, Sendable {
  public let published: [YearMonth: DeclarationWindow]

  public init(published: [DeclarationWindow] = []) {
    self.published = Dictionary(published.map { ($0.month, $0) }, uniquingKeysWith: { _, last in last })
  }

  public func window(for month: YearMonth) -> DeclarationWindow {
    if let window = published[month] { return window }
    let openDay = month.month == 2 ? 26 : 28
    let next = month.adding(months: 1)
    return DeclarationWindow(
      month: month,
      opens: CivilDate(year: month.year, month: month.month, day: openDay)!,
      closes: CivilDate(year: next.year, month: next.month, day: 15)!,
      published: false)
  }

  /// The last window that has closed before `date`: missed, it ended the
  /// registration the day after its closing day.
  public func lastClosedWindow(on date: CivilDate) -> DeclarationWindow {
    var month = YearMonth(date)
    while window(for: month).closes >= date { month = month.adding(months: -1) }
    return window(for: month)
  }

  /// The window open on `date` (the 28th to the 15th), if any.
  public func openWindow(on date: CivilDate) -> DeclarationWindow? {
    for offset in [-1, 0] {
      let candidate = window(for: YearMonth(date).adding(months: offset))
      if candidate.contains(date) { return candidate }
    }
    return nil
  }

  /// The window open on `date`, or else the next one to open.
  public func currentOrNextWindow(on date: CivilDate) -> DeclarationWindow {
    let previous = window(for: YearMonth(date).adding(months: -1))
    if previous.contains(date) { return previous }
    let this = window(for: YearMonth(date))
    if date <= this.closes { return this }
    return window(for: YearMonth(date).adding(months: 1))
  }
}
