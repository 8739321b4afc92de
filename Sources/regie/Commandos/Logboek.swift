import ArgumentParser
import Foundation
import RegieDomain
import RegieStore

/// `regie logboek [<dossier>] [--controleer]`: the audit trail as a table, or a check of its chain.
struct LogboekCommando: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logboek",
        abstract: "Toon het logboek: wie wanneer welk dossier opende, wijzigde, vaststelde, exporteerde of wiste.",
        discussion: """
            Zonder dossier toont het alle regels, met een dossier alleen die van dat huishouden
            (een id, ook van een gewist huishouden, of het begin van de naam). Het logboek
            bevat geen namen of citaten van huishoudens: alleen ids, onderdelen en wie het deed.
            Met --controleer wordt de keten nagelopen: elke regel verwijst naar de vorige, dus
            een weggehaalde of veranderde regel valt op, en bij versleutelde gegevens ook een
            teruggezette oudere kopie van het logboek. Exit 1 als de keten niet heel is, of als
            het logboek ontbreekt terwijl er dossiers zijn. Zonder versleuteling bewijst een hele
            keten niets: wie bij de bestanden kan, kan hem opnieuw uitrekenen; dat staat er dan bij.
            """
    )

    @OptionGroup var opties: AlgemeneOpties

    @Argument(help: ArgumentHelp("Id of het begin van de naam van het huishouden.", valueName: "dossier"))
    var dossier: String?

    @Flag(name: .customLong("controleer"), help: "Loop de keten na en meld waar hij breekt (exit 1).")
    var controleer = false

    func run() throws {
        let opslag = try opties.opslag()
        let logboek = opslag.logboek ?? opslag.metLogboek(gebruiker: nil).logboek!
        if controleer {
            let uitkomst = logboek.controleer()
            guard uitkomst.isInOrde else { throw RegieFout(uitkomst.melding) }
            schrijf(uitkomst.melding)
            return
        }
        let id = try dossier.map { try Self.dossierId($0, opslag: opslag, logboek: logboek) }
        let items: [Logitem]
        do { items = try logboek.items(dossier: id) } catch { throw RegieFout(error.melding) }
        guard !items.isEmpty else {
            schrijf(id == nil ? "Het logboek is nog leeg." : "Het logboek heeft nog niets over dossier \(id!).")
            return
        }
        var kop = ["Nr", "Tijd", "Door", "Wat", "Onderdelen"]
        if id == nil { kop.insert("Dossier", at: 3) }
        let rijen = items.map { i in
            var rij = [String(i.nr), i.datum.map(Self.tijd) ?? i.tijd, i.door, Self.wat(i), (i.onderdelen ?? []).joined(separator: ", ")]
            if id == nil { rij.insert(i.dossier ?? "-", at: 3) }
            return rij
        }
        schrijf(Tabel.tekst(kop: kop, rijen: rijen))
        schrijf("\(items.count) \(items.count == 1 ? "regel" : "regels").")
    }

    /// A dossier id as given when the trail knows it (an erased household is no longer in
    /// the store), else the household found by id or the start of its name. The dossier
    /// itself is not opened: looking at the trail does not count as opening it.
    static func dossierId(_ verwijzing: String, opslag: Opslag, logboek: Logboek) throws -> String {
        if Sleutel.isGeldig(verwijzing), (try? logboek.items(dossier: verwijzing))?.isEmpty == false { return verwijzing }
        do { return try opslag.lijst().vind(verwijzing).id } catch { throw RegieFout(error.melding) }
    }

    static func wat(_ i: Logitem) -> String {
        let naam = i.logsoort?.tekst ?? i.soort
        switch i.logsoort {
        case .vastgesteld?: return i.versie.map { "\(naam) (\($0))" } ?? naam
        case .geexporteerd?: return i.formaat.map { "\(naam) als \($0)" } ?? naam
        default: return naam
        }
    }

    /// "23-11-2026 14:05:09", local time.
    static func tijd(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "nl_NL")
        f.dateFormat = "dd-MM-yyyy HH:mm:ss"
        return f.string(from: d)
    }
}
