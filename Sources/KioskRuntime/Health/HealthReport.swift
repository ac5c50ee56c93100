import Foundation

/// What `kiosk health` reports: for a monitoring probe (JSON) and for
/// staff. Each part says whether it needs someone; `level` sums them up.
public struct HealthReport: Encodable, Sendable {
  /// Worst first: the exit status of `kiosk health` (docs/cli.md).
  public enum Level: Int, Encodable, Comparable, Sendable {
    case ok = 0
    /// The kiosk works, but something needs staff (paper, a stuck document…).
    case attention = 1
    /// The kiosk shows "out of service": broken configuration or clock.
    case outOfService = 2
    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }

    /// In JSON, a word a probe can match: "ok", "attention", "out-of-service".
    public var name: String {
      switch self {
      case .ok: "ok"
      case .attention: "attention"
      case .outOfService: "out-of-service"
      }
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      try container.encode(name)
    }
  }

  public struct Configuration: Encodable, Sendable {
    public var folder: String
    /// nil when the kiosk can use it; else the first error and the count.
    public var problem: String?
    public var warnings: Int
    /// kiosk.yaml keys still holding the demonstration PINs.
    public var demonstrationPINs: [String]
    public init(folder: String, problem: String?, warnings: Int, demonstrationPINs: [String]) {
      (self.folder, self.problem, self.warnings, self.demonstrationPINs) = (folder, problem, warnings, demonstrationPINs)
    }
  }

  public struct Clock: Encodable, Sendable {
    public var today: String
    public var pinned: Bool
    public var timeZone: String
    /// nil when the date can be trusted.
    public var problem: String?
    public init(today: String, pinned: Bool, timeZone: String, problem: String?) {
      (self.today, self.pinned, self.timeZone, self.problem) = (today, pinned, timeZone, problem)
    }
  }

  public struct Printer: Encodable, Sendable {
    /// nil: no printer configured (sheets are kept for staff).
    public var queue: String?
    public var state: CUPSJobs.QueueState?
    public init(queue: String?, state: CUPSJobs.QueueState?) { (self.queue, self.state) = (queue, state) }
  }

  public struct Scanner: Encodable, Sendable {
    public var enabled: Bool
    /// nil when the scanner is turned off in kiosk.yaml.
    public var present: Bool?
    public init(enabled: Bool, present: Bool?) { (self.enabled, self.present) = (enabled, present) }
  }

  public struct OutboxState: Encodable, Sendable {
    public var queued: Int?
    public var oldestQueuedMinutes: Int?
    public var lastDeliveryError: String?
    /// The outbox could not be read (permissions, a broken journal).
    public var problem: String?
    public init(queued: Int? = nil, oldestQueuedMinutes: Int? = nil, lastDeliveryError: String? = nil,
                problem: String? = nil) {
      (self.queued, self.oldestQueuedMinutes, self.lastDeliveryError, self.problem) =
        (queued, oldestQueuedMinutes, lastDeliveryError, problem)
    }
  }

  public struct Disk: Encodable, Sendable {
    public var path: String
    public var freeBytes: Int64?
    public var low: Bool
    public init(path: String, freeBytes: Int64?, low: Bool) { (self.path, self.freeBytes, self.low) = (path, freeBytes, low) }
  }

  public var version: String
  public var level: Level
  public var configuration: Configuration
  public var clock: Clock?
  public var printer: Printer?
  public var scanner: Scanner?
  public var outbox: OutboxState?
  public var disk: Disk?

  public init(version: String, level: Level, configuration: Configuration, clock: Clock? = nil, printer: Printer? = nil,
              scanner: Scanner? = nil, outbox: OutboxState? = nil, disk: Disk? = nil) {
    self.version = version
    self.level = level
    self.configuration = configuration
    self.clock = clock
    self.printer = printer
    self.scanner = scanner
    self.outbox = outbox
    self.disk = disk
  }

  /// An outbox document waiting longer than this needs someone to look.
  public static let stuckMinutes = 60
  /// Below this, the outbox and the statistics may soon fail to write.
  public static let lowDiskBytes: Int64 = 500 * 1024 * 1024

  /// The worst of the parts.
  public static func level(
    configuration: Configuration, clock: Clock?, printer: Printer?, scanner: Scanner?, outbox: OutboxState?,
    disk: Disk?
  ) -> Level {
    if configuration.problem != nil || clock?.problem != nil { return .outOfService }
    var attention = !configuration.demonstrationPINs.isEmpty
    if let state = printer?.state, state != .idle, state != .printing { attention = true }
    if scanner?.present == false { attention = true }
    if let outbox {
      if outbox.problem != nil || outbox.lastDeliveryError != nil { attention = true }
      if let minutes = outbox.oldestQueuedMinutes, minutes >= stuckMinutes { attention = true }
    }
    if disk?.low == true { attention = true }
    return attention ? .attention : .ok
  }
}
