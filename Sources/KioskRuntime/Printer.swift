import Documents
import Foundation
import KioskUI

/// Prints sheets with CUPS (`lp`) without blocking the screen. The sheet
/// goes to `lp` through a pipe: no copy in /tmp. When there is no printer
/// or printing fails, the sheet is kept for staff under a reference the
/// person is given, encrypted with the outbox key (it holds a person's
/// deadlines): `kiosk outbox sheet REF` prints it back.
public final class Printer: Sendable {
  let queue: String?
  let fallbackDirectory: URL
  let keyFile: URL
  private let result = Mailbox<PrintStatus>()

  /// Kept sheets hold a person's deadlines: staff have this long to print
  /// them, then they go.
  public static let keepDays = 7
  public static let sealedSuffix = ".sheet.sealed"

  public init(queue: String?, fallbackDirectory: String, keyFile: String) {
    self.queue = queue
    self.fallbackDirectory = URL(fileURLWithPath: fallbackDirectory)
    self.keyFile = URL(fileURLWithPath: keyFile)
  }

  /// At start: kept sheets older than `keepDays` are deleted, and so are
  /// plain sheets an older version kept.
  public func purge(now: Date = Date()) {
    let fm = FileManager.default
    let limit = now.addingTimeInterval(-Double(Self.keepDays) * 86_400)
    for name in (try? fm.contentsOfDirectory(atPath: fallbackDirectory.path)) ?? [] where name.hasPrefix("P-") {
      let url = fallbackDirectory.appendingPathComponent(name)
      let date = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
      if !name.hasSuffix(Self.sealedSuffix) || (date.map { $0 < limit } ?? true) {
        try? fm.removeItem(at: url)
      }
    }
  }

  public func print(_ sheet: PrintSheet) {
    guard let queue else { return finish(keep(sheet)) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/lp")
    process.arguments = ["-d", queue, "-t", sheet.title]
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { [weak self] done in
      guard let self else { return }
      if done.terminationStatus == 0 {
        self.finish(.printed)
      } else {
        SystemLog.error("printing to \(queue) failed (lp exit \(done.terminationStatus)); sheet kept for staff")
        self.finish(self.keep(sheet))
      }
    }
    do {
      try process.run()
      // A sheet is a few kilobytes: far below a pipe's buffer.
      try input.fileHandleForWriting.write(contentsOf: Data(sheet.text.utf8))
      try input.fileHandleForWriting.close()
    } catch {
      SystemLog.error("lp could not start (is CUPS installed?); sheet kept for staff")
      if process.isRunning { process.terminate() } else { finish(keep(sheet)) }
    }
  }

  /// Encrypts the sheet into the staff folder (temp file, fsync, rename).
  func keep(_ sheet: PrintSheet) -> PrintStatus {
    let reference = Self.reference()
    do {
      let cipher = try OutboxCipher.loadOrCreate(keyFile: keyFile)
      try FileManager.default.createDirectory(at: fallbackDirectory, withIntermediateDirectories: true)
      let target = fallbackDirectory.appendingPathComponent(reference + Self.sealedSuffix)
      try AtomicFile.write(try cipher.seal(Array(sheet.text.utf8), boundTo: reference), to: target)
      return .keptForStaff(reference: reference)
    } catch {
      SystemLog.error("cannot keep a sheet in \(fallbackDirectory.path) (key \(keyFile.path)): check both exist and are writable")
      return .failed
    }
  }

  /// A kept sheet's text, for staff (`kiosk outbox sheet REF`).
  public static func keptSheet(_ reference: String, directory: String, keyFile: String) throws -> String {
    let url = URL(fileURLWithPath: directory).appendingPathComponent(reference + sealedSuffix)
    let cipher = try OutboxCipher.loadOrCreate(keyFile: URL(fileURLWithPath: keyFile))
    return String(decoding: try cipher.open(try AtomicFile.read(url), boundTo: reference), as: UTF8.self)
  }

  /// The references of the sheets kept for staff.
  public static func keptSheets(directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasPrefix("P-") && $0.hasSuffix(sealedSuffix) }
      .map { String($0.dropLast(sealedSuffix.count)) }.sorted()
  }

  /// "P-1122-4821": the day and a random number, easy to read out.
  static func reference() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    let day = String(format: "%02d%02d", parts.tm_mon + 1, parts.tm_mday)
    return "P-\(day)-\(Int.random(in: 1000...9999))"
  }

  private func finish(_ value: PrintStatus) { result.put(value) }

  /// A finished job's result, oldest first, once.
  public func take() -> PrintStatus? { result.take() }
}
