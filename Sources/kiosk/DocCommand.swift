import ArgumentParser
import Documents
import Foundation
import KioskConfig
import Wording

/// `kiosk doc check|assemble`: the kiosk's document checks, for staff and
/// scripts. Exit 0 accepted, 1 refused (with the reasons), 2 bad usage.
struct DocCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doc", abstract: "Check a document, or assemble pages into one PDF.",
    subcommands: [Check.self, Assemble.self])

  struct ProblemJSON: Encodable {
    let code: String
    let page: Int?
    let message: String
  }

  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check one file as the kiosk would before sending it (exit 0 accepted, 1 refused).")

    @Argument(help: "The file (PDF, JPEG or PNG; its type is read from its content).") var file: String
    @Option(help: "The document type id from documents.yaml (payslip, sick-leave…).") var type: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    struct Output: Encodable {
      let file: String
      let type: String?
      let accepted: Bool
      let kind: String?
      let pages: Int
      let bytes: Int
      let dpi: [Int]
      let problems: [ProblemJSON]
    }

    func run() throws {
      let loaded = try config.load()
      if let type, loaded.documents.type(type) == nil {
        let known = loaded.documents.types.map(\.id).joined(separator: ", ")
        throw CLIFailure("--type \"\(type)\": unknown document type; expected one of \(known)")
      }
      let limits = loaded.documents.limits
      let bytes: [UInt8]
      switch FileBytes.read(file, limit: limits.maxInputBytes) {
      case let .success(read): bytes = read
      case .failure(.missing): throw CLIFailure("\(file): no such file, or it cannot be read")
      case .failure(.notRegularFile): throw CLIFailure("\(file): not a regular file (a folder, a pipe or a device); give a file")
      case let .failure(.tooLarge(size)):
        return try report(FileCheck(kind: nil, pageCount: 0, pages: [],
                                    problems: [.tooLarge(bytes: size, limit: limits.maxInputBytes)]), bytes: size, loaded)
      }
      try report(DocumentChecker(limits: limits).check(bytes), bytes: bytes.count, loaded)
    }

    func report(_ check: FileCheck, bytes: Int, _ loaded: KioskConfiguration) throws {
      let catalog = loaded.defaultCatalog
      if json {
        try JSONOutput.print(Output(
          file: file, type: type, accepted: check.isAccepted, kind: check.kind?.rawValue, pages: check.pageCount,
          bytes: bytes, dpi: check.pages.map { Int($0.effectiveDPI.rounded()) },
          problems: check.problems.map { ProblemJSON(code: $0.code, page: $0.page, message: catalog.documentProblem($0)) }))
      } else if check.isAccepted {
        print("Accepté : \(check.kind?.rawValue.uppercased() ?? "?"), \(catalog.count(check.pageCount, "unit.pages")).")
      } else {
        print("Refusé :")
        for problem in check.problems { print("- " + catalog.documentProblem(problem)) }
      }
      if !check.isAccepted { throw ExitCode(1) }
    }
  }

  struct Assemble: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check image pages (JPEG, PNG, PGM/PPM) and assemble them into one PDF within the size limit.")

    @Argument(help: "The pages, in order.") var pages: [String]
    @Option(name: .shortAndLong, help: "The PDF to write.") var output: String
    @Option(help: "Resolution of pages that declare none (scanner PNM files), in dpi.") var dpi: Double?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    struct Output: Encodable {
      let output: String
      let pages: Int
      let bytes: Int
      let quality: Int
      let maxDPI: Int?
    }

    func validate() throws {
      if pages.isEmpty { throw CLIFailure("give at least one page: kiosk doc assemble PAGE... -o OUT.pdf") }
    }

    func run() throws {
      let loaded = try config.load()
      let catalog = loaded.defaultCatalog
      for page in pages where !FileManager.default.isReadableFile(atPath: page) {
        throw CLIFailure("\(page): no such file, or not readable")
      }
      let assembler = PageFilesAssembler(limits: loaded.documents.limits)
      switch assembler.assemble(paths: pages, dpi: pages.map { _ in dpi }) {
      case let .success(result):
        do {
          try AtomicFile.write(result.bytes, to: URL(fileURLWithPath: output), mode: 0o644)
        } catch {
          throw CLIFailure("\(output): cannot write (\(error)); check the folder exists and is writable")
        }
        if json {
          try JSONOutput.print(Output(output: output, pages: result.pageCount, bytes: result.bytes.count,
                                      quality: result.step.quality, maxDPI: result.step.maxDPI.map { Int($0) }))
        } else {
          print("\(output) : \(catalog.count(result.pageCount, "unit.pages")), \(catalog.megabytes(result.bytes.count)) Mo.")
        }
      case let .failure(failure):
        let problems: [DocumentProblem]
        switch failure {
        case let .page(_, list): problems = list
        case let .document(problem): problems = [problem]
        case .writerFailed: throw CLIFailure("the PDF writer failed: check free memory and disk space")
        }
        if json {
          try JSONOutput.print(problems.map { ProblemJSON(code: $0.code, page: $0.page, message: catalog.documentProblem($0)) })
        } else {
          print("Refusé :")
          for problem in problems { print("- " + catalog.documentProblem(problem)) }
        }
        throw ExitCode(1)
      }
    }
  }
}
