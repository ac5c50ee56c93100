import Foundation

/// Delivers each item as a folder named by its reference, holding
/// `document.pdf` and `manifest.json`. The folder is built under a hidden
/// temporary name, flushed, then renamed in one step: staff never see a
/// half-written delivery, and a second attempt finds the folder there and
/// writes nothing.
public struct FolderConnector: DeliveryConnector {
  public let folder: URL
  public var name: String { "folder \(folder.path)" }
  static let incomingPrefix = ".incoming-"

  public init(folder: URL) { self.folder = folder }

  public func deliver(_ manifest: DeliveryManifest, document: [UInt8]) throws -> DeliveryOutcome {
    let fm = FileManager.default
    try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
    let target = folder.appendingPathComponent(manifest.reference)
    if try isDelivered(manifest, at: target) { return .alreadyDelivered }
    removeStaleIncoming()
    let incoming = folder.appendingPathComponent("\(Self.incomingPrefix)\(manifest.reference)-\(UUID().uuidString)")
    try fm.createDirectory(at: incoming, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o750])
    do {
      try AtomicFile.writeNew(document, to: incoming.appendingPathComponent(manifest.fileName), mode: 0o640)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try AtomicFile.writeNew([UInt8](try encoder.encode(manifest)), to: incoming.appendingPathComponent("manifest.json"),
                              mode: 0o640)
      try AtomicFile.syncFolder(incoming)
      guard rename(incoming.path, target.path) == 0 else {
        let code = errno
        try? fm.removeItem(at: incoming)
        // Another process delivered the same item meanwhile.
        if (code == ENOTEMPTY || code == EEXIST), try isDelivered(manifest, at: target) { return .alreadyDelivered }
        throw AtomicFile.Failure(operation: "rename", path: target.path, code: code)
      }
      try AtomicFile.syncFolder(folder)
    } catch {
      try? fm.removeItem(at: incoming)
      throw error
    }
    return .delivered
  }

  /// True when `target` holds this very item (same id); a folder of the
  /// same reference for another item is a conflict staff must see.
  func isDelivered(_ manifest: DeliveryManifest, at target: URL) throws -> Bool {
    guard FileManager.default.fileExists(atPath: target.path) else { return false }
    let data = try Data(contentsOf: target.appendingPathComponent("manifest.json"))
    let existing = try JSONDecoder().decode(DeliveryManifest.self, from: data)
    guard existing.id == manifest.id else {
      throw DeliveryConflict(reference: manifest.reference)
    }
    return true
  }

  /// Temporary folders a crash left behind, more than ten minutes old (a
  /// younger one may be another process at work).
  func removeStaleIncoming(now: Date = Date()) {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(Self.incomingPrefix) {
      let url = folder.appendingPathComponent(name)
      if let date = (try? fm.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date,
        now.timeIntervalSince(date) > 600
      {
        try? fm.removeItem(at: url)
      }
    }
  }
}

/// Two different items with one reference: never overwrite a delivery.
public struct DeliveryConflict: Error, CustomStringConvertible {
  public let reference: String
  public var description: String {
    "a delivered folder \(reference) already holds another document: rename it, then deliver again"
  }
}
