import Synchronization

/// Results handed from background work (a finished process, a queue) to the
/// terminal loop, which takes them one per turn, oldest first: two results
/// that arrive between two turns are both delivered.
final class Mailbox<Value: Sendable>: Sendable {
  private let values = Mutex<[Value]>([])

  func put(_ value: Value) {
    values.withLock { $0.append(value) }
  }

  /// The oldest value not yet taken, once.
  func take() -> Value? {
    values.withLock { $0.isEmpty ? nil : $0.removeFirst() }
  }
}
