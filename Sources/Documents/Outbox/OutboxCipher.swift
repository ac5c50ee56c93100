import Crypto
import Foundation

/// Encrypts documents at rest with AES-256-GCM. The key is a 32-byte file
/// (mode 0600) created on first use; `docs/admin/documents.md` says where
/// it lives and how to protect or rotate it. Each file is bound to its
/// outbox item (the item id is authenticated data), so a file cannot be
/// swapped for another one unnoticed.
public struct OutboxCipher: Sendable {
  public enum Failure: Error, CustomStringConvertible {
    case badKeyFile(String)
    case tampered
    public var description: String {
      switch self {
      case let .badKeyFile(why): return "outbox key: \(why)"
      case .tampered: return "an outbox file does not decrypt: it was changed, or the key is not the one it was written with"
      }
    }
  }

  /// "PSLB" and a format version, in front of nonce + ciphertext + tag.
  static let magic: [UInt8] = Array("PSLB1".utf8)
  /// The raw key: `SymmetricKey` is not `Sendable` in swift-crypto 3.
  private let keyBytes: [UInt8]
  private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

  public init(key: SymmetricKey) { keyBytes = key.withUnsafeBytes { [UInt8]($0) } }

  /// Reads the key file, or creates it (0600) when there is none. The key
  /// is written whole under a temporary name, then linked into place, so a
  /// process starting at the same moment never reads half a key.
  public static func loadOrCreate(keyFile: URL) throws -> OutboxCipher {
    if let existing = try? Data(contentsOf: keyFile) {
      guard existing.count == 32 else {
        throw Failure.badKeyFile("\(keyFile.path) has \(existing.count) bytes, expected 32: restore it from the backup")
      }
      return OutboxCipher(key: SymmetricKey(data: existing))
    }
    let folder = keyFile.deletingLastPathComponent()
    try AtomicFile.makePrivateFolder(folder)
    let key = SymmetricKey(size: .bits256)
    let temporary = folder.appendingPathComponent("\(AtomicFile.temporaryPrefix)\(UUID().uuidString)")
    try AtomicFile.writeNew(key.withUnsafeBytes { [UInt8]($0) }, to: temporary, mode: 0o600)
    defer { unlink(temporary.path) }
    guard link(temporary.path, keyFile.path) == 0 else {
      // Another process created it first: use theirs.
      guard errno == EEXIST else { throw AtomicFile.Failure(operation: "create", path: keyFile.path, code: errno) }
      return try loadOrCreate(keyFile: keyFile)
    }
    try AtomicFile.syncFolder(folder)
    return OutboxCipher(key: key)
  }

  public func seal(_ plain: [UInt8], boundTo id: String) throws -> [UInt8] {
    let box = try AES.GCM.seal(plain, using: key, authenticating: Array(id.utf8))
    guard let combined = box.combined else { throw Failure.tampered }
    return Self.magic + [UInt8](combined)
  }

  public func open(_ sealed: [UInt8], boundTo id: String) throws -> [UInt8] {
    guard sealed.starts(with: Self.magic) else { throw Failure.tampered }
    do {
      let box = try AES.GCM.SealedBox(combined: sealed.dropFirst(Self.magic.count))
      return [UInt8](try AES.GCM.open(box, using: key, authenticating: Array(id.utf8)))
    } catch {
      throw Failure.tampered
    }
  }

  /// Hex SHA-256, to check a delivered copy against what was queued.
  public static func digest(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
  }
}
