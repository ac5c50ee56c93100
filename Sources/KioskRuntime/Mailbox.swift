import Synchronization

/// One result handed from a background completion (a finished process) to
/// the terminal loop, which takes it on its next turn.
final class Mailbox<Value: Sendable>: Sendable {
  private let slot = Mutex<Value?>(nil)

  func put(_ value: Value) {
    slot.withLock { $0 = value }
  }

  /// The value put since the last take, once.
  func take() -> Value? {
    slot.withLock { value in
      defer { value = nil }
      return value
    }
  }
}
