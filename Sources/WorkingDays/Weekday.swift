/// Day of the week, numbered as ISO 8601 does (Monday = 1).
public enum Weekday: Int, Sendable, CaseIterable, Codable {
  case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

  public var isWeekend: Bool { self == .saturday || self == .sunday }
}
