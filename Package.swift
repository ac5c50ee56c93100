// swift-tools-version: 6.1
import PackageDescription

/// Passerelle: a keyboard-only kiosk assistant for job seekers.
///
/// Layers (dependencies point down only):
/// kiosk (executable) → KioskRuntime (the event loop and its effects: devices,
///   printing, SQLite journals, PIN checks, logging) → Documents, Journals, PINHashing
///   → KioskUI (model–update–view, no curses) → Journeys, Wording, KioskConfig, Statistics,
///   DocumentModel → DocumentImaging, Obligations → WorkingDays; Terminal for cells and
///   keys, TerminalNcurses the one file that uses ncurses.
/// KioskUI and KioskConfig link neither GRDB nor swift-crypto: what needs them
/// (Journals, Documents' outbox, PINHashing) is used by KioskRuntime and the CLI.
/// Everything below KioskRuntime is pure Swift with no terminal and no global state.
let package = Package(
  name: "Passerelle",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "kiosk", targets: ["kiosk"]),
    .executable(name: "passerelle-pdf", targets: ["passerelle-pdf"]),
    .library(name: "WorkingDays", targets: ["WorkingDays"]),
    .library(name: "Obligations", targets: ["Obligations"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
  ],
  targets: [
    .target(name: "WorkingDays"),
    .target(name: "Terminal"),
    // What is spoken for a screen and when; espeak-ng's command line (run
    // as a program: it is GPL-3). No process, no sound here.
    .target(name: "Speech", dependencies: ["Terminal"]),
    .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
    // prctl, setrlimit and close-on-exec for the kiosk process (libc only).
    .systemLibrary(name: "CProcess"),
    .target(name: "TerminalNcurses", dependencies: ["CNcurses", "Terminal"]),
    .target(name: "Obligations", dependencies: ["WorkingDays"]),
    // libjpeg-turbo (TurboJPEG API), libpng (simplified API), zlib; libqpdf.
    .systemLibrary(name: "CImaging", providers: [.apt(["libturbojpeg0-dev", "libpng-dev", "zlib1g-dev"])]),
    .systemLibrary(name: "CQPDF", providers: [.apt(["libqpdf-dev"])]),
    // Pages: decoding, blank and legibility checks, PDF assembly. No
    // Foundation, so the passerelle-pdf helper stays small.
    .target(name: "DocumentImaging", dependencies: ["CImaging"]),
    // The values the screens show about documents (files on a stick, scanner
    // settings and failures, references): no storage, no crypto, no C.
    .target(name: "DocumentModel", dependencies: ["WorkingDays"]),
    // Checks of whole files (with libqpdf), capture (scanner, USB), the
    // encrypted outbox and its delivery.
    .target(
      name: "Documents",
      dependencies: ["DocumentImaging", "DocumentModel", "CQPDF", "WorkingDays",
                     .product(name: "Crypto", package: "swift-crypto"),
                     .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // Anonymous friction statistics and attestation records, as values.
    .target(name: "Statistics"),
    // The SQLite journals that keep them (counters per hour and step,
    // attestation records).
    .target(name: "Journals", dependencies: ["Statistics", .product(name: "GRDB", package: "GRDB.swift")]),
    .target(name: "Wording", dependencies: ["WorkingDays", "Obligations", "DocumentImaging"]),
    .target(name: "Journeys", dependencies: ["WorkingDays", "Obligations"]),
    .target(
      name: "KioskConfig",
      dependencies: ["WorkingDays", "Obligations", "Wording", "DocumentImaging", "DocumentModel",
                     .product(name: "Yams", package: "Yams")]
    ),
    // Making and checking PIN hashes (scrypt): the CLI, `kiosk pin check`
    // and the runtime use it; the screens never do.
    .target(name: "PINHashing",
            dependencies: ["KioskConfig", .product(name: "Crypto", package: "swift-crypto"),
                           .product(name: "_CryptoExtras", package: "swift-crypto")]),
    .target(
      name: "KioskUI",
      dependencies: ["Terminal", "Speech", "WorkingDays", "Obligations", "Wording", "KioskConfig", "Journeys", "DocumentModel",
                     "DocumentImaging", "Statistics"]
    ),
    // The event loop, generic over the terminal, and the app's effects on
    // the machine: documents, printing, calling staff, statistics, PIN
    // checks, logging. No ncurses: tests run the loop on `MemoryTerminal`.
    .target(
      name: "KioskRuntime",
      dependencies: ["KioskUI", "Speech", "KioskConfig", "Documents", "Journals", "PINHashing", "Terminal", "WorkingDays",
                     .product(name: "Logging", package: "swift-log")]
    ),
    .executableTarget(
      name: "kiosk",
      dependencies: [
        "WorkingDays", "Obligations", "Wording", "KioskConfig", "Terminal", "TerminalNcurses", "KioskUI", "Journeys",
        "Documents", "Journals", "PINHashing", "KioskRuntime", "CProcess", "Speech",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Assembles checked pages into one PDF in its own small process: the
    // kiosk runs it, so untrusted images are decoded outside the kiosk.
    .executableTarget(name: "passerelle-pdf", dependencies: ["DocumentImaging"]),
    // Replays keys through the app for scripts/bench; not a kiosk product.
    .executableTarget(name: "kiosk-bench",
                      dependencies: ["KioskUI", "Speech", "KioskConfig", "Terminal", "WorkingDays", "Documents", "TestSupport",
                                     .product(name: "Yams", package: "Yams")]),
    // Helpers shared by test targets and the bench (seeded random numbers,
    // synthetic scanned pages).
    .target(name: "TestSupport", dependencies: ["DocumentImaging", "CImaging"], path: "Tests/TestSupport"),
    .testTarget(name: "WorkingDaysTests", dependencies: ["WorkingDays", "TestSupport"]),
    // Fixtures and snapshots are read from the source tree (#filePath).
    .testTarget(name: "ObligationsTests", dependencies: ["Obligations", "WorkingDays", "KioskConfig", "Wording"],
                exclude: ["Fixtures"]),
    .testTarget(name: "JourneysTests", dependencies: ["Journeys", "KioskConfig", "Obligations", "WorkingDays", "Wording"]),
    .testTarget(name: "KioskConfigTests",
                dependencies: ["KioskConfig", "PINHashing", "Obligations", "Wording", "WorkingDays", "DocumentImaging"]),
    // Runs the real `kiosk` binary: depending on it makes SwiftPM build it.
    .testTarget(name: "KioskUITests",
                dependencies: ["KioskUI", "Speech", "KioskRuntime", "Terminal", "KioskConfig", "WorkingDays", "TestSupport", "Documents",
                               "Statistics"],
                exclude: ["Snapshots"]),
    .testTarget(name: "KioskCLITests", dependencies: ["kiosk", "Documents", "TestSupport", "Journals", "KioskRuntime", "KioskConfig",
                                                     "PINHashing", "KioskUI"]),
    .testTarget(name: "DocumentsTests", dependencies: ["Documents", "TestSupport", "WorkingDays"]),
    .testTarget(name: "StatisticsTests", dependencies: ["Journals"]),
    .testTarget(name: "PrivacyTests",
                dependencies: ["KioskRuntime", "Speech", "KioskUI", "KioskConfig", "Journals", "Documents", "TestSupport", "Terminal",
                               .product(name: "Logging", package: "swift-log")]),
  ],
  swiftLanguageModes: [.v6]
)
