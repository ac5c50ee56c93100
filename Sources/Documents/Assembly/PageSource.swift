import Foundation

/// Reads whole files into byte arrays with one allocation (no `Data`
/// detour): a 200-dpi A4 page is 4 MB, and the kiosk keeps under 20 MB.
public enum FileBytes {
  public enum Failure: Error, Hashable, Sendable {
    case missing
    case tooLarge(bytes: Int)
  }

  public static func read(_ path: String, limit: Int = .max) -> Result<[UInt8], Failure> {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return .failure(.missing) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return .failure(.missing) }
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
    var checked = Set<Int>()
    var pageFailure: Failure?
    let assembler = PDFAssembler(limits: limits)
    do {
      let result = try assembler.assemble(pageCount: paths.count) { index in
        guard case var .success(bytes) = FileBytes.read(paths[index], limit: limits.maxInputBytes) else {
          pageFailure = .page(index + 1, [.unreadable])
          throw Failure.page(index + 1, [.unreadable])
        }
        guard let kind = FileKind.sniff(bytes), kind.isImage else {
          let problem: DocumentProblem = bytes.isEmpty ? .empty : .notAccepted
          pageFailure = .page(index + 1, [problem])
          throw Failure.page(index + 1, [problem])
        }
        var image: GrayImage
        do { image = try ImageCodec.decodeGray(&bytes, kind: kind) } catch let error as ImageReadError {
          let problem = DocumentProblem(error)
          pageFailure = .page(index + 1, [problem])
          throw Failure.page(index + 1, [problem])
        }
        if index < dpi.count, let known = dpi[index], image.declaredDPI == nil { image.declaredDPI = known }
        if !checked.contains(index) {
          checked.insert(index)
          let problems = PageAnalysis(image).problems(page: index + 1, limits: limits)
          if !problems.isEmpty {
            pageFailure = .page(index + 1, problems)
            throw Failure.page(index + 1, problems)
          }
        }
        return image
      }
      return .success(result)
    } catch {
      if let pageFailure { return .failure(pageFailure) }
      switch error {
      case let .tooLarge(bytes): return .failure(.document(.tooLarge(bytes: bytes, limit: limits.maxBytes)))
      case .noPages: return .failure(.document(.empty))
      case let .unreadablePage(n): return .failure(.page(n, [.unreadable]))
      case .writerFailed: return .failure(.writerFailed)
      }
    }
  }
}
