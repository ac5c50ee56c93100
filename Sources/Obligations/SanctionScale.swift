import WorkingDays

/// What the person receives, which decides the sanction that applies.
public enum BenefitStatus: String, Sendable, Codable, CaseIterable {
  /// An unemployment allowance (ARE…).
  case allowance
  /// The RSA (revenu de solidarité active).
  case rsa
  /// Neither.
  case none
}

/// Whether a failure is the first, or repeated within 24 months.
public enum Occurrence: String, Sendable, Codable, CaseIterable {
  case first
  case repeated
}

/// One line of a dated sanction scale: for this status and occurrence, what
/// may be decided. The text is a catalog key.
public struct SanctionStep: Hashable, Sendable {
  public let status: BenefitStatus
  public let occurrence: Occurrence
  public let measureKey: String

  public init(status: BenefitStatus, occurrence: Occurrence, measureKey: String) {
    self.status = status
    self.occurrence = occurrence
    self.measureKey = measureKey
  }
}

/// A sanction scale in force between two dates, with its source. Old scales
/// are kept to explain old letters.
public struct SanctionScale: Hashable, Sendable, Identifiable {
  public let id: String
  public let titleKey: String
  public let effectiveFrom: CivilDate
  public let effectiveUntil: CivilDate?
  public let source: LegalSource
  public let confidence: Confidence
  public let steps: [SanctionStep]

  public init(
    id: String, titleKey: String, effectiveFrom: CivilDate, effectiveUntil: CivilDate?,
    source: LegalSource, confidence: Confidence, steps: [SanctionStep]
  ) {
    self.id = id
    self.titleKey = titleKey
    self.effectiveFrom = effectiveFrom
    self.effectiveUntil = effectiveUntil
    self.source = source
    self.confidence = confidence
    self.steps = steps
  }

  public func isInForce(on date: CivilDate) -> Bool {
    date >= effectiveFrom && (effectiveUntil.map { date <= $0 } ?? true)
  }

  public func steps(for status: BenefitStatus) -> [SanctionStep] {
    steps.filter { $0.status == status }
  }
}
