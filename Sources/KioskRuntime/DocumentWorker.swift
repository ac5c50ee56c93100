import Documents
import Foundation
import KioskConfig
import KioskUI
import Synchronization

/// Does the document work the app asks for — scan, list a stick, read a
/// file, queue a document — on a background queue, and hands the results
/// back to the terminal loop. Pages of the visit live in the session folder,
/// which every wipe empties; a result for a wiped session deletes its files.
public final class DocumentWorker: Sendable {
  let devices: DeviceSettings
  let limits: DocumentLimits
  /// The site's zone, for the day shown beside each file on a stick.
  let timeZone: TimeZone
  private let queue = DispatchQueue(label: "passerelle.documents")
  /// Delivery has its own queue: a slow share, or a staff delivery holding
  /// the outbox's delivery lock, never delays a scan or a receipt.
  private let deliveryQueue = DispatchQueue(label: "passerelle.delivery")
  private let results = Mailbox<Event>()
  private let generation = Atomic<Int>(0)
  /// The outbox, opened on first use (its folder may appear later).
  private let outbox = Mutex<Outbox?>(nil)

  public init(devices: DeviceSettings, limits: DocumentLimits, timeZone: String) {
    self.devices = devices
    self.limits = limits
    self.timeZone = TimeZone(identifier: timeZone) ?? .current
  }

  var sessionFolder: URL { URL(fileURLWithPath: devices.sessionDirectory) }

  /// At start, also after a crash: nothing of an earlier visit stays, and
  /// the outbox is repaired, then delivered.
  public func startUp() {
    removeSessionFiles()
    // Every queued document has its sealed file: an empty folder means
    // nothing waits, and the journal (SQLite, the key) stays closed.
    let files = URL(fileURLWithPath: devices.outboxDirectory).appendingPathComponent("files")
    guard let waiting = try? FileManager.default.contentsOfDirectory(atPath: files.path), !waiting.isEmpty else { return }
    deliveryQueue.async { self.deliverQueued() }
  }

  public func take() -> Event? {
    results.take()
  }

  /// The session ended: its pages go now; a job still running finds the
  /// generation changed and deletes what it wrote (see `perform`).
  public func endSession(newGeneration: Int) {
    generation.store(newGeneration, ordering: .sequentiallyConsistent)
    removeSessionFiles()
  }

  /// Waits up to `seconds` for the work handed over so far: a document
  /// being queued is sealed in the outbox, a late scan's files deleted.
  /// False when it is still busy (a scan, a delivery to a share that hangs):
  /// the outbox journal survives being cut off (see `Outbox` recovery).
  public func drain(upTo seconds: Double) -> Bool {
    let done = DispatchSemaphore(value: 0)
    queue.async { done.signal() }
    return done.wait(timeout: .now() + seconds) == .success
  }

  public func perform(_ effect: DocumentEffect, generation job: Int) {
    queue.async {
      let event = self.run(effect)
      guard self.generation.load(ordering: .sequentiallyConsistent) == job else {
        self.removeSessionFiles()
        return
      }
      self.results.put(.document(event, generation: job))
      if case .submitted(.queued) = event { self.deliveryQueue.async { self.deliverQueued() } }
    }
  }

  private func run(_ effect: DocumentEffect) -> DocumentEvent {
    switch effect {
    case let .scanPage(pageNumber): return scan(pageNumber)
    case .listUSB:
      guard let root = devices.usbRoot else { return .usbListed([]) }
      return .usbListed(USBDrive(root: URL(fileURLWithPath: root), timeZone: timeZone).files())
    case let .readUSBFile(file, pageNumber): return .fileRead(read(file, pageNumber))
    case let .submit(submission): return .submitted(submit(submission))
    }
  }

  private func newSessionFile(_ suffix: String) throws -> URL {
    try AtomicFile.makePrivateFolder(sessionFolder)
    return sessionFolder.appendingPathComponent("\(UUID().uuidString).\(suffix)")
  }

