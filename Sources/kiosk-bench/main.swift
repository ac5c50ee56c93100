import Documents
import Foundation
import KioskConfig
import KioskUI
import Terminal
import TestSupport
import WorkingDays
import Yams

/// Replays keys through the app as the kiosk loop does (update, view, diff
/// against the previous frame) and prints per-key latency percentiles in
/// microseconds as JSON. Used by scripts/bench; not shipped to kiosks.
let arguments = CommandLine.arguments
// `kiosk-bench pages DIR N`: N noisy gray A4 text pages at 200 dpi, as
// binary PGM (what scanimage writes), for the document benchmark.
if arguments.count == 4, arguments[1] == "pages", let pages = Int(arguments[3]) {
  for index in 1...pages {
    var page = SyntheticPage(dpi: 200, paper: 238, noise: 3, seed: UInt64(index))
    page.text()
    let url = URL(fileURLWithPath: arguments[2]).appendingPathComponent(String(format: "page-%02d.pgm", index))
    try Data(page.pgm).write(to: url)
  }
  exit(0)
}
// `kiosk-bench phases CONFIG_DIR`: where reading the configuration goes —
// reading and parsing the YAML of each group of files, then the whole
// `ConfigLoader.load` (parsing, building the values, cross-checks).
if arguments.count == 3, arguments[1] == "phases" {
  let folder = URL(fileURLWithPath: arguments[2])
  func files(_ sub: String) -> [URL] {
    let dir = folder.appendingPathComponent(sub)
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yaml") }
      .sorted().map { dir.appendingPathComponent($0) }
  }
  var groups: [(String, [URL])] = [("kiosk.yaml", [folder.appendingPathComponent("kiosk.yaml")]),
                                   ("rules", files("rules")), ("checklists", files("checklists")),
                                   ("documents.yaml", [folder.appendingPathComponent("documents.yaml")])]
  // Only the catalogs the site lists are read, as the loader does.
  for language in try ConfigLoader.load(directory: folder).site.languages {
    groups.append(("content/\(language).yaml", [folder.appendingPathComponent("content/\(language).yaml")]))
  }
  var phases: [String] = []
  for (name, urls) in groups {
    let start = DispatchTime.now().uptimeNanoseconds
    for url in urls { _ = try Yams.compose(yaml: try String(contentsOf: url, encoding: .utf8)) }
    phases.append("\"\(name)\": \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)")
  }
  let start = DispatchTime.now().uptimeNanoseconds
  _ = try ConfigLoader.load(directory: folder)
  phases.append("\"load\": \(Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)")
  print("{" + phases.joined(separator: ", ") + "}")
  exit(0)
}
guard arguments.count >= 3, let count = Int(arguments[2]) else {
  FileHandle.standardError.write(Data("usage: kiosk-bench CONFIG_DIR KEY_COUNT [speech]\n".utf8))
  exit(2)
}
let loadStart = DispatchTime.now().uptimeNanoseconds
let config = try ConfigLoader.load(directory: URL(fileURLWithPath: arguments[1]))
let loadMicroseconds = Double(DispatchTime.now().uptimeNanoseconds - loadStart) / 1000
var clock = TestClock(today: CivilDate(iso: "2026-11-22")!)
var app = KioskApp(config: config, clock: clock)
let size = Size(columns: 80, rows: 24)
var terminal = MemoryTerminal(size: size)

/// A realistic visit, repeated: choose, type a date (with a mistake),
/// read the result and the count, go back, change language, go home.
let visit: [Key] = [.enter, .char("1"), .char("2"), .down, .down, .up, .char("1")]
  + "30/02/2026".map { .char($0) } + [.enter] + Array(repeating: .backspace, count: 10)
  + "18/12/2026".map { .char($0) } + [.enter, .char("2"), .pageDown, .down, .escape, .char("1"), .escape,
  .char("*"), .escape, .char("+"), .char("2"), .char("?"), .escape, .char("4"), .escape, .char("3"), .char("1")]

func nanoseconds() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Microseconds per key for `count` keys of the visit, sorted.
func replay(count: Int, app: inout KioskApp, clock: inout TestClock, terminal: inout MemoryTerminal) -> [Double] {
  var samples: [Double] = []
  samples.reserveCapacity(count)
  terminal.paint(app.view(size: size))
  var i = 0
  while samples.count < count {
    let key = visit[i % visit.count]
    i += 1
    clock.advance(by: 0.3)
    let start = nanoseconds()
    _ = app.update(.key(key), clock: clock)
    terminal.paint(app.view(size: size))
    samples.append(Double(nanoseconds() - start) / 1000)
  }
  return samples.sorted()
}

if arguments.count == 4, arguments[3] == "speech" {
  speechBench(config: config, count: count, visit: visit)
  exit(0)
}
let samples = replay(count: count, app: &app, clock: &clock, terminal: &terminal)
func percentile(_ p: Double) -> Double { samples[min(samples.count - 1, Int(Double(samples.count) * p))] }
print("{\"config_load_us\": \(loadMicroseconds), \"keys\": \(count), \"p50_us\": \(percentile(0.5)), \"p99_us\": \(percentile(0.99)), \"max_us\": \(samples.last!)}")
