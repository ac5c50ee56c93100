import WorkingDays

/// Every rule the kiosk applies, with the declaration calendar and the
/// sanction scales. Several versions of one rule id may exist with
/// different effective dates; the one in force on the event's date wins.
public struct RuleBook: Hashable, Sendable {
  public let rules: [Rule]
  public let declarationCalendar: DeclarationCalendar
  public let sanctionScales: [SanctionScale]

  public init(rules: [Rule], declarationCalendar: DeclarationCalendar, sanctionScales: [SanctionScale]) {
    self.rules = rules
    self.declarationCalendar = declarationCalendar
    self.sanctionScales = sanctionScales
  }

  public var ruleIDs: [String] {
    var seen = Set<String>()
    return rules.map(\.id).filter { seen.insert($0).inserted }
  }

  /// The version of rule `id` in force on `date`.
  public func rule(_ id: String, on date: CivilDate) throws(RuleLookupError) -> Rule {
    let versions = rules.filter { $0.id == id }
    guard !versions.isEmpty else { throw .unknownRule(id, known: ruleIDs) }
    guard let rule = versions.last(where: { $0.isInForce(on: date) }) else {
      throw .notInForce(id, date)
    }
    return rule
  }

  /// The rules in force on `date`.
  public func rulesInForce(on date: CivilDate) -> [Rule] {
    rules.filter { $0.isInForce(on: date) }
  }

  public func sanctionScale(on date: CivilDate) -> SanctionScale? {
    sanctionScales.last { $0.isInForce(on: date) }
  }
}

public enum RuleLookupError: Error, Equatable, CustomStringConvertible {
  case unknownRule(String, known: [String])
  case notInForce(String, CivilDate)

  public var description: String {
    switch self {
    case let .unknownRule(id, known):
      return "unknown rule \"\(id)\": expected one of \(known.joined(separator: ", "))"
    case let .notInForce(id, date):
      return "rule \"\(id)\" is not in force on \(date.iso): check its effective dates in kiosk-config/rules/"
    }
  }
}
