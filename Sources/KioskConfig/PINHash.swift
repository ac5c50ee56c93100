import Crypto
import Foundation
import _CryptoExtras

/// A PIN kept as a salted slow hash (scrypt, from swift-crypto), never as
/// the digits: someone who reads `kiosk.yaml` learns nothing quick to try.
///
///     scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>
///
/// `ln` is log2 of scrypt's cost: 15 takes about 0.1 s and 32 MiB here, so
/// a guessed PIN costs that much too. `kiosk pin hash` makes the line.
public struct PINHash: Hashable, Sendable, CustomStringConvertible {
  public let logRounds: Int
  public let blockSize: Int
  public let parallelism: Int
  public let salt: [UInt8]
  public let hash: [UInt8]

  public static let defaultLogRounds = 15
  /// PINs are digits, 4 to 12 of them.
  public static let digits = 4...12

  public enum Problem: Error, Equatable, CustomStringConvertible {
    case malformed
    case weakPIN

    public var description: String {
      switch self {
      case .malformed: return "expected a line made by `kiosk pin hash`, like scrypt$ln=15,r=8,p=1$…$…"
      case .weakPIN: return "a PIN is 4 to 12 digits"
      }
    }
  }

  /// Hashes a new PIN with a fresh random salt.
  public static func make(pin: String, logRounds: Int = defaultLogRounds) throws -> PINHash {
    guard isWellFormed(pin) else { throw Problem.weakPIN }
    let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
    let hash = try derive(pin, salt: salt, logRounds: logRounds, blockSize: 8, parallelism: 1)
    return PINHash(logRounds: logRounds, blockSize: 8, parallelism: 1, salt: salt, hash: hash)
  }

  public static func isWellFormed(_ pin: String) -> Bool {
    digits.contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
  }

  init(logRounds: Int, blockSize: Int, parallelism: Int, salt: [UInt8], hash: [UInt8]) {
    self.logRounds = logRounds
    self.blockSize = blockSize
    self.parallelism = parallelism
    self.salt = salt
    self.hash = hash
  }

  /// Reads the line from the configuration.
  public init(parsing line: String) throws {
    let parts = line.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == "scrypt" else { throw Problem.malformed }
    var parameters: [String: Int] = [:]
    for pair in parts[1].split(separator: ",") {
      let kv = pair.split(separator: "=")
      guard kv.count == 2, let value = Int(kv[1]) else { throw Problem.malformed }
      parameters[String(kv[0])] = value
    }
    guard let ln = parameters["ln"], let r = parameters["r"], let p = parameters["p"], (1...20).contains(ln),
      (1...32).contains(r), (1...16).contains(p), let salt = Data(base64Encoded: parts[2]),
      let hash = Data(base64Encoded: parts[3]), salt.count >= 8, hash.count >= 16
    else { throw Problem.malformed }
    self.init(logRounds: ln, blockSize: r, parallelism: p, salt: [UInt8](salt), hash: [UInt8](hash))
  }

  public var description: String {
    "scrypt$ln=\(logRounds),r=\(blockSize),p=\(parallelism)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
  }

  /// True when `pin` is the PIN. Compared in constant time.
  public func verify(_ pin: String) -> Bool {
    guard Self.isWellFormed(pin),
      let candidate = try? Self.derive(pin, salt: salt, logRounds: logRounds, blockSize: blockSize,
                                       parallelism: parallelism, length: hash.count)
    else { return false }
    return zip(candidate, hash).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0 && candidate.count == hash.count
  }

  static func derive(_ pin: String, salt: [UInt8], logRounds: Int, blockSize: Int, parallelism: Int,
                     length: Int = 32) throws -> [UInt8] {
    let key = try KDF.Scrypt.deriveKey(from: Array(pin.utf8), salt: salt, outputByteCount: length,
                                       rounds: 1 << logRounds, blockSize: blockSize, parallelism: parallelism)
    return key.withUnsafeBytes { [UInt8]($0) }
  }
}
