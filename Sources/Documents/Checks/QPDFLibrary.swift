import CQPDF

#if canImport(Glibc)
import Glibc
#endif

/// libqpdf's C API, loaded on first use. Linking it would load libstdc++,
/// gnutls, nettle, gmp and p11-kit at every start of the kiosk: about 5 MB
/// resident and a few milliseconds, for something only PDFs from a stick
/// need.
struct QPDFLibrary: @unchecked Sendable {
  typealias Init = @convention(c) () -> qpdf_data?
  typealias Cleanup = @convention(c) (UnsafeMutablePointer<qpdf_data?>?) -> Void
  typealias SetBool = @convention(c) (qpdf_data?, QPDF_BOOL) -> Void
  typealias ReadMemory = @convention(c) (qpdf_data?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64,
                                         UnsafePointer<CChar>?) -> QPDF_ERROR_CODE
  typealias GetError = @convention(c) (qpdf_data?) -> qpdf_error?
  typealias GetErrorCode = @convention(c) (qpdf_data?, qpdf_error?) -> qpdf_error_code_e
  typealias GetBool = @convention(c) (qpdf_data?) -> QPDF_BOOL
  typealias GetInt = @convention(c) (qpdf_data?) -> Int32

  let initialize: Init
  let cleanup: Cleanup
  let setSuppressWarnings: SetBool
  let readMemory: ReadMemory
  let getError: GetError
  let getErrorCode: GetErrorCode
  let isEncrypted: GetBool
  let hasError: GetBool
  let numberOfPages: GetInt

  /// Loaded once; nil when libqpdf is not installed (Debian: libqpdf29).
  static let shared: QPDFLibrary? = load()

  static func load() -> QPDFLibrary? {
    guard let handle = dlopen("libqpdf.so.29", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libqpdf.so", RTLD_NOW | RTLD_LOCAL) else {
      return nil
    }
    func symbol<T>(_ name: String, _: T.Type) -> T? {
      dlsym(handle, name).map { unsafeBitCast($0, to: T.self) }
    }
    guard let initialize = symbol("qpdf_init", Init.self), let cleanup = symbol("qpdf_cleanup", Cleanup.self),
      let suppress = symbol("qpdf_set_suppress_warnings", SetBool.self),
      let read = symbol("qpdf_read_memory", ReadMemory.self), let getError = symbol("qpdf_get_error", GetError.self),
      let code = symbol("qpdf_get_error_code", GetErrorCode.self), let encrypted = symbol("qpdf_is_encrypted", GetBool.self),
      let hasError = symbol("qpdf_has_error", GetBool.self), let pages = symbol("qpdf_get_num_pages", GetInt.self)
    else { return nil }
    return QPDFLibrary(initialize: initialize, cleanup: cleanup, setSuppressWarnings: suppress, readMemory: read,
                       getError: getError, getErrorCode: code, isEncrypted: encrypted, hasError: hasError,
                       numberOfPages: pages)
  }
}
