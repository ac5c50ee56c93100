import Documents
import Foundation
import KioskUI

/// Sheets kept for staff when they could not be printed: encrypted with the
/// outbox key (they hold a person's deadlines), one file per reference,
/// never written over another. `kiosk outbox sheet REF` prints one back.
public struct KeptSheets: Sendable {
  public static let keepDays = 7
  public static let sealedSuffix = ".sheet.sealed"
  /// Draws before giving up: 9,000 references a day make a clash rare,
  /// a run of clashes means the folder is full or broken.
  static let draws = 50

  let directory: URL
  let keyFile: URL
  /// Where references come from: random by default, fixed in tests.
  let draw: @Sendable () -> String

  public init(directory: String, keyFile: String, draw: @escaping @Sendable () -> String = KeptSheets.drawReference) {
    self.directory = URL(fileURLWithPath: directory)
    self.keyFile = URL(fileURLWithPath: keyFile)
    self.draw = draw
  }

  /// Why a sheet could not be kept.
  public enum Failure: Error {
    case noFreeReference
    /// The sealed file could not be given its name (errno).
    case link(path: String, code: Int32)
  }

  /// Encrypts the sheet under a new reference. The sealed file is written
  /// aside, flushed, then linked to its name: `link` fails when the name
  /// exists, so a clash draws another reference and never replaces the
  /// sheet another person was told about.
  public func keep(_ text: String) throws -> String {
    let cipher = try OutboxCipher.loadOrCreate(keyFile: keyFile)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for _ in 0..<Self.draws {
      let reference = draw()
      let temporary = directory.appendingPathComponent("\(AtomicFile.temporaryPrefix)\(UUID().uuidString)")
      // Sealed with its reference, so a file renamed by hand does not open.
      try AtomicFile.writeNew(try cipher.seal(Array(text.utf8), boundTo: reference), to: temporary)
      let target = directory.appendingPathComponent(reference + Self.sealedSuffix)
      let linked = link(temporary.path, target.path) == 0
      let code = errno
      unlink(temporary.path)
      if linked {
        try AtomicFile.syncFolder(directory)
        return reference
      }
      guard code == EEXIST else { throw Failure.link(path: target.path, code: code) }
      SystemLog.info("kept sheet reference \(reference) already taken; drawing another")
    }
    throw Failure.noFreeReference
  }

  /// A kept sheet's text, for staff.
  public func open(_ reference: String) throws -> String {
    let url = directory.appendingPathComponent(reference + Self.sealedSuffix)
    let cipher = try OutboxCipher.loadOrCreate(keyFile: keyFile)
    return String(decoding: try cipher.open(try AtomicFile.read(url), boundTo: reference), as: UTF8.self)
  }

  /// The references of the sheets kept for staff.
  public func references() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
      .filter { $0.hasPrefix("P-") && $0.hasSuffix(Self.sealedSuffix) }
      .map { String($0.dropLast(Self.sealedSuffix.count)) }.sorted()
  }

  /// At start: kept sheets older than `keepDays` are deleted, and so are
  /// plain sheets an older version kept and temporary files a crash left.
  public func purge(now: Date = Date()) {
    let fm = FileManager.default
    let limit = now.addingTimeInterval(-Double(Self.keepDays) * 86_400)
    for name in (try? fm.contentsOfDirectory(atPath: directory.path)) ?? [] {
      let url = directory.appendingPathComponent(name)
      if name.hasPrefix(AtomicFile.temporaryPrefix) {
        try? fm.removeItem(at: url)
        continue
      }
      guard name.hasPrefix("P-") else { continue }
      let date = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
      if !name.hasSuffix(Self.sealedSuffix) || (date.map { $0 < limit } ?? true) {
        try? fm.removeItem(at: url)
      }
    }
  }

  /// "P-1122-4821": the day and a random number, short enough to read out.
  @Sendable public static func drawReference() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    let day = String(format: "%02d%02d", parts.tm_mon + 1, parts.tm_mday)
    return "P-\(day)-\(Int.random(in: 1000...9999))"
  }
}
