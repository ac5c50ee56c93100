import Foundation
import KioskConfig
import Testing

/// `speech:` in kiosk.yaml: where the voice goes, how fast, how loud.
@Suite struct SpeechSettingsTests {
  @Test func `the bundled kiosk speaks on a loudspeaker; a headset, rate and volume are read as written`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let bundled = try ConfigLoader.load(directory: fixture.directory).site.speech
    #expect(bundled == SpeechSettings(output: .loudspeaker, rate: 160, volume: 100))
    try fixture.replace("kiosk.yaml", "  output: loudspeaker", with: "  output: headset")
    try fixture.replace("kiosk.yaml", "  rate: 160", with: "  rate: 220")
    try fixture.replace("kiosk.yaml", "  volume: 100", with: "  volume: 60")
    #expect(try ConfigLoader.load(directory: fixture.directory).site.speech == SpeechSettings(output: .headset, rate: 220, volume: 60))
  }

  @Test func `without a speech block the kiosk speaks on a loudspeaker, at the default rate and volume`() throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    let text = try fixture.read("kiosk.yaml")
    let start = try #require(text.range(of: "speech:\n"))
    let end = try #require(text.range(of: "\nrisk:", range: start.upperBound..<text.endIndex))
    try fixture.write("kiosk.yaml", text.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: ""))
    #expect(try ConfigLoader.load(directory: fixture.directory).site.speech == SpeechSettings())
  }

  @Test(arguments: [("  output: loudspeaker", "  output: speakers", "speech.output", "expected one of headset, loudspeaker"),
                    ("  rate: 160", "  rate: 1000", "speech.rate", "80"),
                    ("  volume: 100", "  volume: 0", "speech.volume", "10"),
                    ("  volume: 100", "  volume: 100\n  voice: robot", "speech.voice", "unknown key")])
  func `a wrong speech setting names the file, the line and the key`(old: String, new: String, key: String, says: String) throws {
    let fixture = try ConfigFixture()
    defer { fixture.remove() }
    try fixture.replace("kiosk.yaml", old, with: new)
    let found = fixture.diagnostics().filter { $0.key == key }
    #expect(found.count == 1, "\(fixture.diagnostics())")
    #expect(found.first?.file == "kiosk.yaml")
    #expect(found.first?.line == (try fixture.line(of: new.components(separatedBy: "\n").last!, in: "kiosk.yaml")))
    #expect(found.first?.message.contains(says) == true, "\(found)")
  }
}
