import ArgumentParser
import Foundation
import KioskConfig
import Journals

/// `kiosk attestation`: staff confirm the attestation a person shows ("the
/// kiosk or the official service failed me") from the anonymous record.
struct AttestationCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attestation",
    abstract: "Confirm the dated attestations printed when a declaration or a sending failed (no names are kept).",
    subcommands: [List.self, Show.self])

  /// The journal, or nil when none was written yet.
  static func journal(_ loaded: KioskConfiguration) throws -> AttestationJournal? {
    let path = loaded.site.attestationJournal
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do { return try AttestationJournal(file: URL(fileURLWithPath: path)) } catch {
      throw CLIFailure("cannot read the attestation journal \(path): \(error); check it exists and this user may read it")
    }
  }

  /// "2026-11-29 14:05 A-B-1129-4821 borne B : déclaration mensuelle, le site ne marchait pas"
  static func line(_ r: AttestationRecord) -> String {
    "\(r.minute)  \(r.reference)  borne \(r.kioskID ?? "-")  \(purpose(r.purpose)) ; \(failure(r.failure))"
  }

  static func purpose(_ p: AttestationPurpose) -> String {
    switch p {
    case .declaration: return "déclaration mensuelle"
    case .document: return "envoi d'un document"
    case .other: return "autre démarche"
    }
  }

  static func failure(_ f: AttestationFailure) -> String {
    switch f {
    case .officialSiteDown: return "le site ou l'application France Travail ne marchait pas"
    case .codeNotReceived: return "le code de connexion n'est pas arrivé"
    case .scannerFailed: return "le scanner de la borne ne marchait pas"
    case .sendingFailed: return "l'envoi depuis la borne a échoué"
    case .other: return "autre problème"
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "The attestations recorded, oldest first.")
    @Option(help: "From this day on (YYYY-MM-DD).") var since: String?
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    func run() throws {
      let loaded = try config.load()
      let day = try since.map { try Input.date($0, option: "--since") }
      let from = day.map { HourBucket.startOfDay($0.year, $0.month, $0.day) }
      let rows: [AttestationRecord]
      do { rows = try AttestationCommand.journal(loaded)?.list(since: from) ?? [] } catch let failure as CLIFailure {
        throw failure
      } catch {
        throw CLIFailure("cannot read the attestation journal \(loaded.site.attestationJournal): \(error)")
      }
      if json { return try JSONOutput.print(rows) }
      if rows.isEmpty { return print("Aucune attestation enregistrée\(since.map { " depuis le \($0)" } ?? "").") }
      for row in rows { print(AttestationCommand.line(row)) }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One attestation by its reference; exit 2 when no attestation has it.")
    @Argument(help: "The reference on the sheet, like A-1129-4821.") var reference: String
    @Flag(help: "Print JSON.") var json = false
    @OptionGroup var config: ConfigOptions

    func run() throws {
      let loaded = try config.load()
      let row: AttestationRecord?
      do { row = try AttestationCommand.journal(loaded)?.find(reference) } catch let failure as CLIFailure {
        throw failure
      } catch {
        throw CLIFailure("cannot read the attestation journal \(loaded.site.attestationJournal): \(error)")
      }
      guard let row else {
        throw CLIFailure("no attestation has the reference \"\(reference)\" in \(loaded.site.attestationJournal): check the letters and digits (like A-1129-4821); older than \(loaded.site.attestationRetentionMonths) months, it was deleted")
      }
      if json { return try JSONOutput.print(row) }
      print("Référence : \(row.reference)")
      print("Date et heure : \(row.minute)")
      print("Borne : \(row.kioskID ?? "(sans identifiant)")")
      print("Venu pour : \(AttestationCommand.purpose(row.purpose))")
      print("Ce qui n'a pas marché : \(AttestationCommand.failure(row.failure))")
      print("Attestation faite à la borne de : \(loaded.site.siteName)")
    }
  }
}
