/// The espeak-ng command line for one utterance. espeak-ng is GPL-3: the
/// kiosk runs it as a separate program and never links it. The text goes
/// on standard input, never on the command line, where any process of the
/// machine could read it (/proc/PID/cmdline).
public struct EspeakCommand: Hashable, Sendable {
  public var executable = "espeak-ng"
  /// Words per minute.
  public var rate: Int
  /// Loudness in percent.
  public var volume: Int

  public init(rate: Int, volume: Int, executable: String = "espeak-ng") {
    self.rate = rate
    self.volume = volume
    self.executable = executable
  }

  /// Where the sound goes.
  public enum Destination: Hashable, Sendable {
    /// The sound card.
    case soundCard
    /// A WAV file (the test rig).
    case wavFile(String)
    /// WAV data on standard output (the latency bench).
    case standardOutput
  }

  public func arguments(language: String, to destination: Destination) -> [String] {
    var out = ["-v", Self.voice(for: language), "-s", String(rate), "-a", String(volume), "--stdin"]
    switch destination {
    case .soundCard: break
    case let .wavFile(path): out += ["-w", path]
    case .standardOutput: out += ["--stdout"]
    }
    return out
  }

  /// The espeak-ng voice for a catalog language: the same two-letter
  /// codes, French as spoken in France.
  public static func voice(for language: String) -> String {
    language == "fr" ? "fr-fr" : language
  }
}
