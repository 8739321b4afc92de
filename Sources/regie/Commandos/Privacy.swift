import ArgumentParser
import Foundation
import RegieApp
import RegieDomain
import RegieExport
import RegieStore

extension Persoonsformaat: ExpressibleByArgument {}

/// `regie inzage <dossier> <persoon> --formaat json|pdf --uit DIR`: everything about one person.
struct Inzage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inzage",
        abstract: "Schrijf alles wat een dossier over één persoon bevat naar een bestand (inzage en meenemen, AVG artikel 15 en 20).",
        discussion: """
            Het bestand bevat de eigen gegevens van de persoon, alles wat hij of zij heeft gezegd \
            (krachten, zorgen, het veiligheidsplan, overleggen), de acties die hij of zij uitvoert, \
            cijfers op de veiligheidsschaal, handtekeningen en de overleggen waarbij hij of zij was. \
            De naam van het huishouden en de doelen van het plan staan erbij om het te kunnen begrijpen. \
            JSON is om mee te nemen naar een andere organisatie, PDF om te lezen of mee te geven. \
            Het bestand heet regie-<dossier-id>-<persoon-id>.json of .pdf en is alleen voor u leesbaar \
            (0600). Een bestaand bestand wordt niet overschreven, tenzij u --overschrijf geeft.
            """
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    @Argument(help: ArgumentHelp("Id, naam of het begin van de naam van de persoon.", valueName: "persoon"))
    var persoon: String

    @Option(name: .customLong("formaat"), help: ArgumentHelp("json of pdf.", valueName: "formaat"))
    var formaat: Persoonsformaat

    @OptionGroup var uitvoer: UitvoerOpties

    func run() throws {
        let methode = try opties.laadMethode()
        let opslag = try opties.opslag()
        let d = try opslag.vindEnLaad(dossier).dossier
        guard let p = Persoonsgegevens.vind(persoon, in: d) else {
            // Neutral: the names of the dossier are not listed here.
            throw RegieFout("In dossier \(d.id) staat geen persoon met deze id of naam (of de naam past bij meer personen). Zie 'regie toon \(d.id)' voor de personen.")
        }
        let exporteur = Exporteur(opslag: opslag, methode: methode, vandaag: vandaag(), nu: Date())
        do {
            let pad = try exporteur.schrijfPersoon(d, p.id, formaat, naarMap: uitvoer.uit, overschrijf: uitvoer.overschrijf)
            schrijf("Geschreven: \(pad)")
        } catch .bestaatAl(let pad) {
            throw UitvoerOpties.bestaatAl(pad)
        } catch {
            throw RegieFout(error.melding)
        }
    }
}

/// `regie wis <dossier> [--ja]`: erases a household for good (AVG art. 17).
struct Wis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wis",
        abstract: "Wis een huishouden voorgoed: het dossier, de reservekopie, de vastgestelde versies en de regel in de index (AVG artikel 17).",
        discussion: """
            Regie vraagt eerst de naam van het huishouden te typen; pas als die klopt, wordt er \
            gewist. In een script geeft u --ja in plaats daarvan. Wissen kan niet ongedaan worden \
            gemaakt. In het logboek komt alleen dat dit dossier-id is gewist, zonder namen. \
            Bestanden die u eerder buiten de opslag hebt geëxporteerd, moet u zelf weggooien.
            """
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String

    @Flag(name: .customLong("ja"), help: "Niet om bevestiging vragen (voor scripts).")
    var ja = false

    func run() throws {
        let opslag = try opties.opslag()
        // The household by name or id; a dossier whose file was set aside (unreadable) is not
        // in the list, but what is left of it can still be erased by its id.
        let id: String
        let naam: String?
        do throws(OpslagFout) {
            let s = try opslag.lijst().vind(dossier)
            (id, naam) = (s.id, s.naam)
        } catch {
            guard Sleutel.isGeldig(dossier) else { throw RegieFout(error.melding) }
            (id, naam) = (dossier, nil)
        }
        if !ja {
            let versies = opslag.versieIds(id).count
            let wat = naam.map { "de naam van het huishouden (\($0))" } ?? "het id van het dossier (\(id))"
            FileHandle.standardError.write(Data(zichtbaar("""
                Alles van dit huishouden wordt gewist: het dossier, de reservekopie\(versies > 0 ? " en \(versies) vastgestelde versie(s)" : "").
                Dit kan niet ongedaan worden gemaakt.
                Typ \(wat) om te bevestigen:\u{20}
                """).utf8))
            let getypt = readLine(strippingNewline: true) ?? ""
            let a = RegieStore.Lijst.vouw(getypt.trimmingCharacters(in: .whitespaces))
            guard !a.isEmpty, a == RegieStore.Lijst.vouw((naam ?? id).trimmingCharacters(in: .whitespaces)) else {
                throw RegieFout("\(naam == nil ? "Het id" : "De naam") klopt niet. Er is niets gewist.")
            }
        }
        do {
            let w = try opslag.wis(id)
            schrijf("Gewist: dossier \(w.id) (\(w.bestanden) bestand\(w.bestanden == 1 ? "" : "en"), waarvan \(w.versies) versie\(w.versies == 1 ? "" : "s")).")
        } catch {
            throw RegieFout(error.melding)
        }
    }
}

/// `regie bewaartermijn`: the closed households whose retention period has passed.
struct BewaartermijnCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bewaartermijn",
        abstract: "Toon de afgesloten huishoudens waarvan de bewaartermijn voorbij is (tab-gescheiden: id, naam, afgesloten op, voorbij sinds).",
        discussion: """
            Een huishouden is afgesloten als het is afgesloten in het programma (tabblad Fasen, \
            met de evaluatie en de nazorg) en niet weer geopend; de termijn telt vanaf de dag \
            van dat afsluiten. Vinkjes in fase 6b sluiten niets af. De termijn staat in de instellingen \
            (bewaartermijn, in maanden; standaard \(Bewaartermijn.standaard.maanden)). Wissen doet u zelf, met 'regie wis'.
            """
    )

    @OptionGroup var opties: AlgemeneOpties

    @Option(name: .customLong("maanden"), help: ArgumentHelp("Gebruik deze termijn in plaats van die uit de instellingen.", valueName: "maanden"))
    var maanden: Int?

    func run() throws {
        let methode = try opties.laadMethode()
        let opslag = try opties.opslag()
        let termijn = try maanden.map { Bewaartermijn(maanden: $0) } ?? Instellingen.laad().termijn
        let dag = vandaag()
        var regels: [String] = []
        for s in opslag.lijst().dossiers {
            guard let op = opslag.afgeslotenOp(s.id, methode: methode) else { continue }
            let vanaf = termijn.voorbijVanaf(op)
            if dag >= vanaf { regels.append([s.id, s.naam, op.tekst, vanaf.tekst].joined(separator: "\t")) }
        }
        schrijf(regels.isEmpty ? "Geen huishoudens met een verlopen bewaartermijn (\(termijn.maanden) maanden)." : regels.joined(separator: "\n"))
    }
}
