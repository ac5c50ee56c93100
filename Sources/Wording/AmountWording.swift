/// Amounts as people read them: "1 234,56 €" in French, "€1,234.56" in
/// English. Separators and the place of the sign come from the catalog
/// (`amount.*` keys).
extension Catalog {
  public func amount(cents: Int) -> String {
    let euros = String(abs(cents) / 100)
    var grouped = ""
    for (i, ch) in euros.reversed().enumerated() {
      if i > 0, i % 3 == 0 { grouped = text("amount.thousands").replacingSpaceWithNBSP + grouped }
      grouped = String(ch) + grouped
    }
    let centsPart = abs(cents) % 100
    let number = grouped + text("amount.decimal") + (centsPart < 10 ? "0" : "") + String(centsPart)
    return text("amount.format", ["amount": (cents < 0 ? "-" : "") + number])
  }
}

extension String {
  /// A space that never breaks a number over two lines.
  fileprivate var replacingSpaceWithNBSP: String { self == " " ? "\u{00A0}" : self }
}