  private func scan(_ pageNumber: Int) -> DocumentEvent {
    guard let settings = devices.scanner else { return .scanFailed(.noScanner) }
    let output: URL
    do { output = try newSessionFile("pnm") } catch {
      SystemLog.error("documents: cannot write in \(devices.sessionDirectory): check it exists and the kiosk user owns it")
      return .scanFailed(.failed)
    }
    if let failure = PageScanner(settings: settings).scan(to: output) {
      SystemLog.error("scanner: \(failure.rawValue)")
      return .scanFailed(failure)
    }
    guard case let .success(bytes) = FileBytes.read(output.path, limit: limits.maxInputBytes) else {
      return .scanFailed(.failed)
    }
    let dpi = Double(settings.resolution)
    let check = DocumentChecker(limits: limits).check(bytes, firstPage: pageNumber, dpi: dpi)
    guard let image = check.image else {
      try? FileManager.default.removeItem(at: output)
      return .scanFailed(.failed)
    }
    return .scanned(DraftPage(path: output.path, source: .scanner, dpi: dpi, problems: check.problems,
                              thumbnail: Thumbnail(image, columns: 14, rows: 9)))
  }

  private func read(_ file: USBFile, _ pageNumber: Int) -> FileReadResult {
    let bytes: [UInt8]
    switch USBDrive.read(file, limit: limits.maxInputBytes) {
    case let .success(read): bytes = read
    case .failure(.gone): return .gone
    case let .failure(.tooLarge(size)): return .refused([.tooLarge(bytes: size, limit: limits.maxInputBytes)])
    }
    let check = DocumentChecker(limits: limits).check(bytes, firstPage: pageNumber)
    if check.kind == .pdf, !PDFInspector.isAvailable {
      SystemLog.error("documents: libqpdf cannot be loaded, PDFs are refused: apt-get install libqpdf29")
    }
    // Page problems (blank, black, blurred) show on the page, with its picture.
    let pageLevel = check.problems.allSatisfy { $0.page != nil }
    guard let kind = check.kind, pageLevel else { return .refused(check.problems) }
    do {
      let url = try newSessionFile(kind.rawValue)
      try AtomicFile.write(bytes, to: url)
      if kind == .pdf { return .pdf(DraftPDF(path: url.path, name: file.name, pageCount: check.pageCount)) }
      guard let image = check.image else { return .refused([.unreadable]) }
      return .page(DraftPage(path: url.path, source: .usb, dpi: nil, problems: check.problems,
                             thumbnail: Thumbnail(image, columns: 14, rows: 9)))
    } catch {
      SystemLog.error("documents: cannot write in \(devices.sessionDirectory): check it exists and the kiosk user owns it")
      return .refused([.unreadable])
    }
  }

  private func submit(_ submission: DocumentSubmission) -> SubmitResult {
    let pdf: [UInt8], pages: Int
    if let draft = submission.pdf {
      guard case let .success(bytes) = FileBytes.read(draft.path) else { return .failed }
      (pdf, pages) = (bytes, draft.pageCount)
    } else {
      switch assemble(submission.pages) {
      case let .success(result): (pdf, pages) = result
      case let .failure(.page(_, problems)): return .refused(problems)
      case let .failure(.document(problem)): return .refused([problem])
      case .failure(.writerFailed): return .failed
      }
    }
    guard let outbox = openOutbox() else { return .failed }
    do {
      // The receipt is shown only once this returns: the document is on
      // disk and journalled, and no recovery elsewhere can take it for abandoned.
      let item = try outbox.commit(pdf: pdf, documentType: submission.typeID, pageCount: pages, delivery: delivery)
      // Committed: the session's copies are no longer needed.
      for path in submission.pages.map(\.path) + [submission.pdf?.path].compactMap({ $0 }) {
        try? FileManager.default.removeItem(atPath: path)
      }
      SystemLog.info("outbox: document queued (\(pages) pages)")
      return .queued(reference: item.reference, pageCount: pages)
    } catch {
      SystemLog.error("outbox: cannot queue a document in \(devices.outboxDirectory): \(error)")
      return .failed
    }
  }

