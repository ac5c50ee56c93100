import DocumentImaging
import Terminal
import WorkingDays

/// What a screen shows, as data. Screens build this; the `Renderer` lays
/// it out. One question or one piece of information per screen.
public struct ScreenContent: Hashable, Sendable {
  /// The journey's name, shown under the site name ("Calculer une date limite").
  public var journey: String?
  /// "Étape 2 sur 3".
  public var progress: String?
  public var title: String
  /// Shown at the top of the body when an answer was refused: "Il y a un
  /// problème" and the list. The same words appear at the field.
  public var errorSummary: [String] = []
  public var blocks: [Block] = []
  /// The keys this screen offers, in the key bar.
  public var keys: [KeyHint] = []
  /// The screen's own keys, added to the global ones on the key bar (the
  /// screen handles them); ignored when `keys` replaces the bar.
  var bindings: [KeyBinding] = []
  /// Shown at the right of the header on every screen while a mediator
  /// assists ("MÉDIATEUR — une personne vous aide").
  public var badge: String?

  public init(journey: String? = nil, progress: String? = nil, title: String, blocks: [Block] = []) {
    self.journey = journey
    self.progress = progress
    self.title = title
    self.blocks = blocks
  }
}

/// One element of a screen body.
public enum Block: Hashable, Sendable {
  case paragraph(String, Style = .plain)
  /// A bulleted list.
  case bullets([String])
  /// Numbered choices; `selected` is highlighted with a mark and the cursor.
  case choices([String], selected: Int)
  /// Items to tick with Space; `selected` has the cursor.
  case checklist([String], checked: Set<Int>, selected: Int)
  /// A text field with its label, hint, what was typed and the error.
  case field(label: String, hint: String, value: String, error: String?)
  /// A status word and its sentence, e.g. "URGENT — Il reste 2 jours ouvrés".
  case status(word: String, text: String, role: ColorRole)
  /// Month calendars side by side with marked days and a legend.
  case calendar([MonthView], legend: String)
  /// A page shrunk to terminal cells, between two side bars.
  case picture(Thumbnail)
  /// An empty line.
  case spacer
}

/// A month as the calendar widget draws it.
public struct MonthView: Hashable, Sendable {
  public let title: String
  public let year: Int
  public let month: Int
  /// Two-letter weekday names, Monday first.
  public let weekdayNames: [String]
  public let marks: [Int: DayMark]

  public init(title: String, year: Int, month: Int, weekdayNames: [String], marks: [Int: DayMark]) {
    self.title = title
    self.year = year
    self.month = month
    self.weekdayNames = weekdayNames
    self.marks = marks
  }
}

/// How a day is marked in the calendar: each mark is a character, never
/// only a colour.
public enum DayMark: Hashable, Sendable {
  case start
  case counted
  case holiday
  case skipped
  case due
  case today
}

/// One key in the key bar: what to press and what it does.
public struct KeyHint: Hashable, Sendable {
  public let key: String
  public let label: String
  public init(_ key: String, _ label: String) {
    self.key = key
    self.label = label
  }
}
