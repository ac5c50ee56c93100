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
  typealias Silence = @convention(c) (qpdf_data?) -> Void
  typealias ReadMemory = @convention(c) (qpdf_data?, UnsafePointer<CChar>?, UnsafePointer<CChar>?, UInt64,
                                         UnsafePointer<CChar>?) -> QPDF_ERROR_CODE
  typealias GetError = @convention(c) (qpdf_data?) -> qpdf_error?
  typealias GetErrorCode = @convention(c) (qpdf_data?, qpdf_error?) -> qpdf_error_code_e
  typealias GetBool = @convention(c) (qpdf_data?) -> QPDF_BOOL
  typealias GetInt = @convention(c) (qpdf_data?) -> Int32
  typealias GetHandle = @convention(c) (qpdf_data?) -> qpdf_oh
  typealias HandleType = @convention(c) (qpdf_data?, qpdf_oh) -> qpdf_object_type_e
  typealias HandleInt = @convention(c) (qpdf_data?, qpdf_oh) -> Int32
  typealias HandleIntValue = @convention(c) (qpdf_data?, qpdf_oh, UnsafeMutablePointer<Int32>?) -> QPDF_BOOL
  typealias HandleVoid = @convention(c) (qpdf_data?, qpdf_oh) -> Void
  typealias HandleString = @convention(c) (qpdf_data?, qpdf_oh) -> UnsafePointer<CChar>?
  typealias HandleHandle = @convention(c) (qpdf_data?, qpdf_oh) -> qpdf_oh
  typealias NextKey = @convention(c) (qpdf_data?) -> UnsafePointer<CChar>?
  typealias KeyValue = @convention(c) (qpdf_data?, qpdf_oh, UnsafePointer<CChar>?) -> qpdf_oh
  typealias ArrayItem = @convention(c) (qpdf_data?, qpdf_oh, Int32) -> qpdf_oh
  typealias StreamData = @convention(c) (qpdf_data?, qpdf_oh, qpdf_stream_decode_level_e, UnsafeMutablePointer<QPDF_BOOL>?,
                                         UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?,
                                         UnsafeMutablePointer<Int>?) -> QPDF_ERROR_CODE

  let initialize: Init
  let cleanup: Cleanup
  let setSuppressWarnings: SetBool
  let silenceErrors: Silence
  let readMemory: ReadMemory
  let getError: GetError
  let getErrorCode: GetErrorCode
  let isEncrypted: GetBool
  let hasError: GetBool
  let moreWarnings: GetBool
  let numberOfPages: GetInt
  // The object walk (PDFObjectWalk).
  let trailer: GetHandle
  let typeCode: HandleType
  let objectID: HandleInt
  let generation: HandleInt
  let intValue: HandleIntValue
  let name: HandleString
  let streamDictionary: HandleHandle
  let beginKeys: HandleVoid
  let moreKeys: GetBool
  let nextKey: NextKey
  let value: KeyValue
  let count: HandleInt
  let item: ArrayItem
  let streamData: StreamData
  let release: HandleVoid

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
      let silence = symbol("qpdf_silence_errors", Silence.self),
      let read = symbol("qpdf_read_memory", ReadMemory.self), let getError = symbol("qpdf_get_error", GetError.self),
      let code = symbol("qpdf_get_error_code", GetErrorCode.self), let encrypted = symbol("qpdf_is_encrypted", GetBool.self),
      let hasError = symbol("qpdf_has_error", GetBool.self), let moreWarnings = symbol("qpdf_more_warnings", GetBool.self),
      let pages = symbol("qpdf_get_num_pages", GetInt.self),
      let trailer = symbol("qpdf_get_trailer", GetHandle.self), let typeCode = symbol("qpdf_oh_get_type_code", HandleType.self),
      let objectID = symbol("qpdf_oh_get_object_id", HandleInt.self),
      let generation = symbol("qpdf_oh_get_generation", HandleInt.self),
      let intValue = symbol("qpdf_oh_get_value_as_int", HandleIntValue.self),
      let name = symbol("qpdf_oh_get_name", HandleString.self),
      let streamDictionary = symbol("qpdf_oh_get_dict", HandleHandle.self),
      let beginKeys = symbol("qpdf_oh_begin_dict_key_iter", HandleVoid.self),
      let moreKeys = symbol("qpdf_oh_dict_more_keys", GetBool.self), let nextKey = symbol("qpdf_oh_dict_next_key", NextKey.self),
      let value = symbol("qpdf_oh_get_key", KeyValue.self), let count = symbol("qpdf_oh_get_array_n_items", HandleInt.self),
      let item = symbol("qpdf_oh_get_array_item", ArrayItem.self),
      let streamData = symbol("qpdf_oh_get_stream_data", StreamData.self),
      let release = symbol("qpdf_oh_release", HandleVoid.self)
    else { return nil }
    return QPDFLibrary(initialize: initialize, cleanup: cleanup, setSuppressWarnings: suppress, silenceErrors: silence,
                       readMemory: read, getError: getError, getErrorCode: code, isEncrypted: encrypted,
                       hasError: hasError, moreWarnings: moreWarnings, numberOfPages: pages, trailer: trailer,
                       typeCode: typeCode, objectID: objectID, generation: generation, intValue: intValue, name: name,
                       streamDictionary: streamDictionary, beginKeys: beginKeys, moreKeys: moreKeys, nextKey: nextKey,
                       value: value, count: count, item: item, streamData: streamData, release: release)
  }
}
