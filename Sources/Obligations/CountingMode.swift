/// The three ways deadlines are counted (rules-reference.md): each computed
/// date is labelled with its mode.
public enum CountingMode: String, Sendable, Codable, CaseIterable {
  /// A France Travail calendar date (the monthly window): the date itself,
  /// never moved for a weekend or a holiday.
  case fixedDate = "fixed_date"
  /// An administrative delay: the starting day does not count and no
  /// extension rule is stated, so the last day is never moved.
  case administrative
  /// A court or appeal delay (délai franc): a last day on a Saturday, Sunday
  /// or holiday moves to the next working day (CPC 641–642).
  case court
}

/// The unit a rule counts in.
public enum DurationUnit: String, Sendable, Codable, CaseIterable {
  case workingDays = "working_days"
  case ouvrables
  case calendarDays = "calendar_days"
  case hours
  case months
  /// Used with `CountingMode.fixedDate`: the date comes from a calendar.
  case fixedDate = "fixed_date"
  /// The rule explains and sets no date (15 hours of activity a week…).
  case none
}
