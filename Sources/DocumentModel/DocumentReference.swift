import Foundation

/// The reference a person reads on the receipt and gives at the desk:
/// "D-1123-4821" (the day and four random digits), or "D-B-1123-4821" on a
/// kiosk whose configuration names it `B`. Kiosks sharing one delivery
/// folder each get their own id, so their references can never be the
/// same; within one kiosk, `Outbox.commit` draws again when a reference is
/// already in its journal or in the delivery folder.
public enum DocumentReference {
  /// A kiosk id: 1 to 3 capital letters or digits, short to read out.
  public static func isValidKioskID(_ id: String) -> Bool {
    (1...3).contains(id.count) && id.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
  }

  /// A new reference for a document of `date` (its day, in local time).
  package static func draw<G: RandomNumberGenerator>(kioskID: String?, date: Date, using generator: inout G) -> String {
    var seconds = time_t(date.timeIntervalSince1970)
    var parts = tm()
    localtime_r(&seconds, &parts)
    let day = String(format: "%02d%02d", parts.tm_mon + 1, parts.tm_mday)
    let digits = String(format: "%04d", Int.random(in: 0...9999, using: &generator))
    return (["D"] + [kioskID].compactMap { $0 } + [day, digits]).joined(separator: "-")
  }

  /// The folder names tried, in order, to deliver `reference` without
  /// overwriting anything: the reference itself, then "-2" … "-9" after it,
  /// so staff still find the document by the reference on the receipt.
  package static func deliveryNames(_ reference: String) -> [String] {
    [reference] + (2...9).map { "\(reference)-\($0)" }
  }
}
