import Documents
import Foundation
import TestSupport
import Testing
import WorkingDays

/// The scanner through SANE's test backend (no hardware), and USB sticks.
@Suite(.serialized) struct CaptureTests {
  /// A private SANE configuration: only the test backend, A4 allowed.
  static func saneConfig() -> URL {
    let backends = "test"
    let folder = Fixtures.temporaryFolder()
    try! Data((backends + "\n").utf8).write(to: folder.appendingPathComponent("dll.conf"))
    let stock = (try? String(contentsOfFile: "/etc/sane.d/test.conf", encoding: .utf8)) ?? ""
    if stock.isEmpty { Issue.record("/etc/sane.d/test.conf is missing: scripts/test installs sane-utils") }
    let raised = stock.replacingOccurrences(of: "geometry_max 200.0", with: "geometry_max 300.0")
    try! Data(raised.utf8).write(to: folder.appendingPathComponent("test.conf"))
    return folder
  }

  /// `scanimage` wrapped so it sees the private configuration.
  static func scanner(_ config: URL, _ extra: [String]) -> PageScanner {
    let wrapper = config.appendingPathComponent("scanimage")
    try! Data("#!/bin/sh\nSANE_CONFIG_DIR='\(config.path)' exec /usr/bin/scanimage \"$@\"\n".utf8).write(to: wrapper)
    chmod(wrapper.path, 0o755)
    return PageScanner(settings: ScannerSettings(device: "test:0", resolution: 200, extraArguments: extra, program: wrapper.path,
                                             timeoutSeconds: 20))
  }
}

extension CaptureTests {
  @Test func `the test scanner gives an A4 page at 200 dpi that passes the checks`() throws {
    let config = Self.saneConfig()
    defer { try? FileManager.default.removeItem(at: config) }
    let out = config.appendingPathComponent("page.pnm")
    let result = Self.scanner(config, ["--test-picture", "Grid"]).scan(to: out)
    if let result { Issue.record("scan failed: \(result)"); return }
    let check = DocumentChecker(limits: DocumentLimits()).check([UInt8](try Data(contentsOf: out)), dpi: 200)
    #expect(check.kind == .pnm && check.isAccepted)
    #expect(check.image?.width == 1654 || check.image?.width == 1653)
  }

  @Test func `a white page from the scanner is called blank`() throws {
    let config = Self.saneConfig()
    defer { try? FileManager.default.removeItem(at: config) }
    let out = config.appendingPathComponent("page.pnm")
    if let failure = Self.scanner(config, ["--test-picture", "Solid white"]).scan(to: out) {
      Issue.record("scan failed: \(failure)")
      return
    }
    let check = DocumentChecker(limits: DocumentLimits()).check([UInt8](try Data(contentsOf: out)), firstPage: 2, dpi: 200)
    #expect(check.problems == [.blank(page: 2)])
  }

  @Test(arguments: [("SANE_STATUS_JAMMED", ScanFailure.jammed), ("SANE_STATUS_NO_DOCS", .noPaper),
                    ("SANE_STATUS_COVER_OPEN", .coverOpen), ("SANE_STATUS_IO_ERROR", .failed)])
  func `scanner faults become plain reasons and leave no file`(_ status: String, _ expected: ScanFailure) {
    let config = Self.saneConfig()
    defer { try? FileManager.default.removeItem(at: config) }
    let out = config.appendingPathComponent("page.pnm")
    let result = Self.scanner(config, ["--test-picture", "Grid", "--read-return-value", status]).scan(to: out)
    #expect(result == expected)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func `a scanner that is gone, or no scanimage, says "no scanner"`() {
    let config = Self.saneConfig()
    defer { try? FileManager.default.removeItem(at: config) }
    // The test backend has two devices: test:7 is a scanner unplugged.
    var gone = Self.scanner(config, []).settings
    gone.device = "test:7"
    #expect(PageScanner(settings: gone).scan(to: config.appendingPathComponent("p.pnm")) == .noScanner)
    let missing = PageScanner(settings: ScannerSettings(program: "/nonexistent/scanimage"))
    #expect(missing.scan(to: config.appendingPathComponent("p.pnm")) == .noScanner)
  }

  @Test func `a scan that hangs is given up after the timeout`() {
    let config = Self.saneConfig()
    defer { try? FileManager.default.removeItem(at: config) }
    let hang = config.appendingPathComponent("hang")
    try! Data("#!/bin/sh\nexec sleep 30\n".utf8).write(to: hang)
    chmod(hang.path, 0o755)
    let scanner = PageScanner(settings: ScannerSettings(program: hang.path, timeoutSeconds: 0.3))
    #expect(scanner.scan(to: config.appendingPathComponent("p.pnm")) == .timedOut)
  }

  @Test func `a stick's files are listed newest first, without hidden files or links`() throws {
    let root = Fixtures.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: root) }
    let fm = FileManager.default
    try fm.createDirectory(at: root.appendingPathComponent("Documents"), withIntermediateDirectories: true)
    try Data([1]).write(to: root.appendingPathComponent("old.pdf"))
    try Data([2, 2]).write(to: root.appendingPathComponent("Documents/new.jpg"))
    try Data([3]).write(to: root.appendingPathComponent(".hidden.pdf"))
    // A day older than the new file, whatever the machine's clock says.
    let newer = try #require(try fm.attributesOfItem(atPath: root.appendingPathComponent("Documents/new.jpg").path)[
      .modificationDate] as? Date)
    try fm.setAttributes([.modificationDate: newer.addingTimeInterval(-86_400)],
                         ofItemAtPath: root.appendingPathComponent("old.pdf").path)
    try fm.createSymbolicLink(atPath: root.appendingPathComponent("passwd.pdf").path, withDestinationPath: "/etc/passwd")
    let files = USBDrive(root: root, timeZone: TimeZone(identifier: "Europe/Paris")!).files()
    #expect(files.map(\.name) == ["Documents/new.jpg", "old.pdf"])
    #expect(USBDrive.read(files[0], limit: 1) == .failure(.tooLarge(bytes: 2)))
    #expect(USBDrive.read(files[1], limit: 10) == .success([1]))
    let link = USBFile(path: root.appendingPathComponent("passwd.pdf").path, name: "passwd.pdf", bytes: 1,
                       modifiedSeconds: 0, day: CivilDate(iso: "2026-11-22")!)
    #expect(USBDrive.read(link, limit: 10_000) == .failure(.gone))
    try fm.removeItem(at: root.appendingPathComponent("old.pdf"))
    #expect(USBDrive.read(files[1], limit: 10) == .failure(.gone))
  }

  /// The day shown beside a file is the site's, whatever zone the machine is in.
  @Test func `a file's day is the site's day`() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("usb-zone-\(UInt64.random(in: 0 ... .max))")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("late.pdf")
    try Data([1]).write(to: file)
    // 18 November 2026, 23:30 in UTC: already the 19th in Paris, still the 18th in Martinique.
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_795_044_600)],
                                          ofItemAtPath: file.path)
    let paris = USBDrive(root: root, timeZone: TimeZone(identifier: "Europe/Paris")!).files()
    let martinique = USBDrive(root: root, timeZone: TimeZone(identifier: "America/Martinique")!).files()
    #expect(paris.map(\.day) == [CivilDate(iso: "2026-11-19")!])
    #expect(martinique.map(\.day) == [CivilDate(iso: "2026-11-18")!])
  }
}
