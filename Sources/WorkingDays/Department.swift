/// A French département (or overseas collectivity) whose calendar a kiosk
/// follows. Labour law follows the place of work, so the kiosk's own
/// department is the default.
public struct Department: Hashable, Sendable {
  /// The official code: "01"…"95", "2A", "2B", "971"…"978".
  public let code: String
  public let name: String
  public let zone: Zone

  /// Which set of local public holidays applies.
  public enum Zone: String, Sendable, Codable {
    /// The 11 national days only.
    case national
    /// Moselle, Bas-Rhin, Haut-Rhin: also Good Friday and 26 December
    /// (Code du travail L3134-13).
    case alsaceMoselle = "alsace-moselle"
    /// Overseas: national days plus the abolition-of-slavery day.
    case overseas
  }

  /// Looks a code up; accepts "1" for "01" and "2a" for "2A".
  public init(code raw: String) throws(UnknownDepartment) {
    var code = raw.trimmedSpaces.uppercased()
    if code.count == 1, code.first!.isNumber { code = "0" + code }
    guard let name = Department.names[code] else { throw UnknownDepartment(code: raw) }
    self.code = code
    self.name = name
    switch code {
    case "57", "67", "68": zone = .alsaceMoselle
    case _ where code.count == 3: zone = .overseas
    default: zone = .national
    }
  }

  public static var all: [Department] {
    names.keys.sorted().map { try! Department(code: $0) }
  }
}

/// Thrown for a code that names no French département.
public struct UnknownDepartment: Error, Equatable, CustomStringConvertible {
  public let code: String
  public var description: String {
    "unknown department \"\(code)\": expected a French department code such as 75, 2A, 57 or 974"
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space; the core avoids
  /// Foundation for this alone.
  var trimmedSpaces: String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
