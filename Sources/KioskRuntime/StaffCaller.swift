import Foundation
import Synchronization

/// Runs the agency's "call staff" program without blocking the screen; its
/// result is picked up by the loop on a later turn.
public final class StaffCaller: Sendable {
  private let result = Mailbox<Bool>()
  private let running = Atomic<Int>(0)

  public func call(_ command: [String]) {
    guard let program = command.first else { return finish(false) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = Array(command.dropFirst())
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.terminationHandler = { [weak self] done in
      self?.finish(done.terminationStatus == 0)
      self?.running.subtract(1, ordering: .sequentiallyConsistent)
    }
    running.add(1, ordering: .sequentiallyConsistent)
    do { try process.run() } catch {
      running.subtract(1, ordering: .sequentiallyConsistent)
      SystemLog.error("call_staff_command could not start: \(program)")
      finish(false)
    }
  }

  /// Waits up to `seconds` for calls still running, so the process that
  /// replaces the kiosk at a wipe does not inherit them.
  public func waitForCalls(upTo seconds: Double) {
    let clock = ContinuousClock()
    let deadline = clock.now.advanced(by: .seconds(seconds))
    while running.load(ordering: .sequentiallyConsistent) > 0, clock.now < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
  }

  private func finish(_ value: Bool) { result.put(value) }

  /// A finished job's result, oldest first, once.
  public func take() -> Bool? { result.take() }
}
