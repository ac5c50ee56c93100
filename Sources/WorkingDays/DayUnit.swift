/// The three ways French texts count days.
public enum DayUnit: String, Sendable, Codable, CaseIterable {
  /// Jours ouvrés: Monday to Friday, except public holidays.
  case workingDays = "working_days"
  /// Jours ouvrables: Monday to Saturday, except public holidays.
  case ouvrables = "ouvrables"
  /// Jours calendaires: every day.
  case calendarDays = "calendar_days"
}

/// Why a day was or was not counted.
public enum DayKind: Hashable, Sendable {
  case counted
  case weekend(Weekday)
  case holiday(Holiday)

  public var isCounted: Bool { self == .counted }
}
