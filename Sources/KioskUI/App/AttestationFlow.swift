import Statistics

/// The attestation that a person tried, for this visit: what they came to
/// do, then the recorded reference. Nothing typed, no name.
public struct AttestationDraft: Hashable, Sendable {
  /// What the person came to do; nil when asked from "talk to a person"
  /// outside a journey: every failure is offered.
  public var purpose: AttestationPurpose?
  public var state: State = .choosing

  public enum State: Hashable, Sendable {
    case choosing
    /// Waiting for the runtime to keep the anonymous row.
    case recording(AttestationRequest)
    case recorded(AttestationRecord)
    /// The journal could not be written: the sheet prints without a reference.
    case notRecorded(AttestationRequest)
  }

  public init(purpose: AttestationPurpose? = nil) { self.purpose = purpose }
}

/// Opening the attestation, the failures offered, and the sheet once the
/// runtime has recorded it (the reference comes from the journal, so the
/// screens never write it).
enum AttestationFlow {
  /// Offers the attestation for `purpose` (nil: every failure).
  static func open(_ purpose: AttestationPurpose?, _ session: inout SessionState) {
    session.attestation = AttestationDraft(purpose: purpose)
    session.selection[.attestationReason] = nil
    session.push(.attestationReason)
  }

  /// What the person is doing, guessed from where they asked for a person.
  static func purpose(of session: SessionState) -> AttestationPurpose? {
    let documentRoutes: Set<Route> = [.docType, .docVisible, .docSource, .docScan, .docUSB, .docFile, .docCheck, .docPages]
    if session.stack.contains(where: { documentRoutes.contains($0) }) { return .document }
    if session.stack.contains(.declarationIntro) || session.stack.contains(.declarationResult)
      || session.activeJourney == .declaration { return .declaration }
    return nil
  }

  /// The failures offered, each with the purpose it is recorded under.
  static func choices(_ draft: AttestationDraft) -> [(AttestationPurpose, AttestationFailure)] {
    guard let purpose = draft.purpose else {
      return AttestationFailure.offered(for: .other).map { (inferred($0), $0) }
    }
    return AttestationFailure.offered(for: purpose).map { (purpose, $0) }
  }

  /// Without a journey, the failure says what the person came to do.
  static func inferred(_ failure: AttestationFailure) -> AttestationPurpose {
    switch failure {
    case .officialSiteDown, .codeNotReceived: return .declaration
    case .scannerFailed, .sendingFailed: return .document
    case .other: return .other
    }
  }

  static func request(_ purpose: AttestationPurpose, _ failure: AttestationFailure, _ c: ScreenContext) -> AttestationRequest {
    AttestationRequest(purpose: purpose, failure: failure, year: c.today.year, month: c.today.month, day: c.today.day,
                       hour: c.timeOfDay.hour, minute: c.timeOfDay.minute)
  }

  /// The runtime answered: the draft moves on and the sheet is printed.
  /// Nil when no attestation was waiting (an answer for another screen).
  static func recorded(_ record: AttestationRecord?, _ session: inout SessionState, _ c: ScreenContext) -> PrintSheet? {
    guard case let .recording(request) = session.attestation.state else { return nil }
    session.attestation.state = record.map(AttestationDraft.State.recorded) ?? .notRecorded(request)
    return AttestationSheet.sheet(session.attestation.state, c)
  }
}
