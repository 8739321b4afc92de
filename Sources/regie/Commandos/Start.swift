import ArgumentParser
import Foundation
import RegieApp
import RegieStore
import RegieThemes
import Screen
#if canImport(Glibc)
import Glibc
#endif

/// `regie` (or `regie start`): the program with its screens, on the default store.
/// Outside a terminal (a pipe, a script) it prints the list instead.
struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Open het programma: overzicht, huishouden, plannen, fasen en regiekaart."
    )

    @OptionGroup var opties: AlgemeneOpties
    @OptionGroup var scherm: SchermOpties

    @Option(name: .customLong("presentatie"),
            help: ArgumentHelp("Open meteen dit huishouden als presentatie (voor de beamer): het overzicht met andere huishoudens komt niet in beeld.",
                               valueName: "dossier"))
    var presentatie: String?

    func run() throws {
        guard isatty(0) == 1, isatty(1) == 1 else {
            // Never print the list of every household when one was asked to be presented.
            if presentatie != nil { throw RegieFout("Een presentatie kan alleen in een terminal worden getoond.") }
            var argumenten: [String] = []
            if let d = opties.data { argumenten += ["--data", d] }
            if let m = opties.methode { argumenten += ["--methode", m] }
            if opties.wachtwoordStdin { argumenten.append("--wachtwoord-stdin") }
            var lijst = try Lijst.parse(argumenten)
            try lijst.run()
            return
        }
        let omgeving = ProcessInfo.processInfo.environment
        let methode = try opties.laadMethode()
        let instellingen = try Instellingen.laad()
        let (keymap, problemen) = scherm.toetsen(omgeving: omgeving)
        // The passphrase is asked inside the program (its lock screen), never before it.
        let map = try opties.opslagMap()
        let stand = Kluis.stand(map: map)
        let gebruiker = instellingen.naam
        let opslagMet: @Sendable (any Bytelaag) throws -> Opslag = { laag in
            // Problems with the audit trail are shown in the program, not printed over it.
            try Opslag(map: map, laag: laag).metLogboek(gebruiker: gebruiker, bijProbleem: nil)
        }
        let slot: Slotscherm?
        let opslag: Opslag
        do {
            switch stand {
            case .onversleuteld:
                (slot, opslag) = (nil, try opslagMet(GeenVersleuteling()))
            case .versleuteld:
                // A damaged key file is said at once, not after a passphrase was typed.
                let probleem = Kluis.sleutelProbleem(map: map).map { Slotscherm(.sleutelProbleem($0.melding)) }
                (slot, opslag) = (probleem ?? Slotscherm(.ontgrendelen), try Opslag(map: map, laag: VergrendeldeLaag()))
            case .sleutelKwijt:
                // Never a new key over sealed files: the message, and only stopping.
                (slot, opslag) = (Slotscherm(.sleutelProbleem(KluisFout.sleutelKwijt(pad: Kluis.sleutelPad(map: map)).melding)),
                                  try Opslag(map: map, laag: VergrendeldeLaag()))
            case .nieuw:
                (slot, opslag) = (Slotscherm(.nieuw), try Opslag(map: map, laag: VergrendeldeLaag()))
            case .teVersleutelen:
                (slot, opslag) = (Slotscherm(.bestaandVersleutelen), try Opslag(map: map, laag: VergrendeldeLaag()))
            }
        } catch {
            throw RegieFout((error as? OpslagFout)?.melding ?? "De map met gegevens kan niet worden geopend.")
        }
        var werk = Werkomgeving(opslag: opslag, methode: methode, vandaag: vandaag(), gebruiker: instellingen.naam, keymap: keymap,
                                bewaarGebruiker: { try Instellingen.zet("naam", op: $0) })
        if stand == .onversleuteld {
            werk.onversleuteld = true
        } else {
            werk.kluis = Self.kluis(map: map, gebruiker: gebruiker, opslagMet: opslagMet)
            werk.vergrendelNa = instellingen.vergrendelNaSeconden
        }
        let catalog = ThemeCatalog(shippedFolder: ShippedThemes.folder, userFolder: ThemeCatalog.userFolder(environment: omgeving))
        // Found before the terminal starts, so a wrong name is a plain message; with an
        // encrypted store only after unlocking.
        let tePresenteren = slot == nil ? try presentatie.map { try opslag.vindEnLaad($0).dossier.id } : nil
        let sessie = try scherm.start(gevraagd: scherm.thema, catalog: catalog, omgeving: omgeving)
        let meldingen = ([sessie.themaWaarschuwing].compactMap { $0 } + problemen).joined(separator: " · ")
        // Projector mode uses the beamer theme, unless the terminal has no colours (or the
        // user asked for none): then the black-and-white theme stays.
        let beamer = sessie.theme.name == "zwart-wit" ? sessie.theme : (catalog.entry(named: "beamer")?.theme ?? sessie.theme)
        var model = RegieProgramma.Model(omgeving: werk, melding: meldingen.isEmpty ? nil : meldingen,
                                         themas: Themakeuze(gewoon: sessie.theme, beamer: beamer), slot: slot)
        model.overzicht.stelIn(bewaartermijn: instellingen.termijn, model.omgeving)
        if let id = tePresenteren { _ = RegieProgramma().presenteer(id, in: &model) }
        if slot != nil { model.naOntgrendelen = presentatie }
        let einde = sessie.draai(RegieProgramma(), model: model)
        if let open = einde.open, open.heeftWijzigingen {
            waarschuw("Niet alles kon worden bewaard: \(open.conflict ?? "zie de melding in het programma").")
        }
    }

    /// The store's key for the program's lock screen.
    static func kluis(map: URL, gebruiker: String?, opslagMet: @escaping @Sendable (any Bytelaag) throws -> Opslag) -> Kluistoegang {
        Kluistoegang(
            open: { w in
                do throws(KluisFout) { return .success(try Kluis.open(map: map, wachtwoord: w)) } catch { return .failure(Kluismelding(error.melding)) }
            },
            maak: { w in
                let code = Herstelcode.nieuw()
                do throws(KluisFout) {
                    let laag = try Kluis.maak(map: map, wachtwoord: w, herstelcode: code, door: gebruiker)
                    return .success(NieuweSleutel(laag: laag, herstelcode: code.tekst))
                } catch {
                    return .failure(Kluismelding(error.melding))
                }
            },
            kiesOnversleuteld: {
                do throws(KluisFout) { try Kluis.kiesOnversleuteld(map: map); return nil } catch { return Kluismelding(error.melding) }
            },
            sterkte: { Kluis.sterkte($0) },
            opslagMet: opslagMet)
    }
}
