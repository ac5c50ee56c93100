/// Where documents go when they leave the kiosk. The default writes them
/// into a folder staff read (`FolderConnector`); an agency with an
/// official channel adds a connector of its own behind this interface.
///
/// A connector must be idempotent: asked twice for the same item (a crash
/// between its work and the journal's update), it delivers once and says
/// `.alreadyDelivered` the second time. It never overwrites another
/// document: when the reference is taken there, it delivers under another
/// name and says which.
public protocol DeliveryConnector: Sendable {
  /// A short name for logs and `kiosk outbox list`.
  var name: String { get }
  func deliver(_ manifest: DeliveryManifest, document: [UInt8]) throws -> DeliveryOutcome
  /// True when the destination already holds a delivery named `reference`
  /// (any document): the outbox then draws another reference before the
  /// receipt. False when it does not, or cannot tell (a share that is down).
  func holds(reference: String) -> Bool
}

public enum DeliveryOutcome: Hashable, Sendable {
  /// Delivered now, under `name` (the reference, or "-2"… after it when
  /// another document had the reference).
  case delivered(as: String)
  /// An earlier attempt got through, under `name`: nothing was written twice.
  case alreadyDelivered(as: String)
}
