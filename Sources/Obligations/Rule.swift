import WorkingDays

/// One obligation with a deadline, as data: an agency corrects it in
/// `kiosk-config/rules/` without a release.
///
/// Words the claimant reads are catalog keys (`titleKey`…), so a rule reads
/// the same in every language the kiosk offers.
public struct Rule: Hashable, Sendable, Identifiable {
  public let id: String
  public let titleKey: String
  /// The event that starts the count (`training_end`, `letter_date`…).
  public let trigger: String
  public let count: Int
  public let unit: DurationUnit
  public let mode: CountingMode
  public let effectiveFrom: CivilDate
  public let effectiveUntil: CivilDate?
  public let source: LegalSource
  public let confidence: Confidence
  public let consequenceKey: String
  public let actionKeys: [String]
  /// What to do once the date has passed, when it differs from
  /// `actionKeys` (a missed declaration cannot be made any more).
  public let lateActionKeys: [String]
  /// Extra explanation shown under the count (e.g. why a rule is uncertain).
  public let noteKeys: [String]

  public init(
    id: String, titleKey: String, trigger: String, count: Int, unit: DurationUnit,
    mode: CountingMode, effectiveFrom: CivilDate, effectiveUntil: CivilDate? = nil,
    source: LegalSource, confidence: Confidence, consequenceKey: String,
    actionKeys: [String], lateActionKeys: [String] = [], noteKeys: [String] = []
  ) {
    self.id = id
    self.titleKey = titleKey
    self.trigger = trigger
    self.count = count
    self.unit = unit
    self.mode = mode
    self.effectiveFrom = effectiveFrom
    self.effectiveUntil = effectiveUntil
    self.source = source
    self.confidence = confidence
    self.consequenceKey = consequenceKey
    self.actionKeys = actionKeys
    self.lateActionKeys = lateActionKeys
    self.noteKeys = noteKeys
  }

  /// What to do: the late actions once the date has passed, when the
  /// rule has them.
  public func actions(late: Bool) -> [String] {
    late && !lateActionKeys.isEmpty ? lateActionKeys : actionKeys
  }

  /// True for a rule that explains and sets no date.
  public var hasDeadline: Bool {
    switch unit {
    case .workingDays, .ouvrables, .calendarDays, .hours, .months, .fixedDate: return true
    case .none: return false
    }
  }

  /// Whether the rule applies to an event on `date`.
  public func isInForce(on date: CivilDate) -> Bool {
    date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
  }
}
