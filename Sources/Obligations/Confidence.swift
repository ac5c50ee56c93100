/// How sure we are of a rule, as `rules-reference.md` grades it.
public enum Confidence: String, Sendable, Codable, CaseIterable, Comparable {
  /// A primary or official source.
  case high = "H"
  /// Partial or consistent secondary sources.
  case medium = "M"
  /// One secondary source or an assumption: "to confirm with the adviser".
  case low = "L"

  public static func < (lhs: Confidence, rhs: Confidence) -> Bool {
    let order: [Confidence] = [.low, .medium, .high]
    return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
  }
}

/// Where a rule comes from: the text and, when there is one, a link.
public struct LegalSource: Hashable, Sendable, Codable {
  public let text: String
  public let url: String?

  public init(text: String, url: String? = nil) {
    self.text = text
    self.url = url
  }
}
