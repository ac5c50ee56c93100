import Foundation

/// Runs the agency's "call staff" program without blocking the screen; its
/// result is picked up by the loop on a later turn.
public final class StaffCaller: Sendable {
  private let result = Mailbox<Bool>()

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
    }
    do { try process.run() } catch {
      SystemLog.error("call_staff_command could not start: \(program)")
      finish(false)
    }
  }

  private func finish(_ value: Bool) { result.put(value) }

  /// A finished job's result, oldest first, once.
  public func take() -> Bool? { result.take() }
}
