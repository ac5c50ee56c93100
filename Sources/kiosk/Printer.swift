import Foundation
import KioskUI

/// Prints sheets with CUPS (`lp`) without blocking the screen. When there is
/// no printer or printing fails, the sheet is written into the staff folder
/// under a reference the person is given: a sheet is never lost.
final class Printer: Sendable {
  let queue: String?
  let fallbackDirectory: URL
  private let result = Mailbox<PrintStatus>()

  /// Kept sheets hold a person's answers: staff have this long to print
  /// them, then they go.
  static let keepDays = 7
  static let tempPrefix = "passerelle-print-"

  init(queue: String?, fallbackDirectory: String) {
    self.queue = queue
    self.fallbackDirectory = URL(fileURLWithPath: fallbackDirectory)
  }

  /// At start: temporary copies a crash left behind, and kept sheets older
  /// than `keepDays`, are deleted.
  func purge(now: Date = Date()) {
    let fm = FileManager.default
    let temp = fm.temporaryDirectory
    for name in (try? fm.contentsOfDirectory(atPath: temp.path)) ?? [] where name.hasPrefix(Self.tempPrefix) {
      try? fm.removeItem(at: temp.appendingPathComponent(name))
    }
    let limit = now.addingTimeInterval(-Double(Self.keepDays) * 86_400)
    for name in (try? fm.contentsOfDirectory(atPath: fallbackDirectory.path)) ?? [] where name.hasPrefix("P-") {
      let url = fallbackDirectory.appendingPathComponent(name)
      if let date = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date, date < limit {
        try? fm.removeItem(at: url)
      }
    }
  }

  func print(_ sheet: PrintSheet) {
    guard let queue else { return finish(keep(sheet)) }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.tempPrefix)\(UUID().uuidString).txt")
    do {
      try Data(sheet.text.utf8).write(to: file, options: [.atomic])
      try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    } catch {
      return finish(keep(sheet))
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/lp")
    process.arguments = ["-d", queue, "-t", sheet.title, file.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { [weak self] done in
      // lp has copied the file into the CUPS spool: ours goes at once.
      try? FileManager.default.removeItem(at: file)
      guard let self else { return }
      if done.terminationStatus == 0 {
        self.finish(.printed)
      } else {
        SystemLog.error("printing to \(queue) failed (lp exit \(done.terminationStatus)); sheet kept for staff")
        self.finish(self.keep(sheet))
      }
    }
    do { try process.run() } catch {
      try? FileManager.default.removeItem(at: file)
      SystemLog.error("lp could not start (is CUPS installed?); sheet kept for staff")
      finish(keep(sheet))
    }
  }

  /// Writes the sheet into the staff folder (temp file, fsync, rename).
  func keep(_ sheet: PrintSheet) -> PrintStatus {
    let reference = Self.reference()
    do {
      try FileManager.default.createDirectory(at: fallbackDirectory, withIntermediateDirectories: true)
      let target = fallbackDirectory.appendingPathComponent("\(reference).txt")
      try Data(sheet.text.utf8).write(to: target, options: [.atomic])
      return .keptForStaff(reference: reference)
    } catch {
      SystemLog.error("cannot keep a sheet in \(fallbackDirectory.path): check that it exists and is writable")
      return .failed
    }
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

  /// The result of the last job, once.
  func take() -> PrintStatus? { result.take() }
}
