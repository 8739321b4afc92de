import RegieDomain
import Screen

/// The leefgebied of a kracht, zorg or doel on the plan screen: its field in the record,
/// its tag at the end of the list line, and the box to choose it.
struct Leefgebiedtag {
    let methode: Methode
    let keymap: Keymap

    /// The choice for no leefgebied.
    static let geen = "geen"

    /// "Leefgebied": ← → go through the method's leefgebieden; the key to choose (or Enter)
    /// opens the box with all of them (the screen does that, see `PlanScherm.handle`).
    func veld(_ pad: WritableKeyPath<Dossier, String?>) -> Veld {
        let methode = methode
        var veld = Veld(id: "leefgebied", titel: "Leefgebied", soort: .keuze([Self.geen] + methode.leefgebieden.map(\.naam)),
                        uitleg: uitleg,
                        lees: { methode.leefgebiedNaam($0[keyPath: pad]) ?? Self.geen },
                        schrijf: { d, tekst in
                            if tekst == Self.geen {
                                d[keyPath: pad] = nil
                            } else if let l = methode.leefgebieden.first(where: { $0.naam == tekst }) {
                                d[keyPath: pad] = l.id
                            }
                        })
        veld.toon = { methode.leefgebiedNaam($0[keyPath: pad]) ?? "" }
        return veld
    }

    /// How the field is set, with the keys as the user has them (one line at 80 columns).
    var uitleg: String {
        "\(keymap.name(PlanActie.leefgebied)) of \(keymap.name(FormulierActie.openen)): kiezen uit de lijst · ← →: bladeren"
    }

    /// The tag at the end of a list line: "[Wonen]"; nothing without a leefgebied.
    func staart(_ id: String?) -> String {
        methode.leefgebiedNaam(id, kort: true).map { "[\($0)]" } ?? ""
    }
}

extension PlanScherm {
    /// The line that says on which leefgebieden a zorg is noted but no goal is set; with
    /// tagged zorgen that all have a goal, that they do. Nothing while no zorg is tagged.
    static func zorgZonderDoel(_ d: Dossier, _ omgeving: Context) -> [Onderdeel] {
        guard d.plan.zorgen.contains(where: { omgeving.methode.leefgebied($0.leefgebied) != nil }) else { return [] }
        let open = d.plan.leefgebiedenMetZorgZonderDoel(omgeving.methode.leefgebieden)
        guard !open.isEmpty else { return [.uitleg("Op elk leefgebied met een zorg staat een doel.", .success)] }
        let toets = omgeving.keymap.name(PlanActie.leefgebied)
        let alle = open.map(\.naam)
        let namen = alle.count < 2 ? alle.joined() : alle.dropLast().joined(separator: ", ") + " en " + alle[alle.count - 1]
        return [.uitleg("! Zorg zonder doel op: \(namen). \(toets) op een doel kiest het leefgebied waar het over gaat.", .warning)]
    }

    /// The kracht, zorg or doel the user is on or in (in an action: its goal).
    static func metLeefgebied(_ lijst: String, _ i: Int, _ d: Dossier) -> (id: String, leefgebied: String?, naam: String)? {
        switch lijst {
        case "krachten" where d.plan.krachten.indices.contains(i): (d.plan.krachten[i].id, d.plan.krachten[i].leefgebied, "kracht \(i + 1)")
        case "zorgen" where d.plan.zorgen.indices.contains(i): (d.plan.zorgen[i].id, d.plan.zorgen[i].leefgebied, "zorg \(i + 1)")
        case "doelen" where d.plan.doelen.indices.contains(i): (d.plan.doelen[i].id, d.plan.doelen[i].leefgebied, "doel \(i + 1)")
        default: nil
        }
    }

    /// Whether the field with focus is the leefgebied of the record that is open.
    func opLeefgebiedveld(_ d: Dossier) -> Bool {
        if case .veld(let sleutel, _) = formulier.bewerkplek(d) { sleutel.hasSuffix("/leefgebied") } else { false }
    }

    mutating func openLeefgebiedkiezer(_ ctx: inout SchermContext) {
        let d = ctx.dossier
        guard let (lijst, i) = formulier.gekozenElement(d), let item = Self.metLeefgebied(lijst, i, d) else {
            let toets = ctx.keymap.name(PlanActie.leefgebied)
            ctx.meld(.info("Ga eerst naar een kracht, zorg of doel; \(toets) kiest daar het leefgebied."))
            return
        }
        leefgebiedkiezer = Leefgebiedkiezer(titel: "Leefgebied van \(item.naam)", leefgebieden: ctx.methode.leefgebieden,
                                            lijst: lijst, element: item.id, huidig: item.leefgebied)
    }

    /// Tags the record `element` of `lijst` with leefgebied `id` (nil: none).
    func zetLeefgebied(_ id: String?, lijst: String, element: String, _ ctx: inout SchermContext) {
        var d = ctx.dossier
        switch lijst {
        case "krachten": if let i = d.plan.krachten.firstIndex(where: { $0.id == element }) { d.plan.krachten[i].leefgebied = id }
        case "zorgen": if let i = d.plan.zorgen.firstIndex(where: { $0.id == element }) { d.plan.zorgen[i].leefgebied = id }
        case "doelen": if let i = d.plan.doelen.firstIndex(where: { $0.id == element }) { d.plan.doelen[i].leefgebied = id }
        default: break
        }
        guard d != ctx.dossier else { return }
        ctx.dossier = d
        ctx.wijziging = nil
        ctx.vraag(.bewaarNu)
    }
}
