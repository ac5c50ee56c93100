import Statistics
import WorkingDays
import Wording

/// The statistics report in plain words, for the mediator screen and for
/// `kiosk stats`: the same sentences in both.
public struct StatisticsText {
  public struct Line: Hashable, Sendable {
    public let text: String
    public let isHeading: Bool
  }

  let catalog: Catalog
  public init(catalog: Catalog) { self.catalog = catalog }

  /// A journey's name from its statistics id. An id no journey has (a
  /// journal written by another version) is shown as it is stored.
  public func journeyName(_ id: String) -> String {
    if id == Journey.outsideID { return catalog.text("stats.kiosk") }
    return Journey(rawValue: id).map { catalog.text($0.titleKey) } ?? id
  }

  /// A step's name; a "{month}" in a question's summary reads "…". A step
  /// counted by an older version, whose question is gone, says so rather
  /// than showing its key.
  public func stepName(_ key: String) -> String {
    guard var text = catalog.optionalText(key) else { return catalog.text("stats.step_retired") }
    while let open = text.firstIndex(of: "{"), let close = text[open...].firstIndex(of: "}") {
      text.replaceSubrange(open...close, with: "…")
    }
    return text
  }

  func hour(_ bucket: String) -> String {
    // "2026-11-23 14:00" → a written-out date.
    let parts = bucket.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else { return bucket }
    return catalog.longDate(date)
  }

  /// "Statistiques de la borne".
  public var title: String { catalog.text("stats.title") }

  public func lines(_ report: FrictionReport) -> [Line] {
    func heading(_ key: String) -> Line { Line(text: catalog.text(key), isHeading: true) }
    func line(_ text: String) -> Line { Line(text: text, isHeading: false) }
    guard let from = report.from, let to = report.to else { return [line(catalog.text("stats.empty"))] }
    var out = [line(catalog.text("stats.period", ["from": hour(from), "to": hour(to)])), heading("stats.journeys")]
    for j in report.journeys where j.started > 0 || j.completed > 0 {
      let percent = j.completionPercent.map(String.init) ?? "0"
      out.append(line(catalog.text("stats.journey_line", [
        "journey": journeyName(j.journey), "started": String(j.started), "completed": String(j.completed),
        "percent": percent,
      ]) + (j.abandoned > 0 ? " " + catalog.count(j.abandoned, "stats.abandoned") : "")))
    }
    if report.journeysStarted == 0 { out.append(line(catalog.text("stats.no_journey"))) }
    out.append(heading("stats.hardest"))
    if report.hardestSteps.isEmpty { out.append(line(catalog.text("stats.no_hard_step"))) }
    for s in report.hardestSteps {
      out.append(line(catalog.text("stats.step_line", [
        "journey": journeyName(s.journey), "step": stepName(s.step),
        "abandoned": catalog.count(s.abandoned, "stats.n_abandons"),
        "errors": catalog.count(s.validationErrors, "stats.n_errors"),
      ])))
    }
    out.append(heading("stats.help"))
    out.append(line(catalog.text("stats.help_line", [
      "help": catalog.count(report.helpAsked, "stats.times"), "person": catalog.count(report.personCalled, "stats.times"),
    ])))
    let started = report.journeysStarted
    if started > 0 {
      let perHundred = (report.helpAsked + report.personCalled) * 100 / started
      out.append(line(catalog.text("stats.help_rate", ["rate": String(perHundred)])))
      let assisted = report.journeys.reduce(0) { $0 + $1.assisted }
      // 1 assisted journey in 300 is not "0 in 100".
      let percent = assisted * 100 / started
      out.append(line(assisted > 0 && percent == 0
        ? catalog.text("stats.assisted_few") : catalog.text("stats.assisted", ["assisted": String(percent)])))
      let languages = report.byLanguage.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .map { catalog.text("stats.language_part", ["language": $0.key, "count": String($0.value)]) }
      out.append(line(catalog.text("stats.languages", ["list": languages.joined(separator: ", ")])))
    }
    out.append(line(catalog.text("stats.anonymous")))
    return out
  }
}
