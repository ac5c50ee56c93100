/// Where documents go when they leave the kiosk. The default writes them
/// into a folder staff read (`FolderConnector`); an agency with an
/// official channel adds a connector of its own behind this interface.
///
/// A connector must be idempotent: asked twice for the same item (a crash
/// between its work and the journal's update), it delivers once and says
/// `.alreadyDelivered` the second time.
public protocol DeliveryConnector: Sendable {
  /// A short name for logs and `kiosk outbox list`.
  var name: String { get }
  func deliver(_ manifest: DeliveryManifest, document: [UInt8]) throws -> DeliveryOutcome
}

public enum DeliveryOutcome: Hashable, Sendable {
  case delivered
  /// An earlier attempt got through: nothing was written twice.
  case alreadyDelivered
}
