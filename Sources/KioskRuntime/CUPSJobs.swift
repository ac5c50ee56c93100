import Foundation

/// The CUPS commands the printer needs: `lp` to queue a sheet, `ipptool`
/// to read a job's state (`lpstat` cannot tell a printed job from an
/// aborted one), `cancel` to take a job out of the queue. Paths can be
/// changed for tests. They honour `CUPS_SERVER`, like every CUPS client.
public struct CUPSJobs: Sendable {
  public var lp = "/usr/bin/lp"
  public var cancel = "/usr/bin/cancel"
  public var ipptool = "/usr/bin/ipptool"
  /// Reads a queue's state for `kiosk health`.
  public var lpstat = "/usr/bin/lpstat"
  /// ipptool's own test for Get-Job-Attributes (package cups-ipp-utils).
  public var jobAttributesTest = "/usr/share/cups/ipptool/get-job-attributes.test"
  /// The scheduler: `CUPS_SERVER` (a host or a socket path) or localhost.
  public var server: String
  /// A CUPS command that takes longer (a scheduler that hangs) is stopped:
  /// the screen and the end of a visit never wait for it longer.
  public var timeoutSeconds = 20.0

  public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    server = environment["CUPS_SERVER"].flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
  }

  /// A job's state, as IPP names it (RFC 8011, job-state).
  public enum JobState: Equatable, Sendable {
    /// pending, pending-held, processing, processing-stopped: not out yet.
    case waiting
    case completed
    /// canceled or aborted: it will not print.
    case ended
    /// ipptool missing, or an answer it could not read.
    case unknown
  }

  /// A print queue's state, as `lpstat -p` says it.
  public enum QueueState: String, Sendable, Codable {
    case idle, printing, disabled
    /// No such queue, or CUPS does not answer.
    case unreachable
  }

  public func queueState(_ queue: String) -> QueueState {
    guard let answer = run(lpstat, ["-p", queue], input: nil), answer.status == 0 else { return .unreachable }
    return Self.queueState(lpstatOutput: answer.output)
  }

  /// "printer kiosk is idle.  enabled since …", "… now printing kiosk-3.",
  /// "printer kiosk disabled since … -" (C locale).
  static func queueState(lpstatOutput text: String) -> QueueState {
    let firstLine = text.split(separator: "\n").first.map(String.init) ?? ""
    if firstLine.contains(" disabled") { return .disabled }
    if firstLine.contains("now printing") { return .printing }
    if firstLine.contains("is idle") { return .idle }
    return .unreachable
  }

  /// Queues `text` on `queue`; the job id ("kiosk-12"), or nil when lp failed.
  func submit(_ text: String, title: String, queue: String) -> String? {
    guard let answer = run(lp, ["-d", queue, "-t", title], input: Data(text.utf8)) else {
      SystemLog.error("lp could not start (is CUPS installed?)")
      return nil
    }
    guard answer.status == 0, let job = Self.jobID(lpOutput: answer.output) else {
      SystemLog.error("printing to \(queue) failed (lp exit \(answer.status))")
      return nil
    }
    return job
  }

  /// `.unknown` when ipptool is missing or cannot reach CUPS: the caller
  /// says so once, not at every poll.
  func state(of job: String) -> JobState {
    guard let number = job.split(separator: "-").last.flatMap({ Int($0) }) else { return .unknown }
    let uri = "ipp://\(Self.uriHost(server))/jobs/\(number)"
    guard let answer = run(ipptool, ["-T", "5", "-tv", uri, jobAttributesTest], input: nil) else { return .unknown }
    return Self.jobState(ipptoolOutput: answer.output)
  }

  /// Cancels and purges the job; true when CUPS took the order.
  @discardableResult
  func cancel(_ job: String) -> Bool {
    // -x also removes the document from the spool, where CUPS may keep it.
    if run(cancel, ["-x", job], input: nil)?.status == 0 { return true }
    return run(cancel, [job], input: nil)?.status == 0
  }

  /// "request id is kiosk-12 (1 file(s))" → "kiosk-12".
  static func jobID(lpOutput: String) -> String? {
    guard let range = lpOutput.range(of: "request id is ") else { return nil }
    let id = lpOutput[range.upperBound...].prefix { !$0.isWhitespace }
    return id.contains("-") ? String(id) : nil
  }

  /// Reads "job-state (enum) = completed" in `ipptool -tv` output.
  static func jobState(ipptoolOutput: String) -> JobState {
    for line in ipptoolOutput.split(separator: "\n") {
      let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, parts[0].hasPrefix("job-state ") else { continue }
      switch parts[1] {
      case "pending", "pending-held", "processing", "processing-stopped": return .waiting
      case "completed": return .completed
      case "canceled", "aborted": return .ended
      default: return .unknown
      }
    }
    return .unknown
  }

  /// The host part of an IPP URI: a socket path is written %2F-encoded,
  /// as CUPS expects ("ipp://%2Frun%2Fcups%2Fcups.sock/jobs/3").
  static func uriHost(_ server: String) -> String {
    guard server.hasPrefix("/") else { return server }
    return server.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? server
  }


  /// Runs a CUPS command, feeding it `input`; its status and standard
  /// output. In the C locale: lp and ipptool answers are read as English.
  func run(_ path: String, _ arguments: [String], input: Data?) -> (status: Int32, output: String)? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["LC_ALL"] = "C"
    environment["LANG"] = "C"
    process.environment = environment
    let output = Pipe()
    let stdin = Pipe()
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let stop = DispatchWorkItem { if process.isRunning { process.terminate() } }
    defer { stop.cancel() }
    do {
      try process.run()
      DispatchQueue.global().asyncAfter(deadline: .now() + timeoutSeconds, execute: stop)
      if let input {
        // A sheet is a few kilobytes: far below a pipe's buffer.
        try stdin.fileHandleForWriting.write(contentsOf: input)
        try stdin.fileHandleForWriting.close()
      }
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    } catch {
      if process.isRunning { process.terminate() }
      return nil
    }
  }
}
