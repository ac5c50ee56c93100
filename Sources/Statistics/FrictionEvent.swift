/// One moment where a person moved through, or got stuck on, a step of a
/// journey. It names the step, never the person: no identifier, no answer,
/// no free text, no exact time (the journal rounds it to the hour).
public struct FrictionEvent: Hashable, Sendable, Codable {
  public enum Kind: String, CaseIterable, Sendable, Codable {
    case entered
    /// An answer or a file was refused and the person was told why.
    case validationError = "validation_error"
    case back
    case helpAsked = "help_asked"
    case personCalled = "person_called"
    /// The idle timeout wiped the visit on this step.
    case abandonedByTimeout = "abandoned_by_timeout"
    case completed
  }

  /// The journey id (`document`, `risk`, `declare`, `calculator`,
  /// `appointment`), or `kiosk` for screens outside a journey.
  public let journey: String
  /// The step's name: a catalog key, so the report can word it.
  public let step: String
  public let kind: Kind
  public let language: String
  /// A mediator was assisting, with the person's consent.
  public let assisted: Bool

  public init(journey: String, step: String, kind: Kind, language: String, assisted: Bool) {
    self.journey = journey
    self.step = step
    self.kind = kind
    self.language = language
    self.assisted = assisted
  }
}
