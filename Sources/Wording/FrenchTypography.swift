/// French punctuation rules for text on screen and paper: a non-breaking
/// space before `: ; ? ! %` and inside « guillemets », so a line never starts
/// with a lone question mark or percent sign.
public enum FrenchTypography {
  public static let nbsp: Character = "\u{00A0}"

  public static func apply(_ text: String) -> String {
    var out: [Character] = []
    out.reserveCapacity(text.count)
    for ch in text {
      switch ch {
      case ":", ";", "?", "!":
        if let last = out.last, last == " " {
          out[out.count - 1] = nbsp
        } else if ch != ":", let last = out.last, last.isLetter || last == "»" {
          // "Vraiment?" → "Vraiment ?" but never touch "23:59" or "https:".
          out.append(nbsp)
        }
        out.append(ch)
      case "%":
        if let last = out.last, last == " " { out[out.count - 1] = nbsp }
        out.append(ch)
      case " " where out.last == "«":
        out.append(nbsp)
      case "»":
        if let last = out.last, last == " " { out[out.count - 1] = nbsp }
        out.append(ch)
      default:
        out.append(ch)
      }
    }
    return String(out)
  }
}

extension Catalog {
  /// The text of `key`, with French typography when the catalog is French.
  public func typeset(_ key: String, _ arguments: [String: String] = [:]) -> String {
    typeset(text: text(key, arguments))
  }

  /// A composed sentence (or a text from the configuration), with French
  /// typography when the catalog is French.
  public func typeset(text: String) -> String {
    language == "fr" ? FrenchTypography.apply(text) : text
  }
}
