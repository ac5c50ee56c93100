import KioskConfig
import TestSupport
import KioskUI
import Terminal
import Testing

@Suite struct KioskBehaviourTests {}

extension KioskBehaviourTests {
  @Test func `Esc goes back one step and keeps what was typed`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12/20")
    h.press(.escape)
    #expect(h.route == .calculatorEvent)
    h.press(.enter)
    #expect(h.route == .calculatorDate)
    #expect(h.text.contains("[ 18/12/20"))
    h.type("26")
    h.press(.enter)
    #expect(h.route == .calculatorResult)
    #expect(h.text.contains("lundi 28 décembre 2026"))
  }

  @Test func `a wrong date is shown twice, kept, and can be corrected`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("30/02/2026")
    h.press(.enter)
    #expect(h.route == .calculatorDate)
    #expect(h.text.contains("Il y a un problème"))
    #expect(h.text.components(separatedBy: "Cette date n'existe pas (30 février)").count == 3)
    #expect(h.text.contains("[ 30/02/2026"))
    for _ in 0..<10 { h.press(.backspace) }
    h.type("27 02 2026")
    h.press(.enter)
    #expect(h.route == .calculatorResult)
  }

  @Test(arguments: [("", "Vous n'avez pas tapé de date"), ("18/12/26", "4 chiffres"), ("12/13/2026", "Le mois 13"),
                    ("01/01/2015", "très ancienne"), ("01/01/2029", "plus d'un an"), ("1/1/2021", "Nous ne connaissons pas la règle")])
  func `each refused date says what to do`(_ typed: String, _ expected: String) {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type(typed)
    h.press(.enter)
    #expect(h.route == .calculatorDate)
    #expect(h.text.contains(expected))
  }

  @Test func `the dash is typed into a date, not taken as "finish"`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18-12-2026")
    #expect(h.route == .calculatorDate)
    h.press(.enter)
    #expect(h.route == .calculatorResult)
  }

  @Test func `the monthly entry shows the open window with its dates`() {
    var h = Harness()
    h.toHome()
    h.press(Home.monthlyWindow)
    #expect(h.text.contains("mardi 15 décembre 2026"))
    #expect(h.text.contains("Vous pourrez déclarer à partir du samedi 28 novembre 2026"))
  }

  @Test func `changing language mid-way keeps the answers`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12/2026")
    h.press(.char("+"))
    #expect(h.route == .language)
    h.press(.char("2"))
    #expect(h.route == .calculatorDate)
    #expect(h.text.contains("On what date did your training end?"))
    #expect(h.text.contains("[ 18/12/2026"))
  }

  @Test func `a person and help are reachable from every screen, and back returns`() {
    for keys in ScreenSnapshotTests.journeys.map(\.keys) {
      var h = Harness()
      h.toHome()
      h.press(keys)
      let before = h.route
      #expect(h.text.contains("* Une personne"))
      if before != .talkToPerson {
        h.press(.char("*"))
        #expect(h.route == .talkToPerson)
        h.press(.escape)
        #expect(h.route == before)
      }
      if before != .help {
        h.press(.function(1))
        #expect(h.route == .help)
        h.press(.escape)
        #expect(h.route == before)
      }
    }
  }

  @Test func `Ctrl-C, Ctrl-Z, Ctrl-backslash and Ctrl-D do nothing`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12")
    let before = h.text
    h.press(.control("c"), .control("z"), .control("\\"), .control("d"), .unknown)
    #expect(h.effects.isEmpty)
    #expect(h.text == before)
  }

  @Test func `finishing asks first; yes wipes everything`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12/2026")
    h.press(.function(10))
    #expect(h.route == .endSession)
    h.press(.enter)  // the highlighted default is "No"
    #expect(h.route == .calculatorDate)
    #expect(h.effects.isEmpty)
    h.press(.char("-"))  // typed into the field
    h.press(.escape, .escape, .char("-"), .char("1"))
    #expect(h.effects == [.wipeScreen])
    #expect(h.route == .start)
    #expect(h.app.session.calculator.dateText.isEmpty)
  }

  @Test func `idle: a warning with a countdown, continued ten times, then a wipe`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12")
    for _ in 0..<10 {
      h.wait(91)
      #expect(h.text.contains("Êtes-vous toujours là ?".replacingOccurrences(of: " ?", with: "\u{00A0}?")))
      #expect(h.text.contains("59 SECONDES"))
      h.press(.char("7"))  // only means "I am here": not typed
      #expect(!h.text.contains("toujours là"))
      #expect(h.text.contains("[ 18/12_"))
    }
    #expect(h.app.idle.extensions == 10)
    h.wait(149)
    #expect(h.text.contains("1 SECONDE"))
    #expect(h.effects.isEmpty)
    h.wait(2)
    #expect(h.effects == [.wipeScreen])
    #expect(h.route == .start)
    #expect(h.app.session.calculator.dateText.isEmpty)
    h.wait(600)
    #expect(h.effects == [.wipeScreen])  // an empty session is not wiped again and again
  }

  @Test func `a resize below 80×24 asks to enlarge and keeps the answers`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("1"), .enter)
    h.type("18/12")
    h.size = Size(columns: 70, rows: 20)
    _ = h.app.update(.resize(h.size), clock: h.clock)
    #expect(h.text.contains("L'écran est trop petit"))
    h.type("/2026")  // nobody can see the field: nothing is typed
    h.size = Size(columns: 100, rows: 30)
    _ = h.app.update(.resize(h.size), clock: h.clock)
    #expect(h.text.contains("[ 18/12_"))
    h.type("/2026")
    #expect(h.text.contains("[ 18/12/2026"))
  }

  @Test func `staff exit needs Ctrl-] and the right code`() {
    var h = Harness()
    h.press(.control("]"))
    h.type("1234")
    h.press(.enter)
    #expect(h.effects.isEmpty)
    h.press(.control("]"))
    h.type("4711")
    h.press(.enter)
    #expect(h.effects == [.exitKiosk])
  }

  @Test func `calling staff runs the configured command and says the result`() {
    var site = Bundled.config.site
    site.callStaffCommand = ["/usr/bin/true"]
    let config = KioskConfiguration(directory: Bundled.config.directory, site: site,
                                    ruleBook: Bundled.config.ruleBook, catalogs: Bundled.config.catalogs)
    var h = Harness(config: config)
    h.toHome()
    h.press(.char("*"), .char("1"))
    #expect(h.effects == [.callStaff(["/usr/bin/true"])])
    #expect(h.text.contains("Nous prévenons une personne"))
    _ = h.app.update(.staffCallFinished(false), clock: h.clock)
    #expect(h.text.contains("L'appel n'a pas marché"))
  }

  @Test func `the cursor sits on the focused choice`() {
    var h = Harness()
    h.toHome()
    h.press(.down)
    let frame = h.frame
    let cursor = frame.cursor!
    #expect(frame.line(cursor.row).contains("2  Est-ce que je risque"))
  }

  @Test func `a key storm never crashes and every frame draws`() {
    var rng = SeededGenerator(seed: 42)
    let keys: [Key] = [.enter, .escape, .backspace, .up, .down, .tab, .pageDown, .pageUp, .function(1), .function(2),
                       .function(3), .function(10), .control("c"), .control("]"), .unknown, .resize,
                       .char("1"), .char("2"), .char("3"), .char("4"), .char("9"), .char("/"), .char("-"), .char("*"),
                       .char("+"), .char("?"), .char("é"), .char("a"), .char(" ")]
    var h = Harness()
    for i in 0..<20_000 {
      h.press(keys[Int(rng.next() % UInt64(keys.count))])
      if i % 997 == 0 { h.wait(200, tickEvery: 50) }
      if i % 50 == 0 {
        let frame = h.frame
        #expect(frame.lines.count == 24)
        #expect(frame.cursor != nil)
      }
    }
    #expect(!h.effects.contains(.exitKiosk))
  }

  @Test func `a key changes only a few cells on screen`() {
    var h = Harness()
    h.toHome()
    let before = h.frame
    h.press(.down)
    let runs = FrameDiff.runs(from: before, to: h.frame)
    #expect(runs.count <= 6)
    #expect(FrameDiff.runs(from: nil, to: h.frame).count > runs.count)
  }
}

@Suite struct TooSmallScreenTests {}

extension TooSmallScreenTests {
  @Test func `while the screen is too small, keys do nothing; once it fits again, they act`() {
    var h = Harness()
    h.toHome()
    h.handle(.resize(Size(columns: 60, rows: 20)))
    h.size = Size(columns: 60, rows: 20)
    h.press(Home.declare, .char("1"))
    #expect(h.route == .home, "a key acted on a screen nobody could see")
    h.handle(.resize(Size(columns: 80, rows: 24)))
    h.size = Size(columns: 80, rows: 24)
    h.press(Home.declare)
    #expect(h.route != .home)
  }
}

extension TooSmallScreenTests {
  @Test func `a letter cannot be dated in the future, and each event starts from an empty date`() {
    var h = Harness()
    h.toHome()
    h.press(Home.calculator, .char("4"))  // a letter before a sanction
    h.type("18/12/2026")
    h.press(.enter)
    #expect(h.route == .calculatorDate)
    #expect(h.flowing.contains("Cette date est après aujourd'hui"), "\(h.plain)")
    h.press(.escape, .char("7"))  // another event: the date typed for the letter is not carried over
    #expect(h.plain.contains("[ ___"), "\(h.plain)")
  }
}
