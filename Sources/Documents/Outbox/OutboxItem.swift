import Foundation
import GRDB

/// One document waiting in the outbox, or delivered. Holds no name and no
/// identifier of the person: a reference, the kind of document, its page
/// count, when it was queued, and where it stands.
public struct OutboxItem: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
  public enum State: String, Codable, Sendable, DatabaseValueConvertible {
    /// Committed: encrypted on disk and journalled; it will be delivered.
    case queued
    /// Handed to the connector; the encrypted file is gone.
    case delivered
  }

  public static let databaseTableName = "item"

  public var id: String
  /// What the person and staff read out: "D-1123-4821".
  public var reference: String
  /// The document type id from `kiosk-config/documents.yaml`.
  public var documentType: String
  public var pageCount: Int
  public var byteCount: Int
  /// SHA-256 of the PDF, to check what is delivered.
  public var sha256: String
  /// To the minute: a document's time, not a trace of a person.
  public var createdAt: Date
  public var state: State
  public var attempts: Int
  public var deliveredAt: Date?
  /// The name it was delivered under, when not its reference: "-2"… after
  /// it, because another document already had the reference there.
  public var deliveredAs: String?
  /// The last delivery failure, in a staff's words; never personal data.
  public var lastError: String?
}

/// What the connector receives: the manifest staff read, and the PDF.
public struct DeliveryManifest: Codable, Hashable, Sendable {
  public let id: String
  public let reference: String
  public let documentType: String
  public let pageCount: Int
  public let byteCount: Int
  public let sha256: String
  public let createdAt: String
  public let fileName: String

  public init(_ item: OutboxItem) {
    id = item.id
    reference = item.reference
    documentType = item.documentType
    pageCount = item.pageCount
    byteCount = item.byteCount
    sha256 = item.sha256
    createdAt = OutboxItem.minuteFormat(item.createdAt)
    fileName = "document.pdf"
  }
}

extension OutboxItem {
  /// "2026-11-23T18:05Z".
  public static func minuteFormat(_ date: Date) -> String {
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(format: "%04d-%02d-%02dT%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                  parts.tm_hour, parts.tm_min)
  }

  /// Rounded down to the minute.
  static func minute(_ date: Date) -> Date {
    Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 60).rounded(.down) * 60)
  }
}
