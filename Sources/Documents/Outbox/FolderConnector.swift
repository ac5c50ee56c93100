import Foundation

/// Delivers each item as a folder named by its reference, holding
/// `document.pdf` and `manifest.json`. The folder is built under a hidden
/// temporary name, flushed, then renamed in one step: staff never see a
/// half-written delivery, and a second attempt finds the folder there and
/// writes nothing. A folder of the same name holding another document (two
/// kiosks with one id, an old delivery staff kept) is never overwritten:
/// the document goes to "<reference>-2", "-3"… instead.
public struct FolderConnector: DeliveryConnector {
  public let folder: URL
  public var name: String { "folder \(folder.path)" }
  static let incomingPrefix = ".incoming-"

  public init(folder: URL) { self.folder = folder }

  public func holds(reference: String) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(reference).path)
  }

  public func deliver(_ manifest: DeliveryManifest, document: [UInt8]) throws -> DeliveryOutcome {
    let fm = FileManager.default
    try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
    let names = DocumentReference.deliveryNames(manifest.reference)
    // An earlier attempt that the journal did not hear about.
    if let done = names.first(where: { holdsItem(manifest.id, named: $0) }) { return .alreadyDelivered(as: done) }
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
      for name in names where !fm.fileExists(atPath: folder.appendingPathComponent(name).path) {
        let target = folder.appendingPathComponent(name)
        if rename(incoming.path, target.path) == 0 {
          try AtomicFile.syncFolder(folder)
          return .delivered(as: name)
        }
        let code = errno
        // Taken between our look and the rename: by this very item (another
        // process delivered it), or by another document (try the next name).
        guard code == ENOTEMPTY || code == EEXIST else {
          throw AtomicFile.Failure(operation: "rename", path: target.path, code: code)
        }
        if holdsItem(manifest.id, named: name) {
          try? fm.removeItem(at: incoming)
          return .alreadyDelivered(as: name)
        }
      }
      throw DeliveryConflict(reference: manifest.reference)
    } catch {
      try? fm.removeItem(at: incoming)
      throw error
    }
  }

  /// True when the folder `name` holds this very item (same id).
  func holdsItem(_ id: String, named name: String) -> Bool {
    let manifest = folder.appendingPathComponent(name).appendingPathComponent("manifest.json")
    guard let data = try? Data(contentsOf: manifest),
      let existing = try? JSONDecoder().decode(DeliveryManifest.self, from: data)
    else { return false }
    return existing.id == id
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

/// Every folder name for a reference holds another document: never
/// overwrite a delivery.
public struct DeliveryConflict: Error, CustomStringConvertible {
  public let reference: String
  public var description: String {
    "the delivered folders \(reference) to \(reference)-9 all hold other documents: move the old ones away, then deliver again"
  }
}
