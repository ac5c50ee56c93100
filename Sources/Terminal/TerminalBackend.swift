/// What the app needs from a terminal. Two implementations: ncursesw for
/// the kiosk, and `MemoryTerminal` for tests.
public protocol TerminalBackend {
  var size: Size { get }
  /// Paints `frame`, only what changed since the last paint.
  mutating func paint(_ frame: Frame)
  /// Waits up to `timeoutMilliseconds` for a key; nil when none came.
  mutating func readKey(timeoutMilliseconds: Int) -> Key?
  /// Clears the screen and the terminal's scrollback: nothing of a session
  /// may be visible to the next person.
  mutating func wipe()
}

/// An in-memory terminal: keys are queued, frames are kept, so a test can
/// drive the whole app and read what a person would see.
public struct MemoryTerminal: TerminalBackend {
  public var size: Size
  public var pendingKeys: [Key] = []
  public private(set) var screen: Frame
  public private(set) var paintedRuns = 0
  public private(set) var wipes = 0

  public init(size: Size = Size(columns: 80, rows: 24)) {
    self.size = size
    self.screen = Frame(size: size)
  }

  public mutating func paint(_ frame: Frame) {
    paintedRuns += FrameDiff.runs(from: screen, to: frame).count
    screen = frame
  }

  public mutating func readKey(timeoutMilliseconds: Int) -> Key? {
    pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
  }

  public mutating func wipe() {
    wipes += 1
    screen = Frame(size: size)
  }
}
