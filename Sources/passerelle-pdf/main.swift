import DocumentImaging

#if canImport(Glibc)
import Glibc
#endif

/// `passerelle-pdf [options] -o OUT.pdf PAGE...`: checks image pages (JPEG,
/// PNG, PGM/PPM) and writes them as one PDF within the size limit, straight
/// to disk (temporary file, fsync, rename). The kiosk runs it for every
/// document: decoding untrusted images happens in this small process, and
/// a crash here cannot take the kiosk screen down.
///
/// Prints one line: `ok PAGES BYTES QUALITY` or `refused PAGE CODE...`.
/// Exit 0 written, 1 refused, 2 bad usage or a write failure. Options are
/// few and fixed, read by hand: this helper links no Foundation and no
/// argument parser, to stay small in memory.
struct Options {
  var limits = DocumentLimits()
  var dpi: Double?
  var output: String?
  var pages: [String] = []

  static let usage = "usage: passerelle-pdf [--dpi N] [--max-bytes N] [--max-pages N] [--min-dpi N] -o OUT.pdf PAGE..."

  init(_ arguments: [String]) throws(UsageError) {
    var rest = arguments[...]
    while let argument = rest.popFirst() {
      switch argument {
      case "-o", "--output": output = try Self.value(&rest, argument)
      case "--dpi": dpi = try Self.number(&rest, argument)
      case "--max-bytes": limits.maxBytes = Int(try Self.number(&rest, argument))
      case "--max-pages": limits.maxPages = Int(try Self.number(&rest, argument))
      case "--min-dpi": limits.minDPI = try Self.number(&rest, argument)
      default:
        if argument.hasPrefix("-") { throw UsageError("unknown option \(argument)") }
        pages.append(argument)
      }
    }
    if output == nil { throw UsageError("missing -o OUT.pdf") }
    if pages.isEmpty { throw UsageError("give at least one page") }
  }

  static func value(_ rest: inout ArraySlice<String>, _ name: String) throws(UsageError) -> String {
    guard let value = rest.popFirst() else { throw UsageError("\(name) needs a value") }
    return value
  }

  static func number(_ rest: inout ArraySlice<String>, _ name: String) throws(UsageError) -> Double {
    guard let value = Double(try value(&rest, name)), value > 0 else { throw UsageError("\(name) needs a positive number") }
    return value
  }
}

struct UsageError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}

func fail(_ message: String) -> Never {
  var line = "passerelle-pdf: \(message)\n\(Options.usage)\n"
  _ = line.withUTF8 { write(2, $0.baseAddress, $0.count) }
  exit(2)
}

let options: Options
do { options = try Options(Array(CommandLine.arguments.dropFirst())) } catch { fail(error.message) }
let output = options.output!
// Written beside the target, then renamed: never half a PDF under its name.
let temporary = output + ".part-\(getpid())"
let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
guard fd >= 0 else { fail("cannot write \(temporary): \(String(cString: strerror(errno)))") }
var sink = FileSink(descriptor: fd)
let result = PageFilesAssembler(limits: options.limits)
  .assemble(paths: options.pages, dpi: options.pages.map { _ in options.dpi }, into: &sink)
switch result {
case let .success(done):
  guard sink.flush(), fsync(fd) == 0, close(fd) == 0, rename(temporary, output) == 0 else {
    unlink(temporary)
    fail("cannot finish \(output): \(String(cString: strerror(errno)))")
  }
  // The rename is durable once the folder is flushed.
  let slash = output.lastIndex(of: "/")
  let folder = slash.map { String(output[..<$0]) }.flatMap { $0.isEmpty ? "/" : $0 } ?? "."
  let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  if dir >= 0 { fsync(dir); close(dir) }
  print("ok \(done.pageCount) \(done.byteCount) \(done.step.quality)")
  exit(0)
case let .failure(failure):
  close(fd)
  unlink(temporary)
  switch failure {
  case let .page(page, problems): print("refused \(page) " + problems.map(\.code).joined(separator: " "))
  case let .document(problem): print("refused 0 \(problem.code)")
  case .writerFailed: fail("the PDF could not be written: check free disk space")
  }
  exit(1)
}
