/// Why a file or a page cannot be sent, as data: the catalogs say it in
/// plain words with what to do (`doc.problem.<key>`).
public enum DocumentProblem: Hashable, Sendable {
  /// Zero bytes: the copy did not work.
  case empty
  /// Not a PDF, a JPEG or a PNG, whatever its name says.
  case notAccepted
  /// The file stops too early (a copy cut short).
  case truncated
  /// The PDF's structure is broken.
  case damaged
  /// The PDF asks for a password, or is locked.
  case encrypted
  /// Nothing in it can be read.
  case unreadable
  /// The PDF holds a script, launches a program or sends data when it is
  /// opened: the kiosk does not forward it into the agency.
  case activeContent
  /// The PDF carries other files inside it.
  case attachedFile
  /// A part of the PDF inflates to far more than any page needs (a
  /// "Flate bomb"): refused after inflating the budget, never in full.
  case expandsTooMuch
  /// Width × height beyond any page: refused before reading.
  case tooManyPixels
  case tooManyPages(count: Int, limit: Int)
  /// Over the size limit, even after recompression for images.
  case tooLarge(bytes: Int, limit: Int)
  /// Page `page` (1-based) has too few dots per inch to read.
  case lowResolution(page: Int, dpi: Int, minimum: Int)
  case blank(page: Int)
  case dark(page: Int)

  /// The catalog key of the plain-language message.
  public var key: String {
    switch self {
    case .empty: return "doc.problem.empty"
    case .notAccepted: return "doc.problem.not_accepted"
    case .truncated: return "doc.problem.truncated"
    case .damaged: return "doc.problem.damaged"
    case .encrypted: return "doc.problem.encrypted"
    case .unreadable: return "doc.problem.unreadable"
    case .activeContent: return "doc.problem.active_content"
    case .attachedFile: return "doc.problem.attached_file"
    case .expandsTooMuch: return "doc.problem.expands_too_much"
    case .tooManyPixels: return "doc.problem.too_many_pixels"
    case .tooManyPages: return "doc.problem.too_many_pages"
    case .tooLarge: return "doc.problem.too_large"
    case .lowResolution: return "doc.problem.low_resolution"
    case .blank: return "doc.problem.blank"
    case .dark: return "doc.problem.dark"
    }
  }

  /// A short stable code for scripts (`kiosk doc check --json`).
  public var code: String { String(key.dropFirst("doc.problem.".count)) }

  /// The whole numbers the message names; sizes are written by the
  /// wording layer, in the reader's language (`Catalog.documentProblem`).
  public var arguments: [String: String] {
    switch self {
    case let .tooManyPages(count, limit): return ["count": String(count), "limit": String(limit)]
    case let .lowResolution(page, dpi, minimum): return ["page": String(page), "dpi": String(dpi), "minimum": String(minimum)]
    case let .blank(page), let .dark(page): return ["page": String(page)]
    case .empty, .notAccepted, .truncated, .damaged, .encrypted, .unreadable, .activeContent, .attachedFile,
      .expandsTooMuch, .tooManyPixels, .tooLarge:
      return [:]
    }
  }

  /// The page the problem is on, if it is about one page.
  public var page: Int? {
    switch self {
    case let .lowResolution(page, _, _), let .blank(page), let .dark(page): return page
    case .empty, .notAccepted, .truncated, .damaged, .encrypted, .unreadable, .activeContent, .attachedFile,
      .expandsTooMuch, .tooManyPixels, .tooManyPages, .tooLarge:
      return nil
    }
  }
}

extension DocumentProblem {
  /// What an image read failure means for the person.
  public init(_ error: ImageReadError) {
    switch error {
    case .truncated: self = .truncated
    case .unreadable: self = .unreadable
    case .tooManyPixels: self = .tooManyPixels
    }
  }
}
