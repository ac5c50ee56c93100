@testable import KioskUI
import Terminal

/// The home menu's entries, by what they do: the digit is the entry's place
/// in the menu the kiosk shows, so a new journey moves no test.
enum Home {
  static var declare: Key { key(.journey(.declaration)) }
  static var risk: Key { key(.journey(.risk)) }
  static var document: Key { key(.journey(.document)) }
  static var appointment: Key { key(.journey(.appointment)) }
  static var monthlyWindow: Key { key(.monthlyWindow) }
  static var calculator: Key { key(.journey(.calculator)) }
  static var glossary: Key { key(.glossary) }
  static var person: Key { key(.person) }
  static var end: Key { key(.end) }

  /// One digit: a menu of ten entries or more would need two keys.
  static func key(_ item: HomeScreen.Item) -> Key {
    Key.char(Character(String(HomeScreen.Item.all.firstIndex(of: item)! + 1)))
  }
}
