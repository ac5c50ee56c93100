/// Why a scan did not give a page, in the words SANE reports.
public enum ScanFailure: String, Error, Hashable, Sendable, Codable {
  /// No scanner answers: unplugged, switched off, or not configured.
  case noScanner
  case jammed
  /// The feeder is empty.
  case noPaper
  case coverOpen
  /// Another program is using it.
  case busy
  case timedOut
  /// Anything else (an I/O error, a full disk).
  case failed

  /// The catalog key of what to tell the person.
  public var key: String { "scan.failure.\(rawValue)" }

  /// Maps `scanimage`'s message to a reason (sane_strstatus texts).
  package static func from(message: String) -> ScanFailure {
    let text = message.lowercased()
    if text.contains("jammed") { return .jammed }
    if text.contains("out of documents") || text.contains("no docs") { return .noPaper }
    if text.contains("cover is open") || text.contains("cover open") { return .coverOpen }
    if text.contains("busy") { return .busy }
    if text.contains("open of device") || text.contains("no sane devices") || text.contains("invalid argument")
      || text.contains("no such file") || text.contains("not found")
    {
      return .noScanner
    }
    return .failed
  }
}
