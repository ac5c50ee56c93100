import Foundation
import KioskConfig
import Speech
import Synchronization

/// Reads screens aloud with espeak-ng, run as its own program (GPL-3:
/// never linked), one utterance at a time: a new one kills the last. The
/// loop only hands over what to say (`follow`); starting and stopping
/// processes happens on a queue of its own, and a burst of keys collapses
/// to its last screen, so speech never slows the screen down. Without
/// espeak-ng or a sound card the kiosk goes on silently, logged once.
///
/// Test rig: `PASSERELLE_SPEECH_WAV_DIR=DIR` writes each utterance to
/// DIR/NNNN.wav, with its text in DIR/NNNN.txt, instead of the sound card.
public final class ScreenSpeaker: Sendable {
  private let command: EspeakCommand
  private let program: String?
  private let wavDirectory: String?
  private let queue = DispatchQueue(label: "passerelle.speech")
  private let state = Mutex(State())

  private struct State {
    var director = SpeechDirector()
    /// Actions not yet carried out, oldest first.
    var pending: [SpeechAction] = []
    var current: Process?
    var paused = false
    var lastSaid: (text: String, language: String)?
    var failureLogged = false
  }

  public init(settings: SpeechSettings, environment: [String: String] = ProcessInfo.processInfo.environment) {
    command = EspeakCommand(rate: settings.rate, volume: settings.volume)
    wavDirectory = environment["PASSERELLE_SPEECH_WAV_DIR"].flatMap { $0.isEmpty ? nil : $0 }
    program = Self.find(command.executable, in: environment["PATH"] ?? "/usr/bin:/bin")
    // espeak-ng may end before it reads its text (no voice for a
    // language): the write must fail with EPIPE, not end the kiosk.
    signal(SIGPIPE, SIG_IGN)
  }

  /// After each painted frame: what the screen says now (nil: speech is
  /// off) and what led to it.
  public func follow(_ spoken: SpokenScreen?, after trigger: SpeechTrigger) {
    let queued = state.withLock { state -> Bool in
      let action = state.director.next(spoken, after: trigger)
      guard action != .none else { return false }
      state.pending.append(action)
      return true
    }
    if queued { queue.async { self.carryOut() } }
  }

  /// At a wipe: the voice stops at once, before the next person comes and
  /// before the process is replaced (nothing of the visit goes on aloud).
  public func endVisit() {
    queue.sync {
      state.withLock { state in
        state.pending = []
        state.lastSaid = nil
        state.director = SpeechDirector()
        Self.kill(&state)
      }
    }
  }

  /// Every action waiting: the last say or stop wins (a key storm says
  /// only the screen it ends on); pauses after it apply in order.
  private func carryOut() {
    state.withLock { state in
      let actions = state.pending
      state.pending = []
      let lastSpeech = actions.lastIndex { if case .pauseOrResume = $0 { false } else { true } }
      if let lastSpeech {
        switch actions[lastSpeech] {
        case let .say(text, language): start(text, language: language, &state)
        case .stop: Self.kill(&state)
        case .none, .pauseOrResume: break
        }
      }
      let pauses = actions[((lastSpeech ?? -1) + 1)...].filter { $0 == .pauseOrResume }.count
      for _ in 0..<pauses { pauseOrResume(&state) }
    }
  }

  private func pauseOrResume(_ state: inout State) {
    guard let process = state.current, process.isRunning else {
      // Nothing is being said: "resume" says the last screen again.
      if let last = state.lastSaid { start(last.text, language: last.language, &state) }
      return
    }
    Foundation.kill(process.processIdentifier, state.paused ? SIGCONT : SIGSTOP)
    state.paused.toggle()
  }

  private static func kill(_ state: inout State) {
    if let process = state.current, process.isRunning {
      Foundation.kill(process.processIdentifier, SIGKILL)
    }
    state.current = nil
    state.paused = false
  }

  private func start(_ text: String, language: String, _ state: inout State) {
    Self.kill(&state)
    state.lastSaid = (text, language)
    guard let program else {
      logOnce("speech: espeak-ng is not installed; the kiosk goes on without speech", &state)
      return
    }
    var destination = EspeakCommand.Destination.soundCard
    if let wavDirectory, let path = Self.nextRecording(in: wavDirectory, text: text) { destination = .wavFile(path) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = command.arguments(language: language, to: destination)
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    // Without a sound card espeak-ng still ends with 0, but complains.
    let errors = Pipe()
    process.standardError = errors
    process.terminationHandler = { [weak self] done in
      let complained = !errors.fileHandleForReading.availableData.isEmpty
      // Killed by the next screen: expected. Any other failure is the
      // sound card or the voice: said once, with no words of the screen.
      guard done.terminationReason == .exit, done.terminationStatus != 0 || complained, let self else { return }
      self.state.withLock {
        self.logOnce("speech: espeak-ng could not speak (status \(done.terminationStatus): no sound card, or no voice for \"\(language)\"); the kiosk goes on without it", &$0)
      }
    }
    do {
      try process.run()
    } catch {
      logOnce("speech: espeak-ng could not start (\(program)); the kiosk goes on without speech", &state)
      return
    }
    state.current = process
    // A screen's text fits in the pipe's buffer: this never waits. A voice
    // that ended before reading it (EPIPE) is logged by its exit status.
    try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try? input.fileHandleForWriting.close()
  }

  private func logOnce(_ message: String, _ state: inout State) {
    guard !state.failureLogged else { return }
    state.failureLogged = true
    SystemLog.error(message)
  }

  /// The rig's next file name, numbered after those already in the
  /// directory (a fresh process per visit goes on counting), with the
  /// text beside it.
  static func nextRecording(in directory: String, text: String) -> String? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    let last = names.compactMap { $0.hasSuffix(".wav") ? Int($0.dropLast(4)) : nil }.max() ?? 0
    let stem = (directory as NSString).appendingPathComponent(String(format: "%04d", last + 1))
    guard FileManager.default.createFile(atPath: stem + ".txt", contents: Data(text.utf8)) else { return nil }
    return stem + ".wav"
  }

  static func find(_ name: String, in path: String) -> String? {
    path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
