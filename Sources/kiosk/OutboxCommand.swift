import ArgumentParser
import Documents
import Foundation
import KioskConfig

/// `kiosk outbox list|deliver|add|check`: the encrypted outbox, for staff.
struct OutboxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outbox", abstract: "See, deliver and check the documents waiting to leave the kiosk.",
    subcommands: [List.self, Deliver.self, Add.self, Check.self, Sheet.self])

  /// The outbox of the configuration, with the crash recovery run first
  /// when asked. Recovery is safe while the kiosk or another command writes
  /// (it waits for their commits: `OutboxLock`), but a reader needs none.
  static func open(_ devices: DeviceSettings, recover: Bool) throws -> Outbox {
    do {
      let outbox = try Outbox(directory: URL(fileURLWithPath: devices.outboxDirectory),
                              keyFile: URL(fileURLWithPath: devices.outboxKeyFile), kioskID: devices.kioskID)
      if recover { try outbox.recover() }
      return outbox
    } catch let busy as OutboxLock.Busy {
      throw CLIFailure(busy.description)
    } catch {
      throw CLIFailure("cannot open the outbox in \(devices.outboxDirectory): \(error); check that it exists and that this user may write there")
    }
  }

  struct ItemJSON: Encodable {
    let reference: String
    let type: String
    let pages: Int
    let bytes: Int
    let created: String
    let state: String
    let attempts: Int
    let lastError: String?
    /// The delivered folder, when another document already had the reference.
    let deliveredAs: String?

    init(_ item: OutboxItem) {
      reference = item.reference
      type = item.documentType
      pages = item.pageCount
      bytes = item.byteCount
      created = OutboxItem.minuteFormat(item.createdAt)
      state = item.state.rawValue
      attempts = item.attempts
      lastError = item.lastError
      deliveredAs = item.deliveredAs
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the documents in the outbox, oldest first.")
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    func run() throws {
      let loaded = try config.load()
      let outbox = try OutboxCommand.open(loaded.site.devices, recover: false)
      let items = try outbox.items()
      if json { return try JSONOutput.print(items.map(ItemJSON.init)) }
      if items.isEmpty { return print("La boîte d'envoi est vide.") }
      for item in items {
        var state: String
        switch item.state {
        case .queued: state = "en attente"
        case .delivered: state = "livré"
        }
        if let folder = item.deliveredAs { state += " dans \(folder)" }
        var line = "\(item.reference)  \(item.documentType)  \(item.pageCount) p.  \(loaded.defaultCatalog.megabytes(item.byteCount)) Mo  \(OutboxItem.minuteFormat(item.createdAt))  \(state)"
        if let error = item.lastError { line += "  (dernier essai : \(error))" }
        print(line)
      }
    }
  }

  struct Deliver: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Deliver every queued document to the delivery folder (exit 1 if one failed).")
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    struct Output: Encodable {
      let delivered: [String]
      let alreadyDelivered: [String]
      let renamed: [String: String]
      let failed: [String: String]
      let purged: Int
    }

    func run() throws {
      let devices = try config.load().site.devices
      let outbox = try OutboxCommand.open(devices, recover: true)
      let report: Outbox.DeliveryReport
      do {
        report = try outbox.deliver(using: FolderConnector(folder: URL(fileURLWithPath: devices.deliveryDirectory)))
      } catch let busy as OutboxLock.Busy {
        throw CLIFailure(busy.description)
      }
      let purged = try outbox.purgeDelivered(olderThan: devices.journalDays)
      if json {
        try JSONOutput.print(Output(delivered: report.delivered, alreadyDelivered: report.alreadyDelivered,
                                    renamed: report.renamed, failed: report.failed, purged: purged))
      } else {
        print("Livrés : \(report.delivered.count) (dans \(devices.deliveryDirectory)).")
        if !report.alreadyDelivered.isEmpty { print("Déjà livrés avant : \(report.alreadyDelivered.joined(separator: ", ")).") }
        for (reference, folder) in report.renamed.sorted(by: { $0.key < $1.key }) {
          print("Livré dans \(folder) : un autre document avait déjà le dossier \(reference).")
        }
        for (reference, why) in report.failed.sorted(by: { $0.key < $1.key }) { print("Pas livré : \(reference) — \(why)") }
      }
      if !report.failed.isEmpty { throw ExitCode(1) }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check and queue a document: one PDF, or image pages assembled into one PDF (exit 1 if refused).")
    @Argument(help: "A PDF, or image pages in order.") var files: [String]
    @Option(help: "The document type id from documents.yaml.") var type: String
    @Option(help: "Resolution of pages that declare none (scanner PNM files), in dpi.") var dpi: Double?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    struct Output: Encodable {
      let reference: String
      let pages: Int
      let bytes: Int
    }

    func run() throws {
      let loaded = try config.load()
      guard loaded.documents.type(type) != nil else {
        throw CLIFailure("--type \"\(type)\": unknown document type; expected one of \(loaded.documents.types.map(\.id).joined(separator: ", "))")
      }
      guard !files.isEmpty else { throw CLIFailure("give a PDF or image pages: kiosk outbox add FILE... --type T") }
      let limits = loaded.documents.limits
      let pdf: [UInt8], pages: Int
      if files.count == 1, case let .success(bytes) = FileBytes.read(files[0], limit: limits.maxInputBytes),
        FileKind.sniffPDF(bytes)
      {
        let check = DocumentChecker(limits: limits).check(bytes)
        guard check.isAccepted else { return try refuse(check.problems, loaded) }
        pdf = bytes
        pages = check.pageCount
      } else {
        switch PageFilesAssembler(limits: limits).assemble(paths: files, dpi: files.map { _ in dpi }) {
        case let .success(result): (pdf, pages) = (result.bytes, result.pageCount)
        case let .failure(.page(_, problems)): return try refuse(problems, loaded)
        case let .failure(.document(problem)): return try refuse([problem], loaded)
        case .failure(.writerFailed): throw CLIFailure("the PDF writer failed: check free memory and disk space")
        }
      }
      let devices = loaded.site.devices
      let outbox = try OutboxCommand.open(devices, recover: false)
      let delivery = FolderConnector(folder: URL(fileURLWithPath: devices.deliveryDirectory))
      let item: OutboxItem
      do { item = try outbox.commit(pdf: pdf, documentType: type, pageCount: pages, delivery: delivery) } catch {
        throw CLIFailure("cannot queue the document in \(devices.outboxDirectory): \(error)")
      }
      if json { return try JSONOutput.print(Output(reference: item.reference, pages: pages, bytes: pdf.count)) }
      print("En attente d'envoi : \(item.reference) (\(loaded.defaultCatalog.count(pages, "unit.pages"))).")
    }

    func refuse(_ problems: [DocumentProblem], _ loaded: KioskConfiguration) throws {
      print("Refusé :")
      for problem in problems { print("- " + loaded.defaultCatalog.documentProblem(problem)) }
      throw ExitCode(1)
    }
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Repair the outbox after a crash and say what was found (exit 1 if a queued document lost its file).")
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    struct Output: Encodable {
      let queued: Int
      let delivered: Int
      let interruptedWrites: Int
      let uncommittedFiles: Int
      let deliveredFiles: Int
      let missingFiles: [String]
    }

    func run() throws {
      let devices = try config.load().site.devices
      let outbox = try OutboxCommand.open(devices, recover: false)
      let recovery: Outbox.Recovery
      do { recovery = try outbox.recover() } catch let busy as OutboxLock.Busy { throw CLIFailure(busy.description) }
      let items = try outbox.items()
      let output = Output(queued: items.filter { $0.state == .queued }.count,
                          delivered: items.filter { $0.state == .delivered }.count,
                          interruptedWrites: recovery.interruptedWrites, uncommittedFiles: recovery.uncommittedFiles,
                          deliveredFiles: recovery.deliveredFiles, missingFiles: recovery.missingFiles)
      if json { try JSONOutput.print(output) } else {
        print("En attente : \(output.queued). Livrés : \(output.delivered).")
        print("Réparé : \(recovery.interruptedWrites) écriture(s) interrompue(s), \(recovery.uncommittedFiles) fichier(s) jamais enregistré(s), \(recovery.deliveredFiles) fichier(s) déjà livré(s) effacé(s).")
        if !recovery.missingFiles.isEmpty { print("FICHIERS PERDUS : \(recovery.missingFiles.joined(separator: ", "))") }
      }
      if !recovery.missingFiles.isEmpty { throw ExitCode(1) }
    }
  }
}
