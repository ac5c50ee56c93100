import Crypto
import KioskConfig
import _CryptoExtras

/// Making and checking PIN hashes with scrypt (swift-crypto). Apart from
/// `KioskConfig`, which only reads the line: the screen process links no
/// crypto, and checks run in `kiosk pin check` (see `PINChecker`).
extension PINHash {
  /// Hashes a new PIN with a fresh random salt.
  public static func make(pin: String, logRounds: Int = defaultLogRounds) throws -> PINHash {
    guard isWellFormed(pin) else { throw Problem.weakPIN }
    let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
    let hash = try derive(pin, salt: salt, logRounds: logRounds, blockSize: 8, parallelism: 1)
    return PINHash(logRounds: logRounds, blockSize: 8, parallelism: 1, salt: salt, hash: hash)
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
