/// How the kiosk reaches its scanner, from `kiosk.yaml`.
public struct ScannerSettings: Hashable, Sendable {
  /// The SANE device ("genesys:libusb:001:004"); nil: the first one found.
  public var device: String?
  /// Dots per inch; 200 reads well and keeps pages small.
  public var resolution: Int
  /// Extra `scanimage` arguments for this device (a source, test options).
  public var extraArguments: [String]
  /// `scanimage` from sane-utils.
  public var program: String
  /// A page that takes longer than this is given up.
  public var timeoutSeconds: Double

  public init(device: String? = nil, resolution: Int = 200, extraArguments: [String] = [],
              program: String = "/usr/bin/scanimage", timeoutSeconds: Double = 120) {
    self.device = device
    self.resolution = resolution
    self.extraArguments = extraArguments
    self.program = program
    self.timeoutSeconds = timeoutSeconds
  }
}
