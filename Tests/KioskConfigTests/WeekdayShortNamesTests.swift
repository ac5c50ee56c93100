import KioskConfig
import Testing

/// A calendar column is two cells wide: each language names its weekdays
/// in two letters at most, all different (a cut name is ambiguous: "se" is
/// both Monday and Friday in Portuguese).
@Suite struct WeekdayShortNamesTests {
  let config = try! ConfigLoader.load(directory: ConfigFixture.bundled)

  @Test func `each language's short weekday names fit a column and differ`() {
    for (language, catalog) in config.catalogs {
      let names = (1...7).map { catalog.text("date.weekday_short.\($0)") }
      #expect(Set(names).count == 7, "\(language): \(names)")
      for name in names {
        #expect(!name.hasPrefix("["), "\(language): missing \(name)")
        #expect((1...2).contains(name.count), "\(language): \(name) is not one or two letters")
      }
    }
  }
}
