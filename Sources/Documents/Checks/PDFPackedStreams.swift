import DocumentImaging

/// Object streams and cross-reference streams, found in the raw bytes
/// before qpdf opens the file. qpdf inflates these itself, in full, to
/// read the objects packed inside: a 1 MB object stream that inflates to
/// a gigabyte cost 2 GB of memory and 8 seconds before this check. Each is
/// measured here first, through `BoundedInflate`, within `limit`.
enum PDFPackedStreams {
  enum Verdict: Hashable, Sendable {
    case fits(inflated: Int)
    case expandsTooMuch(inflated: Int)
    /// A compression this check cannot measure (anything but Flate alone
    /// or none): qpdf could inflate it without bound.
    case unmeasurable
    case corrupt
  }

  /// `limit` for each stream, `total` for all of them: qpdf inflates
  /// each one it needs, so a thousand streams of 30 MB are a bomb too.
  static func check(_ bytes: [UInt8], limit: Int, total: Int) -> Verdict {
    var scanner = Scanner(bytes: bytes)
    var inflated = 0
    while let stream = scanner.nextStream() {
      let dictionary = stream.dictionary
      guard dictionary.hasName("/Type", "/ObjStm") || dictionary.hasName("/Type", "/XRef") else { continue }
      guard let filters = dictionary.filters else { return .unmeasurable }
      if filters.isEmpty { continue }
      guard filters == ["/FlateDecode"] || filters == ["/Fl"] else { return .unmeasurable }
      let end = scanner.dataEnd(of: stream)
      let outcome = bytes.withUnsafeBufferPointer { all in
        BoundedInflate.measure(UnsafeBufferPointer(rebasing: all[stream.dataStart..<end]), limit: min(limit, total - inflated))
      }
      switch outcome {
      case let .fits(count): inflated += count
      case let .exceeds(count): return .expandsTooMuch(inflated: inflated + count)
      case .corrupt: return .corrupt
      }
    }
    // Dictionaries that never close, nested in each other, would be read
    // again from each "obj": past twice the file, this is no PDF to trust.
    return scanner.overWorked ? .unmeasurable : .fits(inflated: inflated)
  }
}
