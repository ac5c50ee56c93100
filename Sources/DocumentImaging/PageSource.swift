import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files into byte arrays with one allocation (no `Data`
/// detour): a 200-dpi A4 page is 4 MB, and the kiosk keeps under 20 MB.
public enum FileBytes {
  public enum Failure: Error, Hashable, Sendable {
    /// No such file, no permission, or the device went away mid-read.
    case missing
    /// A folder, a pipe, a device: nothing a person could send.
    case notRegularFile
    case tooLarge(bytes: Int)
  }

  public static func read(_ path: String, limit: Int = .max) -> Result<[UInt8], Failure> {
    // Non-blocking: opening a pipe (FIFO) with no writer would otherwise
    // wait for ever, before the type could even be checked.
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { return .failure(.missing) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.missing) }
    guard info.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegularFile) }
    // A regular file: back to blocking reads (a slow stick must not look
    // like a short file).
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    let size = Int(info.st_size)
    guard size <= limit else { return .failure(.tooLarge(bytes: size)) }
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      var done = 0
      while done < size {
        let n = Glibc.read(fd, buffer.baseAddress! + done, size - done)
        if n < 0, errno == EINTR { continue }
        if n <= 0 { break }
        done += n
      }
      failed = done != size
      count = done
    }
    return failed ? .failure(.missing) : .success(bytes)
  }
}

/// Assembles image files (scanned pages, photos from a stick) into one PDF,
/// checking each page as it is read: one decode a page, one page in memory.
public struct PageFilesAssembler: Sendable {
  public let limits: DocumentLimits

  public init(limits: DocumentLimits) { self.limits = limits }

  public enum Failure: Error, Hashable, Sendable {
    /// Page n (1-based) has these problems.
    case page(Int, [DocumentProblem])
    case document(DocumentProblem)
    case writerFailed
  }

  /// `dpi[i]`, when given, is the resolution the scanner used for page i
  /// (PNM files carry none).
  public func assemble(paths: [String], dpi: [Double?] = []) -> Result<PDFAssembler.Result, Failure> {
    var sink = MemorySink()
    return assemble(paths: paths, dpi: dpi, into: &sink).map {
      PDFAssembler.Result(bytes: sink.bytes, byteCount: $0.byteCount, pageCount: $0.pageCount, step: $0.step)
    }
  }

  /// Into `sink`: a file keeps memory to one page.
  public func assemble(paths: [String], dpi: [Double?] = [], into sink: inout some PDFSink)
    -> Result<PDFAssembler.Result, Failure>
  {
    // A refusal with its reason, before any page is read: not a usage
    // error, not a silent 50-page document.
    guard paths.count <= limits.maxPages else {
      return .failure(.document(.tooManyPages(count: paths.count, limit: limits.maxPages)))
    }
    let assembler = PDFAssembler(limits: limits)
    let limits = self.limits
    // Pages are checked on the first pass only; the ladder's later passes
    // read them again to encode them smaller. Two pages at once: the
    // failure kept is the first page's.
    let checked = Mutex<Set<Int>>([])
    let pageFailures = Mutex<[Int: [DocumentProblem]]>([:])
    do {
      let result = try assembler.assemble(pageCount: paths.count, into: &sink) { index in
        func refuse(_ problems: [DocumentProblem]) -> Failure {
          pageFailures.withLock { $0[index + 1] = problems }
          return Failure.page(index + 1, problems)
        }
        var bytes: [UInt8]
        switch FileBytes.read(paths[index], limit: limits.maxInputBytes) {
        case let .success(read): bytes = read
        case .failure(.missing): throw refuse([.unreadable])
        case .failure(.notRegularFile): throw refuse([.notAccepted])
        case let .failure(.tooLarge(size)): throw refuse([.tooLarge(bytes: size, limit: limits.maxInputBytes)])
        }
        guard let kind = FileKind.sniff(bytes), kind.isImage else { throw refuse([bytes.isEmpty ? .empty : .notAccepted]) }
        var image: GrayImage
        do { image = try ImageCodec.decodeGray(&bytes, kind: kind) } catch let error as ImageReadError {
          throw refuse([DocumentProblem(error)])
        }
        if index < dpi.count, let known = dpi[index], image.declaredDPI == nil { image.declaredDPI = known }
        if checked.withLock({ $0.insert(index).inserted }) {
          let problems = PageAnalysis(image).problems(page: index + 1, limits: limits)
          if !problems.isEmpty { throw refuse(problems) }
        }
        return image
      }
      return .success(result)
    } catch {
      if let (page, problems) = pageFailures.withLock({ $0.min { $0.key < $1.key } }) {
        return .failure(.page(page, problems))
      }
      switch error {
      case let .tooLarge(bytes): return .failure(.document(.tooLarge(bytes: bytes, limit: limits.maxBytes)))
      case .noPages: return .failure(.document(.empty))
      case let .unreadablePage(n): return .failure(.page(n, [.unreadable]))
      case .writerFailed: return .failure(.writerFailed)
      }
    }
  }
}
