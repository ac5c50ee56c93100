import Documents
import Foundation
import TestSupport
import Testing

/// Files the tests make: PNG through libpng, JPEG through TurboJPEG, PDF
/// through the assembler, and a folder that disappears after the test.
enum Fixtures {
  static func png(_ image: GrayImage) -> [UInt8] { PNGFixture.encode(image) }

  static func jpeg(_ image: GrayImage, quality: Int = 75) -> [UInt8] { ImageCodec.encodeJPEG(image, quality: quality)! }

  /// A small page (A4 at 100 dpi declared as 150, quick to make).
  static func smallText(seed: UInt64 = 3) -> GrayImage {
    var page = SyntheticPage(dpi: 150, seed: seed)
    page.text(fromInches: 1, toInches: 4)
    return page.image
  }

  static func pdf(pages: Int = 2) throws -> [UInt8] {
    try PDFAssembler(limits: DocumentLimits()).assemble(pageCount: pages) { _ in smallText() }.bytes
  }

  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("passerelle-test-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Runs a program, returns its exit status (the test fails when it is missing).
  @discardableResult
  static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) -> Int32 {
    guard FileManager.default.isExecutableFile(atPath: program) else {
      Issue.record("\(program) is not installed: scripts/test installs it")
      return -1
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try! process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }
}
