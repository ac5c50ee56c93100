import Journeys
import Statistics
import Terminal

/// Which journey step a screen is, for the anonymous statistics, and which
/// events a change of state means. The names are catalog keys, so the
/// report words them in plain language.
enum FrictionSteps {
  /// A journey's step; `journey` is the statistics id (`Journey.id`, or
  /// `Journey.outsideID` for a screen outside every journey).
  struct Step: Hashable {
    let journey: String
    let step: String
  }

  /// The steps that finish a journey. Any journey's last step counts: the
  /// deadlines a declaration leads to come after its result.
  static var lastSteps: Set<String> { Set(Journey.allCases.map(\.lastStep)) }

  /// The step on screen, or nil outside a journey.
  static func step(_ c: ScreenContext) -> Step? {
    let route = c.session.route
    guard let journey = Journey.of(route, in: c.session) else { return nil }
    if route == .journey {
      guard let a = JourneyScreen.active(c) else { return nil }
      let question = a.progress.current(in: a.questions)
      return Step(journey: journey.id, step: question?.summaryKey ?? "check.title")
    }
    return Step(journey: journey.id, step: "stats.step.\(route.key)")
  }

  /// Where a person asking for help or a person is: the step, or the screen.
  static func place(_ c: ScreenContext) -> Step {
    step(c) ?? Step(journey: Journey.outsideID, step: "stats.step.\(c.session.route.key)")
  }

  /// An answer or a file was refused on this screen.
  static func refusals(_ c: ScreenContext) -> Int {
    let s = c.session
    var count = s.document.refused.count + s.document.pagesToRedo.count
    if s.calculator.dateProblem != nil { count += 1 }
    if let id = s.activeJourney, s.route == .journey, s.journeys[id]?.problem != nil { count += 1 }
    return count
  }

  /// The events between two states of the same visit, after `key` (nil
  /// for a device result).
  static func events(from old: ScreenContext, to new: ScreenContext, key: Key?) -> [FrictionEvent] {
    let before = step(old)
    let after = step(new)
    let language = new.session.language
    let assisted = new.session.mediator.active
    func event(_ s: Step, _ kind: FrictionEvent.Kind) -> FrictionEvent {
      FrictionEvent(journey: s.journey, step: s.step, kind: kind, language: language, assisted: assisted)
    }
    var out: [FrictionEvent] = []
    let goingBack = key == .escape || key == .backspace
    if goingBack, let before, before != after { out.append(event(before, .back)) }
    // Forward moves only: returning from help or a pop is not entering.
    // A device result (no key) moves forward, even when it resets the stack.
    let forward = key == nil || new.session.stack.count >= old.session.stack.count
    if !goingBack, forward, let after, after != before {
      out.append(event(after, .entered))
      if lastSteps.contains(after.step), !old.session.completedJourneys.contains(after.journey) {
        out.append(event(after, .completed))
      }
    }
    if let after, after == before || key == nil, refusals(new) > refusals(old) {
      out.append(event(after, .validationError))
    }
    let (was, now) = (old.session.route, new.session.route)
    if now == .help, was != .help { out.append(event(place(old), .helpAsked)) }
    if now == .talkToPerson, was != .talkToPerson { out.append(event(place(old), .personCalled)) }
    return out
  }

  /// The idle timeout wiped the visit: the step it stopped on, unless the
  /// journey was already finished there.
  static func abandoned(_ c: ScreenContext) -> FrictionEvent? {
    guard let s = step(c), !lastSteps.contains(s.step) else { return nil }
    return FrictionEvent(journey: s.journey, step: s.step, kind: .abandonedByTimeout, language: c.session.language,
                         assisted: c.session.mediator.active)
  }
}
