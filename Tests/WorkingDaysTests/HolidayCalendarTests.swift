import Testing
import WorkingDays

@Suite struct HolidayCalendarTests {
  let calendar = HolidayCalendar()

  func dates(_ year: Int, _ code: String) -> [String] {
    try! calendar.holidays(year: year, department: dept(code)).map(\.date.iso)
  }
}

extension HolidayCalendarTests {
  /// Every seventh year from 1900 to 2200, from python-dateutil's
  /// `easter()`, an independent implementation.
  static let dateutilEaster =
    "1900-04-15 1907-03-31 1914-04-12 1921-03-27 1928-04-08 1935-04-21 1942-04-05 1949-04-17 1956-04-01 1963-04-14 1970-03-29 1977-04-10 1984-04-22 1991-03-31 1998-04-12 2005-03-27 2012-04-08 2019-04-21 2026-04-05 2033-04-17 2040-04-01 2047-04-14 2054-03-29 2061-04-10 2068-04-22 2075-04-07 2082-04-19 2089-04-03 2096-04-15 2103-03-25 2110-04-06 2117-04-18 2124-04-02 2131-04-15 2138-03-30 2145-04-11 2152-04-23 2159-04-08 2166-04-20 2173-04-04 2180-04-16 2187-03-25 2194-04-06"

  @Test func `Easter matches an independent implementation across three centuries`() {
    for iso in Self.dateutilEaster.split(separator: " ") {
      let expected = d(String(iso))
      #expect(Easter.sunday(year: expected.year) == expected)
      #expect(Easter.sunday(year: expected.year).weekday == .sunday)
    }
  }

  @Test func `Paris 2026: the eleven national days`() {
    #expect(dates(2026, "75") == [
      "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25",
      "2026-07-14", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25",
    ])
  }

  @Test func `Alsace-Moselle adds Good Friday and 26 December`() {
    for code in ["57", "67", "68"] {
      let list = dates(2026, code)
      #expect(list.count == 13)
      #expect(list.contains("2026-04-03"))
      #expect(list.contains("2026-12-26"))
    }
    #expect(!dates(2026, "54").contains("2026-04-03"))
  }

  @Test(arguments: [
    ("971", "2026-05-27"), ("972", "2026-05-22"), ("973", "2026-06-10"), ("974", "2026-12-20"),
    ("976", "2026-04-27"), ("977", "2026-10-09"), ("978", "2026-05-28"),
  ])
  func `each overseas territory has its abolition day`(_ code: String, _ date: String) {
    let list = dates(2026, code)
    #expect(list.count == 12)
    #expect(list.contains(date))
    #expect(calendar.holiday(on: d(date), department: dept(code))?.id.hasSuffix("abolition") == true)
    #expect(calendar.holiday(on: d(date), department: dept("75")) == nil)
  }

  @Test func `Saint-Martin moved its day from 27 to 28 May in 2018`() {
    #expect(dates(2017, "978").contains("2017-05-27"))
    #expect(!dates(2017, "978").contains("2017-05-28"))
    #expect(dates(2018, "978").contains("2018-05-28"))
    #expect(!dates(2018, "978").contains("2018-05-27"))
  }

  static let nationalIDs: Set<String> = [
    "new-year", "easter-monday", "labour-day", "victory-1945", "ascension", "whit-monday",
    "bastille-day", "assumption", "all-saints", "armistice-1918", "christmas",
  ]

  @Test func `every department has the national days and its own, every year`() {
    for department in Department.all {
      for year in stride(from: 1990, through: 2200, by: 7) {
        let ids = Set(try! calendar.holidays(year: year, department: department).map(\.id))
        var expected = Self.nationalIDs
        if (2005...2007).contains(year) { expected.remove("whit-monday") }
        switch department.zone {
        case .alsaceMoselle: expected.formUnion(["good-friday", "saint-stephen"])
        case .overseas: #expect(ids.contains { $0.hasSuffix("-abolition") }, "\(department.code) \(year)")
        case .national: break
        }
        #expect(ids.subtracting(expected).allSatisfy { $0.hasSuffix("-abolition") }, "\(department.code) \(year)")
        #expect(expected.isSubset(of: ids), "\(department.code) \(year)")
      }
    }
  }

  @Test func `two holidays on one date are both listed`() {
    // 2008: Ascension fell on 1 May.
    let list = try! calendar.holidays(year: 2008, department: dept("75")).filter { $0.date == d("2008-05-01") }
    #expect(Set(list.map(\.id)) == ["labour-day", "ascension"])
  }

  @Test func `days follow the years they were instituted`() {
    #expect(!dates(1970, "75").contains("1970-05-08"))  // removed 1959–1981
    #expect(dates(1955, "75").contains("1955-05-08"))
    #expect(dates(1982, "75").contains("1982-05-08"))
    #expect(!dates(1920, "75").contains("1920-11-11"))  // loi du 24 octobre 1922
    #expect(dates(1923, "75").contains("1923-11-11"))
    #expect(!dates(2006, "75").contains("2006-06-05"))  // Whit Monday, journée de solidarité
    #expect(dates(2008, "75").contains("2008-05-12"))
    #expect(!dates(1980, "974").contains("1980-12-20"))  // loi 83-550
  }

  @Test func `department codes are read leniently but never guessed`() {
    #expect(dept("2a").code == "2A")
    #expect(dept("1").code == "01")
    #expect(dept(" 75 ").name == "Paris")
    #expect(throws: UnknownDepartment.self) { try Department(code: "20") }
    #expect(throws: UnknownDepartment.self) { try Department(code: "975") }
    #expect(throws: UnknownDepartment.self) { try Department(code: "Paris") }
    #expect(Department.all.count == 103)
  }

  @Test func `years outside 1900–2200 are refused`() {
    #expect(throws: YearOutOfRange(year: 1899)) { try calendar.holidays(year: 1899, department: dept("75")) }
    #expect(throws: YearOutOfRange(year: 2201)) { try calendar.holidays(year: 2201, department: dept("75")) }
  }
}
