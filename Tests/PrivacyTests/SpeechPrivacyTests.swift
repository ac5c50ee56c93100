import Foundation
import KioskConfig
import KioskRuntime
import KioskUI
import Terminal
import Testing

/// Speech says a person's amount into a headset, but keeps nothing: no
/// file, no log line. Only the test rig (PASSERELLE_SPEECH_WAV_DIR) writes
/// what was said, and only in its own folder. An extension of the
/// serialized session suite: each searches the temporary files the other
/// would write.
extension SessionPrivacyTests {
  static func headset(_ config: KioskConfiguration) -> KioskConfiguration {
    var site = config.site
    site.speech.output = .headset
    return KioskConfiguration(directory: config.directory, site: site, ruleBook: config.ruleBook, catalogs: config.catalogs,
                              checklists: config.checklists, documents: config.documents, warnings: config.warnings)
  }

  /// A spoken visit: the declaration with the fake pay, then its end.
  static func spokenVisit(_ w: PrivacyWorkspace, environment: [String: String]) -> KioskDriver {
    let config = headset(w.config)
    var d = KioskDriver(config: config, environment: environment)
    d.press(.char("="))
    Self.declare(&d)
    // Each screen's voice is started before the next: the last one holds the amount.
    d.runner.speaker.endVisit()
    return d
  }

  @Test func `a spoken visit leaves nothing on disk or in the log; the rig writes only in its folder`() throws {
    let logs = LogCapture.shared
    let started = Date().addingTimeInterval(-1)
    let w = try PrivacyWorkspace()
    defer { w.remove() }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"

    // Without the rig: espeak-ng plays to the sound card (or fails, with
    // none here), and nothing is written.
    var d = Self.spokenVisit(w, environment: ["PATH": path])
    #expect(d.plain.contains("9 876,54"), "the amount was not taken: \(d.plain)")
    d.press(.char("-"), .char("1"))
    let temporary = FileManager.default.temporaryDirectory
    let isStick = { (file: String) in file.hasPrefix(w.root.path + "/media/") || file.hasPrefix(w.root.resolvingSymlinksInPath().path + "/media/") }
    let hits = PrivacyWorkspace.files(under: temporary, containing: Self.secrets, modifiedSince: started)
      .filter { !isStick($0) }
    #expect(hits.isEmpty, "\(hits)")

    // With the rig: the amount is in its texts (so the search above would
    // have found a leak), and nowhere else.
    let rig = w.root.appendingPathComponent("speech-rig")
    try FileManager.default.createDirectory(at: rig, withIntermediateDirectories: true)
    _ = Self.spokenVisit(w, environment: ["PATH": path, "PASSERELLE_SPEECH_WAV_DIR": rig.path])
    let rigHits = PrivacyWorkspace.files(under: rig, containing: Self.secrets)
    #expect(!rigHits.isEmpty, "the headset rig should have said the amount")
    let outside = PrivacyWorkspace.files(under: temporary, containing: Self.secrets, modifiedSince: started)
      .filter { !isStick($0) && !$0.contains("/speech-rig/") }
    #expect(outside.isEmpty, "\(outside)")

    for line in logs.all {
      for secret in Self.secrets { #expect(!line.contains(secret), "a log line holds \(secret): \(line)") }
    }
  }
}
