import Foundation

/// A PIN kept as a salted slow hash (scrypt), never as
/// the digits: someone who reads `kiosk.yaml` learns nothing quick to try.
///
///     scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>
///
/// `ln` is log2 of scrypt's cost: 15 takes about 0.1 s and 32 MiB here, so
/// a guessed PIN costs that much too. `kiosk pin hash` makes the line.
/// Only the line is read here; hashing and checking (swift-crypto) are in
/// `PINHashing`, so the screen process does not link crypto.
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

  public static func isWellFormed(_ pin: String) -> Bool {
    digits.contains(pin.count) && pin.allSatisfy { $0.isASCII && $0.isNumber }
  }

  public init(logRounds: Int, blockSize: Int, parallelism: Int, salt: [UInt8], hash: [UInt8]) {
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
}
