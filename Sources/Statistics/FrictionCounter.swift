/// How many times an event happened in one hour.
public struct FrictionCounter: Hashable, Sendable {
  public let hour: String
  public let event: FrictionEvent
  public let count: Int

  public init(hour: String, event: FrictionEvent, count: Int) {
    self.hour = hour
    self.event = event
    self.count = count
  }
}
