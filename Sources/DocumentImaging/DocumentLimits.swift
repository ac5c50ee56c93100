/// What a document may be, from `kiosk-config/documents.yaml`. Formats,
/// sizes and page limits are not published by France Travail (rules
/// reference): these are the agency's settings, with safe defaults.
public struct DocumentLimits: Hashable, Sendable {
  /// The largest document that may leave the kiosk (one report says
  /// 5,000 KB for the personal space).
  public var maxBytes: Int
  public var maxPages: Int
  /// Below this, text on an A4 page gets hard to read.
  public var minDPI: Double
  /// A page is blank when no half-inch block holds more ink than this.
  public var blankInkFraction: Double
  /// A page darker than this on average (0 black, 1 white) is "black": the
  /// lid was open or the page is upside down on a dark surface.
  public var darkMean: Double
  /// Files larger than this are not even read from a USB stick.
  public var maxInputBytes: Int

  public init(maxBytes: Int = 5_000_000, maxPages: Int = 20, minDPI: Double = 150, blankInkFraction: Double = 0.005,
              darkMean: Double = 0.12, maxInputBytes: Int = 50_000_000) {
    self.maxBytes = maxBytes
    self.maxPages = maxPages
    self.minDPI = minDPI
    self.blankInkFraction = blankInkFraction
    self.darkMean = darkMean
    self.maxInputBytes = maxInputBytes
  }
}
