/// What a person came to do when the kiosk, the official service or a
/// device failed them. Stored by its raw value in the attestation journal:
/// never rename a case.
public enum AttestationPurpose: String, CaseIterable, Codable, Hashable, Sendable {
  /// The monthly declaration (actualisation).
  case declaration
  /// Sending a document.
  case document
  /// Something else with France Travail.
  case other
}

/// What failed, from a fixed list in plain words (catalog keys
/// `attestation.failure.<raw value>`). Stored by raw value: never rename.
public enum AttestationFailure: String, CaseIterable, Codable, Hashable, Sendable {
  /// francetravail.fr or the application did not work.
  case officialSiteDown = "site_down"
  /// The code sent by SMS or e-mail never came.
  case codeNotReceived = "no_code"
  /// The scanner did not work (and no stick could be read).
  case scannerFailed = "scanner"
  /// The document could not be sent from the kiosk.
  case sendingFailed = "sending"
  /// Another problem.
  case other

  /// The failures offered for a purpose, in the order shown.
  public static func offered(for purpose: AttestationPurpose) -> [AttestationFailure] {
    switch purpose {
    case .declaration: return [.officialSiteDown, .codeNotReceived, .other]
    case .document: return [.scannerFailed, .sendingFailed, .other]
    case .other: return [.officialSiteDown, .codeNotReceived, .scannerFailed, .sendingFailed, .other]
    }
  }
}

/// One anonymous row of the attestation journal: enough for staff to
/// confirm a printed attestation, nothing about the person.
public struct AttestationRecord: Codable, Hashable, Sendable {
  /// "A-1129-4821" or "A-B-1129-4821" on a kiosk with an id.
  public let reference: String
  /// Local time to the minute: "2026-11-29 14:05".
  public let minute: String
  public let kioskID: String?
  public let purpose: AttestationPurpose
  public let failure: AttestationFailure

  public init(reference: String, minute: String, kioskID: String?, purpose: AttestationPurpose, failure: AttestationFailure) {
    self.reference = reference
    self.minute = minute
    self.kioskID = kioskID
    self.purpose = purpose
    self.failure = failure
  }

  enum CodingKeys: String, CodingKey { case reference, minute, kioskID, purpose, failure }

  /// Every key always present (`kioskID` null without an id): stable for scripts.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(reference, forKey: .reference)
    try container.encode(minute, forKey: .minute)
    try container.encode(kioskID, forKey: .kioskID)
    try container.encode(purpose, forKey: .purpose)
    try container.encode(failure, forKey: .failure)
  }
}

/// What the app asks the runtime to record: the purpose, the failure and
/// the kiosk's own date and time (the one printed on the sheet, so a
/// pinned test date gives the same minute in the journal).
public struct AttestationRequest: Hashable, Sendable {
  public let purpose: AttestationPurpose
  public let failure: AttestationFailure
  public let year: Int, month: Int, day: Int, hour: Int, minuteOfHour: Int

  public init(purpose: AttestationPurpose, failure: AttestationFailure, year: Int, month: Int, day: Int, hour: Int,
              minute: Int) {
    self.purpose = purpose
    self.failure = failure
    self.year = year
    self.month = month
    self.day = day
    self.hour = hour
    self.minuteOfHour = minute
  }

  /// "2026-11-29 14:05".
  public var minute: String {
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day)) \(two(hour)):\(two(minuteOfHour))"
  }
}
