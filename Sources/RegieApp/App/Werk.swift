import Foundation
import RegieDomain
import RegieExport
import RegieStore
import Screen

/// Work on the store that `update` asks for, as a value: the runtime runs it off the input
/// loop and its result comes back as `RegieProgramma.Message.klaar`. Two pieces of work are
/// equal when they ask the same (the store they run on is not compared), so a test can
/// assert "C-s asks to save this dossier with this fingerprint".
public struct Werk: Work, Equatable {
    public enum Soort: Equatable, Sendable {
        /// Save the dossier as it was when asked, when the file still has fingerprint
        /// `verwacht` (nil: a new file). `onderdelen`: the sections changed, for the audit trail.
        case bewaar(Dossier, verwacht: String?, onderdelen: [String])
        /// Read the caseload list, and which closed households are past their term.
        case lijst(selecteer: String?, bewaartermijn: Bewaartermijn)
        /// Read the store's search index, brought up to date first (all of it when it is missing).
        case zoekindex
        /// Read a dossier: to work on, to present, or again after a conflict.
        case laad(String, Laaddoel)
        /// Add a new dossier: a new household, the demo, or a copy after a conflict.
        case voegToe(Dossier, Toevoegdoel)
        /// Fix the plan as a version (the dossier is saved first).
        case stelVast(Dossier, op: Datum, overleg: String?, aanwezigen: [String], nu: Date)
        /// Count a household's versions, for the question before erasing it.
        case telVersies(DossierSamenvatting)
        /// Erase a household for good.
        case wis(String)
        /// Keep the user's name in the settings.
        case bewaarGebruiker(String)
        /// Record something in the audit trail.
        case noteer(Logsoort, dossier: String)
        /// Write the dossier as a file (PDF, Markdown, ics, JSON), and note it in the audit trail.
        case exporteer(Dossier, Exportformaat, voor: Ontvanger, map: String, overschrijf: Bool)
        /// Read a dossier's fixed versions (for the Versies tab).
        case versies(String)
        /// Read and check the audit trail, with a household's lines.
        case logboek(String)
        /// Open the store's key with the passphrase (scrypt: on purpose slow).
        case ontgrendel(String)
        /// First start: make the key with a new passphrase (and encrypt what is there).
        case maakSleutel(String)
        /// First start, explicitly: work without encryption.
        case kiesOnversleuteld
    }

    public enum Laaddoel: Equatable, Sendable {
        case openen
        case presenteren
        /// After a conflict: the dossier as it is on disk, the changes on screen dropped.
        case herladen
    }

    public enum Toevoegdoel: Equatable, Sendable {
        case nieuwHuishouden
        case demo
        case kopie
    }

    public let soort: Soort
    /// The store (with its key) and the method at the moment the work was asked.
    let omgeving: Werkomgeving

    init(_ soort: Soort, _ omgeving: Werkomgeving) {
        self.soort = soort
        self.omgeving = omgeving
    }

    public static func == (a: Werk, b: Werk) -> Bool { a.soort == b.soort }

    public func run() -> RegieProgramma.Message { .klaar(uitkomst()) }

    /// Does the work (off the input loop).
    func uitkomst() -> Werkuitkomst {
        let opslag = omgeving.opslag
        switch soort {
        case .bewaar(let dossier, let verwacht, let onderdelen):
            return .bewaard(dossier, Result { () throws(OpslagFout) in try opslag.bewaar(dossier, verwacht: verwacht, onderdelen: onderdelen) })
        case .lijst(let selecteer, let termijn):
            let lijst = opslag.lijst()
            let voorbij = Overzicht.termijnVoorbij(lijst.dossiers, omgeving, termijn)
            return .lijst(lijst, termijnVoorbij: voorbij, selecteer: selecteer)
        case .zoekindex:
            // Reading a dossier for the index is not opening it: not in the audit trail.
            return .zoekindex(opslag.zonderLogboek.zoekindex())
        case .laad(let verwijzing, let doel):
            return .geladen(verwijzing, doel, Result { () throws(OpslagFout) in
                // `regie --presentatie` names a household by name or id.
                let id = doel == .presenteren && !opslag.bestaat(verwijzing) ? try opslag.lijst().vind(verwijzing).id : verwijzing
                return try opslag.laad(id)
            })
        case .voegToe(let dossier, let doel):
            return .toegevoegd(dossier, doel, Result { () throws(OpslagFout) in try opslag.voegToe(dossier) })
        case .stelVast(let dossier, let datum, let overleg, let aanwezigen, let nu):
            do {
                try opslag.stelVast(dossier, op: datum, overleg: overleg, aanwezigen: aanwezigen, nu: nu)
                return .vastgesteld(datum, fout: nil)
            } catch {
                return .vastgesteld(datum, fout: error.melding)
            }
        case .telVersies(let s):
            return .versiesGeteld(s, opslag.versieIds(s.id).count)
        case .wis(let id):
            return .gewist(Result { () throws(OpslagFout) in try opslag.wis(id).bestanden })
        case .bewaarGebruiker(let naam):
            do {
                try omgeving.bewaarGebruiker(naam)
                return .gebruikerBewaard(fout: nil)
            } catch {
                return .gebruikerBewaard(fout: "\(error)")
            }
        case .noteer(let soort, let dossier):
            opslag.noteer(soort, dossier: dossier)
            return .genoteerd
        case .exporteer(let dossier, let formaat, let voor, let map, let overschrijf):
            do {
                let geschreven = try Exporteur(omgeving).schrijf(dossier, formaat, voor: voor, naarMap: map, overschrijf: overschrijf)
                opslag.noteerExport(dossier: dossier.id, formaat: formaat.rawValue)
                return .geexporteerd(formaat, map: map, .success(geschreven))
            } catch {
                return .geexporteerd(formaat, map: map, .failure(error))
            }
        case .versies(let id):
            return .versies(Versiecache.lees(opslag, id))
        case .logboek(let id):
            let logboek = opslag.logboek
            let controle = logboek?.controleer()
            return .logboek(regels: logboek.map { $0.regels(dossier: id).reversed().map(\.tekst) },
                            probleem: controle.flatMap { $0.isInOrde ? nil : $0.melding })
        case .ontgrendel(let wachtwoord):
            guard let kluis = omgeving.kluis else { return .kluis(.failure(Kluismelding("Er is geen sleutel."))) }
            return .kluis(kluis.open(wachtwoord).flatMap { opgeslagen(met: $0, kluis) })
        case .maakSleutel(let wachtwoord):
            guard let kluis = omgeving.kluis else { return .kluis(.failure(Kluismelding("Er is geen sleutel."))) }
            return .kluis(kluis.maak(wachtwoord).flatMap { nieuw in
                opgeslagen(met: nieuw.laag, kluis).map { var o = $0; o.herstelcode = nieuw.herstelcode; return o }
            })
        case .kiesOnversleuteld:
            guard let kluis = omgeving.kluis else { return .kluis(.failure(Kluismelding("Er is geen sleutel."))) }
            if let fout = kluis.kiesOnversleuteld() { return .kluis(.failure(fout)) }
            return .kluis(opgeslagen(met: GeenVersleuteling(), kluis).map { var o = $0; o.onversleuteld = true; return o })
        }
    }

