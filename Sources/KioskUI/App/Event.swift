import DocumentImaging
import Statistics
import Terminal

/// Everything that can happen to the app. Keys and ticks come from the
/// terminal loop; device results come back from effects.
public enum Event: Hashable, Sendable {
  case key(Key)
  /// No key for a while: lets idle timers advance.
  case tick
  case resize(Size)
  /// The "call staff" program finished: true when it succeeded.
  case staffCallFinished(Bool)
  /// The print job finished.
  case printFinished(PrintStatus)
  /// A scan, a stick or the outbox answered, for the session `generation`
  /// (a result for a session already wiped is dropped).
  case document(DocumentEvent, generation: Int)
  /// The statistics journal was read (nil: it could not be).
  case statisticsLoaded(FrictionReport?)
  /// A PIN was checked against its hash: true when it matched.
  case pinChecked(PINPurpose, Bool)
  /// The attestation asked by the session `generation` was recorded (nil:
  /// the journal could not be written).
  case attestationRecorded(AttestationRecord?, generation: Int)
}

/// Which PIN is being checked.
public enum PINPurpose: Hashable, Sendable {
  case mediator
  case staffExit
}

/// Work the app asks the outside world to do. The loop runs it and may send
/// an event back.
public enum Effect: Hashable, Sendable {
  /// Clear the screen and the scrollback: a session ended.
  case wipeScreen
  /// Run the configured program that alerts staff.
  case callStaff([String])
  /// Staff typed the exit code: leave the kiosk.
  case exitKiosk
  /// Print this sheet (or keep it for staff when printing fails).
  case print(PrintSheet)
  /// Scan, list a stick, read a file, or queue a document, for the
  /// session `generation`.
  case document(DocumentEffect, generation: Int)
  /// Count one step event in the anonymous statistics.
  case record(FrictionEvent)
  /// Read the statistics journal and answer with `statisticsLoaded`.
  case loadStatistics
  /// Check a typed PIN against its configured hash, away from the screen
  /// (scrypt takes 0.1 s and 32 MiB), and answer with `pinChecked`.
  case checkPIN(PINPurpose, String)
  /// Keep the anonymous row of an attestation and answer with
  /// `attestationRecorded` (the reference goes on the printed sheet).
  case recordAttestation(AttestationRequest, generation: Int)
  /// Say the screen again, or pause and resume the voice (speech keys).
  case speech(SpeechRequest)
}

/// What a speech key asks of the speaker. Turning speech on or off is
/// state (`SessionState.speechOn`), not a request.
public enum SpeechRequest: Hashable, Sendable {
  case repeatScreen
  case pauseOrResume
}

/// A sheet to print: a title and plain lines, already in the person's
/// language. It carries dates and actions, not identity.
public struct PrintSheet: Hashable, Sendable {
  public let title: String
  public let lines: [String]
  /// The marks of private values (`PrivateText`), meant for speech, never
  /// reach the printer.
  public init(title: String, lines: [String]) {
    self.title = PrivateText.stripped(title)
    self.lines = lines.map(PrivateText.stripped)
  }

  public var text: String { ([title, String(repeating: "=", count: min(60, title.count)), ""] + lines).joined(separator: "\n") + "\n" }
}