  /// The pages as one PDF, made by the passerelle-pdf helper beside the
  /// kiosk binary: untrusted images are decoded in that small process, and
  /// it keeps two pages in memory at most. Without the helper (or if it dies), the
  /// kiosk assembles in its own process; a refusal is checked again here to
  /// give the person the exact reasons.
  private func assemble(_ pages: [DraftPage]) -> Result<([UInt8], Int), PageFilesAssembler.Failure> {
    let inProcess = {
      PageFilesAssembler(limits: self.limits).assemble(paths: pages.map(\.path), dpi: pages.map(\.dpi))
        .map { ($0.bytes, $0.pageCount) }
    }
    let helper = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
      .deletingLastPathComponent().appendingPathComponent("passerelle-pdf")
    guard FileManager.default.isExecutableFile(atPath: helper.path), let output = try? newSessionFile("pdf") else {
      SystemLog.error("documents: passerelle-pdf not found beside the kiosk; assembling in the kiosk process")
      return inProcess()
    }
    defer { try? FileManager.default.removeItem(at: output) }
    let process = Process()
    process.executableURL = helper
    var arguments = ["--max-bytes", String(limits.maxBytes), "--max-pages", String(limits.maxPages),
                     "--min-dpi", String(limits.minDPI), "-o", output.path]
    // Scanned PNM pages declare no resolution: the scanner's is theirs.
    if let dpi = pages.compactMap(\.dpi).first { arguments += ["--dpi", String(dpi)] }
    process.arguments = arguments + pages.map(\.path)
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return inProcess() }
    let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    switch process.terminationStatus {
    case 0:
      guard case let .success(bytes) = FileBytes.read(output.path) else { return inProcess() }
      let count = said.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? pages.count
      return .success((bytes, count))
    case 1:
      return inProcess()
    default:
      SystemLog.error("documents: passerelle-pdf failed (exit \(process.terminationStatus)); assembling in the kiosk process")
      return inProcess()
    }
  }

  private var delivery: FolderConnector { FolderConnector(folder: URL(fileURLWithPath: devices.deliveryDirectory)) }

  private func openOutbox() -> Outbox? {
    outbox.withLock { current in
      if let current { return current }
      do {
        let opened = try Outbox(directory: URL(fileURLWithPath: devices.outboxDirectory),
                                keyFile: URL(fileURLWithPath: devices.outboxKeyFile), kioskID: devices.kioskID)
        let recovery = try opened.recover()
        if !recovery.missingFiles.isEmpty {
          SystemLog.error("outbox: \(recovery.missingFiles.count) queued document(s) lost their file: run kiosk outbox check")
        }
        current = opened
        return opened
      } catch {
        SystemLog.error("outbox: cannot open \(devices.outboxDirectory): \(error); check it exists and the kiosk user owns it")
        return nil
      }
    }
  }

  /// Tries to deliver what waits; failures stay queued for the next try.
  private func deliverQueued() {
    guard let outbox = openOutbox() else { return }
    do {
      let report = try outbox.deliver(using: delivery)
      for reference in report.failed.keys { SystemLog.error("outbox: delivery of \(reference) failed; it stays queued") }
      for (reference, folder) in report.renamed {
        SystemLog.error("outbox: \(reference) delivered as \(folder): another document had its reference (same outbox.kiosk_id on two kiosks?)")
      }
      try outbox.purgeDelivered(olderThan: devices.journalDays)
    } catch {
      SystemLog.error("outbox: delivery stopped: \(error)")
    }
  }

  private func removeSessionFiles() {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: sessionFolder.path)) ?? [] {
      try? fm.removeItem(at: sessionFolder.appendingPathComponent(name))
    }
  }
}
