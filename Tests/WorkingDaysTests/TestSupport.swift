import WorkingDays

/// `d("2026-12-18")`: a date from its ISO form, for readable tests.
func d(_ iso: String) -> CivilDate {
  guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
  return date
}

func dept(_ code: String) -> Department {
  try! Department(code: code)
}

/// A seeded generator (SplitMix64) so property tests are the same on every
/// run and a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
