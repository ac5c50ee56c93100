import CImaging

/// Measures what Flate (zlib) data inflates to, keeping none of it, and
/// stops as soon as it passes a limit: a "Flate bomb" of a few kilobytes
/// that would become a gigabyte is refused after `limit` bytes, with one
/// 64 KB buffer in memory.
public enum BoundedInflate {
  public enum Outcome: Hashable, Sendable {
    /// The data inflates to this many bytes, within the limit.
    case fits(bytes: Int)
    /// It would pass the limit; inflating stopped after `inflated` bytes.
    case exceeds(inflated: Int)
    /// The data is not valid zlib, its checksum fails, or it stops before
    /// its end (a flipped bit, a copy cut short).
    case corrupt
  }

  static let chunk = 65_536

  public static func measure(_ data: UnsafeBufferPointer<UInt8>, limit: Int) -> Outcome {
    var stream = z_stream()
    guard cd_inflate_init(&stream) == Z_OK else { return .corrupt }
    defer { inflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: chunk)
    var total = 0
    stream.next_in = UnsafeMutablePointer(mutating: data.baseAddress)
    stream.avail_in = UInt32(clamping: data.count)
    return output.withUnsafeMutableBufferPointer { out in
      while true {
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(out.count)
        let status = inflate(&stream, Z_NO_FLUSH)
        total += out.count - Int(stream.avail_out)
        if total > limit { return .exceeds(inflated: total) }
        switch status {
        case Z_STREAM_END: return .fits(bytes: total)
        case Z_OK: continue
        // The input ended before the end of the data: a flipped bit that
        // desynchronised the decoder, or a stream cut short. qpdf warns
        // about it too ("input stream is complete but output may still be
        // valid"): part of the page is garbage or missing.
        case Z_BUF_ERROR: return .corrupt
        default: return .corrupt
        }
      }
    }
  }

  public static func measure(_ data: [UInt8], limit: Int) -> Outcome {
    data.withUnsafeBufferPointer { measure($0, limit: limit) }
  }
}
