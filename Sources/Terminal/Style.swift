/// What a piece of text means on screen. The backend maps roles to colours,
/// or to nothing in monochrome: meaning is always carried by words too.
public enum ColorRole: UInt8, Hashable, Sendable, CaseIterable {
  case normal
  /// The header bar.
  case header
  /// Titles and the selected choice.
  case accent
  /// Overdue, errors.
  case danger
  /// Urgent, soon.
  case warning
  /// Nothing at risk, done.
  case ok
  /// Secondary text, weekends.
  case muted
  /// The key bar at the bottom.
  case keyBar
}

public struct Style: Hashable, Sendable {
  public var role: ColorRole
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  /// A personal value (an amount, a typed answer, a reference): drawn like
  /// any text, but speech on a loudspeaker says a neutral word instead.
  public var privacy: PrivateKind?

  public init(_ role: ColorRole = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false,
              privacy: PrivateKind? = nil) {
    self.role = role
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.privacy = privacy
  }

  public static let plain = Style()
}
