import Foundation
import KioskConfig
import PINHashing
import Testing

/// The bundled PINs are public: `config check` must say so until they change.
@Suite struct DemonstrationPINsTests {
  @Test func `the bundled configuration still has both demonstration codes`() throws {
    let site = try ConfigLoader.load(directory: ConfigFixture.bundled).site
    #expect(DemonstrationPINs.inPlace(site) == ["staff.exit_code_hash", "mediator.pin_hash"])
  }

  @Test func `new codes are not reported; the warning says which key and how to change it`() throws {
    var site = try ConfigLoader.load(directory: ConfigFixture.bundled).site
    site.staffExitHash = try PINHash.make(pin: "93017", logRounds: 4)
    #expect(DemonstrationPINs.inPlace(site) == ["mediator.pin_hash"])
    site.mediatorPINHash = nil
    #expect(DemonstrationPINs.inPlace(site).isEmpty)
    let warning = DemonstrationPINs.warning("mediator.pin_hash")
    #expect(warning.hasPrefix("WARNING"))
    #expect(warning.contains("2468") && warning.contains("kiosk pin hash"))
  }
}
