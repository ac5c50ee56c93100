import KioskConfig
import KioskRuntime
import KioskUI
import Terminal
import Testing
import WorkingDays

/// The kiosk's own loop (the one `kiosk run` runs on ncurses) on the
/// in-memory terminal: what it does around the app.
@Suite struct KioskLoopTests {
  /// What the loop asked of its inputs, so a test can see it and stop it.
  final class Probe {
    /// The seconds waited so far at each read of the configuration.
    var reads: [Double] = []
    var waited = 0.0
  }

  static func loop(_ probe: Probe, terminal: MemoryTerminal = MemoryTerminal(),
                   configuration: @escaping (Int) -> KioskConfiguration? = { _ in Bundled.config },
                   stop: @escaping () -> Bool) -> KioskLoop<MemoryTerminal, TestClock> {
    KioskLoop(
      terminal: terminal, clock: TestClock(today: CivilDate(iso: "2026-11-22")!),
      inputs: KioskLoopInputs(
        configuration: {
          probe.reads.append(probe.waited)
          return configuration(probe.reads.count)
        },
        effects: { _ in RecordingEffects() }, stopRequested: stop,
        waited: { clock, milliseconds in
          clock.advance(by: Double(milliseconds) / 1000)
          probe.waited += Double(milliseconds) / 1000
        }),
      watchdog: Watchdog(environment: [:]))
  }

  static func screen(_ terminal: MemoryTerminal) -> String { terminal.screen.lines.joined(separator: "\n") }

  @Test func `a broken configuration shows out of service and is read again after 30 seconds`() {
    let probe = Probe()
    var loop = Self.loop(probe, configuration: { read in read == 1 ? nil : Bundled.config },
                         stop: { probe.reads.count == 2 })
    #expect(loop.run() == .stopped)
    #expect(probe.reads == [0, 30])
    #expect(Self.screen(loop.terminal).contains("HORS SERVICE"))
    #expect(Self.screen(loop.terminal).contains("OUT OF SERVICE"))
    #expect(loop.app != nil, "the second read started the kiosk")
  }

  @Test func `a clock before the release shows out of service too`() {
    let probe = Probe()
    var usable = false
    var loop = KioskLoop(
      terminal: MemoryTerminal(), clock: TestClock(today: CivilDate(iso: "2026-11-22")!),
      inputs: KioskLoopInputs(
        configuration: { Bundled.config }, clockIsUsable: { usable },
        effects: { _ in RecordingEffects() }, stopRequested: { probe.waited >= 5 },
        waited: { clock, milliseconds in
          clock.advance(by: Double(milliseconds) / 1000)
          probe.waited += Double(milliseconds) / 1000
        }),
      watchdog: Watchdog(environment: [:]))
    #expect(loop.run() == .stopped)
    #expect(loop.app == nil)
    #expect(Self.screen(loop.terminal).contains("HORS SERVICE"))
    usable = true
    probe.waited = 0
    let opened = loop.openVisit()
    #expect(opened)
  }

  @Test func `the staff code typed on the terminal ends the loop for a login`() {
    var terminal = MemoryTerminal()
    terminal.pendingKeys = [.control("]"), .char("4"), .char("7"), .char("1"), .char("1"), .enter]
    let probe = Probe()
    var loop = Self.loop(probe, terminal: terminal, stop: { probe.waited > 60 })
    #expect(loop.run() == .staffExit)
  }

  @Test func `a wrong staff code does not end the loop`() {
    var terminal = MemoryTerminal()
    terminal.pendingKeys = [.control("]"), .char("1"), .char("2"), .char("3"), .char("4"), .enter]
    let probe = Probe()
    var loop = Self.loop(probe, terminal: terminal, stop: { probe.waited > 1 })
    #expect(loop.run() == .stopped)
    #expect(loop.app?.staffPINGuard.failures == 1)
  }

  @Test func `the app learns the terminal's size first: on a small one, keys do nothing`() {
    let probe = Probe()
    var small = MemoryTerminal(size: Size(columns: 60, rows: 20))
    small.pendingKeys = [.enter, .char("1")]
    var loop = Self.loop(probe, terminal: small, stop: { probe.waited > 0 })
    #expect(loop.run() == .stopped)
    #expect(loop.app?.session.route == .start)
    #expect(Self.screen(loop.terminal).contains("L'écran est trop petit"))

    var fits = MemoryTerminal()
    fits.pendingKeys = [.enter, .char("1")]
    let other = Probe()
    var big = Self.loop(other, terminal: fits, stop: { other.waited > 0 })
    #expect(big.run() == .stopped)
    #expect(big.app?.session.route != .start)
  }

  @Test func `a visit ended by the idle timeout wipes the screen and lets the app go with its handover`() {
    var terminal = MemoryTerminal()
    terminal.pendingKeys = [.enter]
    let probe = Probe()
    var loop = Self.loop(probe, terminal: terminal, stop: { probe.waited > 3600 })
    loop.tickMilliseconds = 5000
    let outcome = loop.run()
    guard case let .visitEnded(handover) = outcome else {
      Issue.record("expected the visit to end: \(outcome)")
      return
    }
    #expect(loop.terminal.wipes == 1)
    #expect(loop.app == nil, "the next run reads the configuration again")
    #expect(loop.handover == handover)
    let idle = Double(Bundled.config.site.idleWarningSeconds + Bundled.config.site.idleCountdownSeconds)
    #expect(probe.waited >= idle && probe.waited < idle + 10)
  }
}
