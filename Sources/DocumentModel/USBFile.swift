import WorkingDays

/// A file found on a USB stick, as the screens show it. Its day is worked
/// out where the stick is read, in the site's time zone, so the screen
/// process needs no clock or calendar of its own.
public struct USBFile: Hashable, Sendable {
  public let path: String
  /// The name shown, relative to the stick ("Documents/fiche de paie.pdf").
  public let name: String
  public let bytes: Int
  /// Seconds since 1970 of the last change: newest files are listed first.
  public let modifiedSeconds: Int
  /// The day it was last changed, in the site's time zone, to show people.
  public let day: CivilDate

  public init(path: String, name: String, bytes: Int, modifiedSeconds: Int, day: CivilDate) {
    self.path = path
    self.name = name
    self.bytes = bytes
    self.modifiedSeconds = modifiedSeconds
    self.day = day
  }
}
