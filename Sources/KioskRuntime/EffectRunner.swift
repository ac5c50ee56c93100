import Foundation
import KioskConfig
import KioskUI

/// Runs what the app asks of the machine — print, call staff, scan, queue a
/// document, count a step — and hands results back as events. The
/// terminal is not here: `run` says when the screen must be wiped or the
/// kiosk must stop, and the loop does it.
public final class EffectRunner: Sendable {
  public enum TerminalAction: Equatable { case none, wipeScreen, exit }

  public let printer: Printer
  public let documents: DocumentWorker
  public let caller = StaffCaller()
  public let statistics: FrictionRecorder
  public let pins: PINChecker
  public let attestations: AttestationRecorder
  /// Reads screens aloud when the person turned speech on.
  public let speaker: ScreenSpeaker
  let config: KioskConfiguration

  /// `pinHelper`: the kiosk binary, run as `kiosk pin check` (nil: check in
  /// this process, for tests).
  /// `environment`: where the speech test rig is read (PASSERELLE_SPEECH_WAV_DIR).
  public init(config: KioskConfiguration, pinHelper: URL? = nil,
              environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.config = config
    pins = PINChecker(helper: pinHelper)
    let devices = config.site.devices
    printer = Printer(queue: config.site.printerQueue, fallbackDirectory: config.site.printFallbackDirectory,
                      keyFile: devices.outboxKeyFile, followSeconds: config.site.printFollowSeconds)
    speaker = ScreenSpeaker(settings: config.site.speech, environment: environment)
    documents = DocumentWorker(devices: devices, limits: config.documents.limits, timeZone: config.site.timeZone)
    statistics = FrictionRecorder(file: config.site.statisticsJournal,
                                  retentionMonths: config.site.statisticsRetentionMonths)
    attestations = AttestationRecorder(file: config.site.attestationJournal,
                                       retentionMonths: config.site.attestationRetentionMonths,
                                       kioskID: devices.kioskID)
  }

  /// At start, also after a crash: nothing of an earlier visit stays.
  public func startUp() {
    printer.purge()
    documents.startUp()
  }

  public func run(_ effect: Effect, app: KioskApp) -> TerminalAction {
    switch effect {
    case .wipeScreen:
      speaker.endVisit()
      printer.endSession()
      documents.endSession(newGeneration: app.generation)
      return .wipeScreen
    case let .callStaff(command): caller.call(command)
    case let .print(sheet): printer.print(sheet)
    case let .document(work, generation): documents.perform(work, generation: generation)
    case let .record(event): statistics.record(event)
    case .loadStatistics: statistics.load()
    case let .recordAttestation(request, generation): attestations.record(request, generation: generation)
    case let .checkPIN(purpose, pin):
      pins.check(purpose, pin, against: purpose == .mediator ? config.site.mediatorPINHash : config.site.staffExitHash)
    case .speech:
      // The speaker reads speech keys from the loop (KioskApp.speechTrigger).
      break
    case .exitKiosk:
      speaker.endVisit()
      SystemLog.info("staff exit")
      return .exit
    }
    return .none
  }

  /// Before the kiosk replaces its process at the end of a visit: the work
  /// handed to the background finishes (documents sealed or deleted,
  /// statistics written, PINs checked, staff calls answered), so nothing
  /// is cut mid-write and no result is lost.
  public func finishVisit() {
    if !documents.drain(upTo: 30) { SystemLog.error("document work still running after 30 s at the end of a visit; the next visit starts anyway") }
    statistics.flush()
    attestations.flush()
    pins.drain()
    caller.waitForCalls(upTo: 10)
  }

  /// A device or job result waiting for the app, if any.
  public func nextEvent() -> Event? {
    if let result = caller.take() { return .staffCallFinished(result) }
    if let printed = printer.take() { return .printFinished(printed) }
    if let done = documents.take() { return done }
    if let report = statistics.take() { return .statisticsLoaded(report) }
    if let recorded = attestations.take() { return recorded }
    if let checked = pins.take() { return checked }
    return nil
  }
}