    /// The store over an opened layer, with its audit trail.
    private func opgeslagen(met laag: any Bytelaag, _ kluis: Kluistoegang) -> Result<Kluisopening, Kluismelding> {
        do {
            let opslag = try kluis.opslagMet?(laag) ?? Opslag(map: omgeving.opslag.map, laag: laag)
            return .success(Kluisopening(opslag: opslag))
        } catch {
            return .failure(Kluismelding((error as? OpslagFout)?.melding ?? "De gegevens kunnen niet worden geopend."))
        }
    }
}

/// The store opened with its key (or without encryption, by choice).
public struct Kluisopening: Sendable {
    public var opslag: Opslag
    /// A key just made: its recovery code, shown once.
    public var herstelcode: String?
    public var onversleuteld = false
}

/// What work on the store came back with.
public enum Werkuitkomst: Sendable {
    /// The dossier as it was sent to the store, and the new fingerprint or why not.
    case bewaard(Dossier, Result<String, OpslagFout>)
    case lijst(RegieStore.Lijst, termijnVoorbij: Set<String>, selecteer: String?)
    case zoekindex(Zoekindex)
    case geladen(String, Werk.Laaddoel, Result<GeladenDossier, OpslagFout>)
    case toegevoegd(Dossier, Werk.Toevoegdoel, Result<String, OpslagFout>)
    case vastgesteld(Datum, fout: String?)
    case versiesGeteld(DossierSamenvatting, Int)
    /// How many files were erased, or why not.
    case gewist(Result<Int, OpslagFout>)
    case gebruikerBewaard(fout: String?)
    case genoteerd
    case kluis(Result<Kluisopening, Kluismelding>)
    case versies(Versiecache)
    case logboek(regels: [String]?, probleem: String?)
    case geexporteerd(Exportformaat, map: String, Result<Exporteur.Geschreven, Exportfout>)
}

extension Werkuitkomst {
    /// The work this result ends (to keep the list of running work).
    var soort: Werkbezig {
        switch self {
        case .bewaard: .bewaren
        case .lijst: .lezen
        case .zoekindex: .zoeken
        case .geladen: .openen
        case .toegevoegd: .toevoegen
        case .vastgesteld: .vaststellen
        case .versiesGeteld, .genoteerd: .lezen
        case .gewist: .wissen
        case .gebruikerBewaard: .instellingen
        case .kluis: .ontgrendelen
        case .versies, .logboek: .lezen
        case .geexporteerd: .exporteren
        }
    }
}

/// What the program is busy with off the input loop, as the status line says it.
public enum Werkbezig: Equatable, Sendable {
    case bewaren, lezen, zoeken, openen, toevoegen, vaststellen, wissen, instellingen, ontgrendelen, exporteren

    var tekst: String {
        switch self {
        case .bewaren: "bewaren…"
        case .lezen: "lijst lezen…"
        case .zoeken: "zoeken…"
        case .openen: "openen…"
        case .toevoegen: "aanmaken…"
        case .vaststellen: "vaststellen…"
        case .wissen: "wissen…"
        case .instellingen: "instellingen bewaren…"
        case .ontgrendelen: "de sleutel wordt geopend…"
        case .exporteren: "exporteren…"
        }
    }
}

extension Werk.Soort {
    var bezig: Werkbezig {
        switch self {
        case .bewaar: .bewaren
        case .lijst, .telVersies, .noteer: .lezen
        case .zoekindex: .zoeken
        case .laad: .openen
        case .voegToe: .toevoegen
        case .stelVast: .vaststellen
        case .wis: .wissen
        case .bewaarGebruiker: .instellingen
        case .ontgrendel, .maakSleutel, .kiesOnversleuteld: .ontgrendelen
        case .versies, .logboek: .lezen
        case .exporteer: .exporteren
        }
    }
}
