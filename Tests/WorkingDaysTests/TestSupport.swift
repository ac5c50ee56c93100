@_exported import TestSupport
import WorkingDays

/// `d("2026-12-18")`: a date from its ISO form, for readable tests.
func d(_ iso: String) -> CivilDate {
  guard let date = CivilDate(iso: iso) else { fatalError("bad test date \(iso)") }
  return date
}

func dept(_ code: String) -> Department {
  try! Department(code: code)
}
