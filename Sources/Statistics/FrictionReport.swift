/// What the counters say: how many people finish each journey, where they
/// give up or get an answer refused, how often they ask for help. Pure
/// arithmetic, so the screen and `kiosk stats` show the same numbers.
public struct FrictionReport: Hashable, Sendable, Codable {
  public struct JourneyLine: Hashable, Sendable, Codable {
    public let journey: String
    public let started: Int
    public let completed: Int
    public let abandoned: Int
    public let assisted: Int
    /// Completed per hundred started; nil when none started.
    public var completionPercent: Int? { started == 0 ? nil : min(100, completed * 100 / started) }
  }

  public struct StepLine: Hashable, Sendable, Codable {
    public let journey: String
    public let step: String
    public let abandoned: Int
    public let validationErrors: Int
    public let back: Int
  }

  /// The first hour counted, the last hour counted.
  public let from: String?
  public let to: String?
  public let journeys: [JourneyLine]
  /// The steps with the most abandons and refused answers, worst first.
  public let hardestSteps: [StepLine]
  public let helpAsked: Int
  public let personCalled: Int
  public let byLanguage: [String: Int]

  /// `firstSteps` names each journey's first step: entering it is
  /// starting the journey.
  public init(counters: [FrictionCounter], firstSteps: [String: String], top: Int = 5) {
    from = counters.map(\.hour).min()
    to = counters.map(\.hour).max()
    func total(_ filter: (FrictionEvent) -> Bool) -> Int {
      counters.filter { filter($0.event) }.reduce(0) { $0 + $1.count }
    }
    journeys = firstSteps.keys.sorted().map { journey in
      let first = firstSteps[journey]
      let starts = { (e: FrictionEvent) in e.journey == journey && e.kind == .entered && e.step == first }
      return JourneyLine(
        journey: journey,
        started: total(starts),
        completed: total { $0.journey == journey && $0.kind == .completed },
        abandoned: total { $0.journey == journey && $0.kind == .abandonedByTimeout },
        assisted: total { starts($0) && $0.assisted })
    }
    var steps: [String: StepLine] = [:]
    for counter in counters where counter.event.journey != "kiosk" {
      let e = counter.event
      let key = e.journey + "\u{1F}" + e.step
      let old = steps[key] ?? StepLine(journey: e.journey, step: e.step, abandoned: 0, validationErrors: 0, back: 0)
      steps[key] = StepLine(
        journey: e.journey, step: e.step,
        abandoned: old.abandoned + (e.kind == .abandonedByTimeout ? counter.count : 0),
        validationErrors: old.validationErrors + (e.kind == .validationError ? counter.count : 0),
        back: old.back + (e.kind == .back ? counter.count : 0))
    }
    hardestSteps = Array(
      steps.values.filter { $0.abandoned + $0.validationErrors > 0 }
        .sorted { a, b in
          let (x, y) = (a.abandoned + a.validationErrors, b.abandoned + b.validationErrors)
          return x != y ? x > y : (a.journey, a.step) < (b.journey, b.step)
        }
        .prefix(top))
    helpAsked = total { $0.kind == .helpAsked }
    personCalled = total { $0.kind == .personCalled }
    var languages: [String: Int] = [:]
    for journey in firstSteps.keys {
      for counter in counters where counter.event.journey == journey && counter.event.kind == .entered
        && counter.event.step == firstSteps[journey]
      {
        languages[counter.event.language, default: 0] += counter.count
      }
    }
    byLanguage = languages
  }

  public var journeysStarted: Int { journeys.reduce(0) { $0 + $1.started } }
}
