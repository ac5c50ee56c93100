import Terminal

/// One key binding, as bubbles' key bindings: the keys that do it, what it
/// means, when it acts and when the key bar shows it. One table
/// (`KeyBinding.global`) drives both the handling (`KioskApp`) and the key
/// bar, and `docs/keys.md` is checked against it: they cannot drift.
/// Adding a key is adding an entry (and, for a new kind of action, its case
/// in `Action`: the compiler then points at `KioskApp.perform(_:)`).
struct KeyBinding: Hashable, Sendable {
  /// What a binding does.
  enum Action: Hashable, Sendable {
    case back, help, person, language, end, mediator, pageDown, pageUp
    /// Speech on or off for the visit; say the screen again; pause.
    case speech, repeatSpeech, pauseSpeech
    /// The screen does it (Enter): listed for the key bar, never taken here.
    case screen
  }

  /// How the key bar writes the key: the key itself ("*"), or a word from
  /// the catalog ("keys.esc": "Échap").
  enum Name: Hashable, Sendable {
    case symbol(String)
    case word(String)
  }

  /// The keys, the one the bar shows first; the others are aliases
  /// (function keys, for keyboards that have them).
  let keys: [Key]
  let name: Name
  /// The catalog key of its meaning on the key bar; nil: not on the bar.
  let labelKey: String?
  let action: Action
  /// When the key bar shows it. A global key is taken on every screen
  /// (a field aside), even when it has nothing to do there.
  let shown: Shown

  enum Shown: Hashable, Sendable {
    case always, never
    /// There is a screen to go back to.
    case canGoBack
    /// The kiosk offers more than one language.
    case severalLanguages
    /// Something of a person is held: there is something to finish.
    case visitStarted
    /// Mediators only: never shown to a claimant alone.
    case mediatorMode
  }

  /// What the key bar's choice depends on.
  struct When {
    /// Screens on the stack: one means nothing to go back to.
    let depth: Int
    let languages: Int
    /// Nothing of a person is held yet.
    let pristine: Bool
    let mediatorMode: Bool

    func shows(_ shown: Shown) -> Bool {
      switch shown {
      case .always: return true
      case .never: return false
      case .canGoBack: return depth > 1
      case .severalLanguages: return languages > 1
      case .visitStarted: return !pristine
      case .mediatorMode: return mediatorMode
      }
    }
  }

  func hint(_ c: ScreenContext) -> KeyHint? {
    guard var labelKey else { return nil }
    // The speech key turns speech off once it is on.
    if action == .speech, c.session.speechOn { labelKey = "keys.speech_off" }
    switch name {
    case let .symbol(s): return KeyHint(s, c.text(labelKey))
    case let .word(key): return KeyHint(c.text(key), c.text(labelKey))
    }
  }
}

extension KeyBinding {
  /// The keys that mean the same on every screen (docs/keys.md), in the
  /// key bar's order.
  static let global: [KeyBinding] = [
    KeyBinding(keys: [.escape, .backspace], name: .word("keys.esc"), labelKey: "keys.back", action: .back,
               shown: .canGoBack),
    KeyBinding(keys: [.char("*"), .function(2)], name: .symbol("*"), labelKey: "keys.person", action: .person,
               shown: .always),
    KeyBinding(keys: [.char("?"), .function(1)], name: .symbol("?"), labelKey: "keys.help", action: .help,
               shown: .always),
    KeyBinding(keys: [.char("+"), .function(3)], name: .symbol("+"), labelKey: "keys.language", action: .language,
               shown: .severalLanguages),
    KeyBinding(keys: [.char("-"), .function(10)], name: .symbol("-"), labelKey: "keys.end", action: .end,
               shown: .visitStarted),
    // "=" is on AZERTY and QWERTY keyboards without Shift; no answer needs it.
    // Its label says what it does now: "= Écouter", or "= Silence" (`hint`).
    KeyBinding(keys: [.char("="), .function(5)], name: .symbol("="), labelKey: "keys.speech_on", action: .speech,
               shown: .always),
    KeyBinding(keys: [.function(6)], name: .symbol("F6"), labelKey: nil, action: .repeatSpeech, shown: .never),
    KeyBinding(keys: [.function(7)], name: .symbol("F7"), labelKey: nil, action: .pauseSpeech, shown: .never),
    KeyBinding(keys: [.char("/"), .function(4)], name: .symbol("/"), labelKey: "keys.mediator", action: .mediator,
               shown: .mediatorMode),
    KeyBinding(keys: [.pageDown], name: .symbol("Page Down"), labelKey: nil, action: .pageDown,
               shown: .never),
    KeyBinding(keys: [.pageUp], name: .symbol("Page Up"), labelKey: nil, action: .pageUp,
               shown: .never),
    KeyBinding(keys: [.enter], name: .word("keys.enter"), labelKey: "keys.ok", action: .screen,
               shown: .always),
  ]

  /// The global binding of a key, if it has one.
  static func global(for key: Key) -> KeyBinding? {
    global.first { $0.keys.contains(key) }
  }

  static func global(_ action: Action) -> KeyBinding {
    global.first { $0.action == action }!
  }

  /// The printable keys with a global meaning: a field takes them only
  /// when its answers need them (`TextField.takes`).
  static let shortcuts: Set<Character> = Set(global.flatMap(\.keys).compactMap { key in
    if case let .char(c) = key { return c }
    return nil
  })

  /// The key bar: the global bindings shown now, then a screen's own.
  static func bar(_ when: When, _ c: ScreenContext, adding own: [KeyHint] = []) -> [KeyHint] {
    let shown = global.filter { when.shows($0.shown) }
    let hints = shown.compactMap { $0.hint(c) }
    // A screen's own keys go before Enter, which closes the bar.
    guard let enter = shown.last, enter.action == .screen, let last = hints.last else { return hints + own }
    return hints.dropLast() + own + [last]
  }
}
