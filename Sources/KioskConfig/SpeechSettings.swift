/// How the kiosk speaks (kiosk.yaml `speech:`). Speech itself is turned on
/// by the person, for one visit; these settings are the agency's and every
/// visit starts from them again (EN 301 549 clause 5.1.3.13).
public struct SpeechSettings: Hashable, Sendable {
  /// Where the sound goes. Only a headset is private listening (clause
  /// 5.1.3.9): on a loudspeaker, amounts, the person's dates, references
  /// and codes are replaced by a neutral word.
  public enum Output: String, Hashable, Sendable, CaseIterable {
    case headset
    case loudspeaker
  }

  public var output: Output = .loudspeaker
  /// Words per minute (espeak-ng `-s`; its own default is 175).
  public var rate = 160
  /// Loudness in percent (espeak-ng `-a`, 0 to 200; 100 is its default).
  public var volume = 100

  public init(output: Output = .loudspeaker, rate: Int = 160, volume: Int = 100) {
    self.output = output
    self.rate = rate
    self.volume = volume
  }

  public static let rates = 80...400
  public static let volumes = 10...200

  static func read(_ file: YAMLSection, log: inout DiagnosticLog) -> SpeechSettings {
    var settings = SpeechSettings()
    guard let section = file.section("speech", required: false, log: &log) else { return settings }
    section.rejectUnknownKeys(allowed: ["output", "rate", "volume"], log: &log)
    settings.output = section.choice("output", Output.self, required: false, log: &log) ?? settings.output
    settings.rate = section.int("rate", required: false, range: rates, log: &log) ?? settings.rate
    settings.volume = section.int("volume", required: false, range: volumes, log: &log) ?? settings.volume
    return settings
  }
}
