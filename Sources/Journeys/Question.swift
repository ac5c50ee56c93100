import Obligations
import WorkingDays

/// A value to put into a question's sentence; the screen formats it in the
/// person's language (a month name, a date in full…).
public enum TextArgument: Hashable, Sendable {
  case text(String)
  case number(Int)
  case date(CivilDate)
  case month(YearMonth)
  /// A month's name alone ("février").
  case monthOfYear(Int)
}

/// One question, one screen. Texts are catalog keys.
public struct Question: Hashable, Sendable, Identifiable {
  /// The answer key ("work.2.hours").
  public let id: String
  public let textKey: String
  public var arguments: [String: TextArgument]
  public var hintKey: String?
  public let kind: Kind
  /// The short label on the check-your-answers page.
  public let summaryKey: String
  /// The part of the journey this question belongs to: a follow-up ("when
  /// did it end?") shares its first question's part, so the progress count
  /// does not grow as answers add questions. By default, the id up to its
  /// first dot ("training.end" is in "training").
  public let section: String

  public enum Kind: Hashable, Sendable {
    case choice([Option])
    /// A date between two bounds (inclusive), each with why it is a bound.
    case date(DateBounds)
    /// A whole number in a range; above `confirmAbove` the person is asked
    /// to confirm ("200 heures, c'est beaucoup : est-ce juste ?").
    case number(ClosedRange<Int>, confirmAbove: Int?, unitKey: String)
    /// An amount in euros, typed "1 234,56".
    case amount(maxCents: Int)
  }

  public struct Option: Hashable, Sendable {
    public let id: String
    public let labelKey: String
    public init(_ id: String, _ labelKey: String) {
      self.id = id
      self.labelKey = labelKey
    }
  }

  public struct DateBounds: Hashable, Sendable {
    public let earliest: CivilDate
    public let latest: CivilDate
    /// Catalog keys explaining each bound when a date falls outside.
    public let tooEarlyKey: String
    public let tooLateKey: String
    public init(earliest: CivilDate, latest: CivilDate, tooEarlyKey: String, tooLateKey: String) {
      self.earliest = earliest
      self.latest = latest
      self.tooEarlyKey = tooEarlyKey
      self.tooLateKey = tooLateKey
    }
  }

  public init(
    id: String, textKey: String, arguments: [String: TextArgument] = [:], hintKey: String? = nil,
    kind: Kind, summaryKey: String, section: String? = nil
  ) {
    self.id = id
    self.textKey = textKey
    self.arguments = arguments
    self.hintKey = hintKey
    self.kind = kind
    self.summaryKey = summaryKey
    self.section = section ?? String(id.prefix { $0 != "." })
  }

  /// A yes/no question.
  public static func yesNo(
    _ id: String, _ textKey: String, summary: String, arguments: [String: TextArgument] = [:], section: String? = nil
  ) -> Question {
    Question(id: id, textKey: textKey, arguments: arguments,
             kind: .choice([Option("yes", "answer.yes"), Option("no", "answer.no")]), summaryKey: summary,
             section: section)
  }
}
