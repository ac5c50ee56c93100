/// A page shrunk to a few terminal cells: each cell holds how much ink its
/// part of the page has, from 0 (white) to 4 (black). The kiosk draws it
/// with shade characters so the person sees the page is the right way up.
public struct Thumbnail: Hashable, Sendable {
  public let columns: Int
  public let rows: Int
  /// `rows` rows of `columns` levels.
  public let levels: [[UInt8]]

  public init(columns: Int, rows: Int, levels: [[UInt8]]) {
    self.columns = columns
    self.rows = rows
    self.levels = levels
  }

  public init(_ image: GrayImage, columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    var out: [[UInt8]] = []
    image.pixels.withUnsafeBufferPointer { px in
      for r in 0..<rows {
        var line: [UInt8] = []
        let y0 = r * image.height / rows, y1 = max(y0 + 1, (r + 1) * image.height / rows)
        for c in 0..<columns {
          let x0 = c * image.width / columns, x1 = max(x0 + 1, (c + 1) * image.width / columns)
          // Sample every few pixels: a cell covers thousands of them.
          let step = max(1, min(x1 - x0, y1 - y0) / 16)
          var ink = 0, count = 0
          var y = y0
          while y < y1 {
            var x = x0
            while x < x1 {
              if px[y * image.width + x] < PageAnalysis.inkLevel { ink += 1 }
              count += 1
              x += step
            }
            y += step
          }
          // Ink pixels, as the blank check counts them: paper of any tint
          // stays white. Text is thin: 6 % already reads as writing.
          let f = Double(ink) / Double(max(1, count))
          line.append(f < 0.01 ? 0 : f < 0.06 ? 1 : f < 0.15 ? 2 : f < 0.4 ? 3 : 4)
        }
        out.append(line)
      }
    }
    levels = out
  }
}
