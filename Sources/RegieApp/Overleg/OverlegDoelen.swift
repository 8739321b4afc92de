import RegieDomain
import Screen

/// Goals with their actions, and the next overleg.
extension OverlegScherm {
    // MARK: Goals and actions

    /// Enter on the "new goal" row adds a goal; on a goal it starts an action: what (typed),
    /// who (one key), when (a date). Enter with nothing typed goes to the "new goal" row.
    mutating func bewaarDoelOfActie(_ l: Lopend, _ ctx: inout SchermContext) {
        let tekst = invoer.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let doelen = ctx.dossier.plan.doelen
        guard !tekst.isEmpty else {
            if rij < doelen.count { rij = doelen.count } else { ctx.meld(.info("Typ het doel: positief, over wat er straks is. \(ctx.keymap.name(OverlegActie.bewaar)) bewaart.")) }
            return
        }
        guard doelen.indices.contains(rij) else {
            ctx.dossier.plan.doelen.append(Doel(omschrijving: tekst))
            ctx.wijziging = nil
            rij = ctx.dossier.plan.doelen.count - 1
            invoer = Overleginvoer()
            ctx.meld(.success("Doel \(rij + 1) bewaard. Typ nu een actie: wat moet er gebeuren?"))
            return
        }
        invoer = Overleginvoer()
        let iedereen = ctx.dossier.rondeVolgorde(aanwezigen: ctx.dossier.personen.map(\.id))
        kiezer = (Persoonkiezer(vraag: "Wie doet het?", personen: iedereen, magNiemand: false), .actieWie(doel: doelen[rij].id, wat: tekst))
    }

    mutating func voegActieToe(_ actie: Actie, aan doel: String, _ ctx: inout SchermContext) {
        guard let i = ctx.dossier.plan.doelen.firstIndex(where: { $0.id == doel }) else {
            ctx.meld(.error("Het doel bestaat niet meer; de actie is niet bewaard: \(actie.wat)"))
            invoer.text = actie.wat
            return
        }
        ctx.dossier.plan.doelen[i].acties.append(actie)
        ctx.wijziging = nil
        rij = i
        ctx.meld(.success("Actie bewaard: \(ctx.dossier.naam(van: actie.wie)), \(actie.wanneer?.tekst ?? ""). Nog een actie, of \(ctx.keymap.name(OverlegActie.bewaar)) voor een nieuw doel."))
    }

    // MARK: The next overleg

    /// The overleg planned in this meeting, if any.
    static func volgendOverleg(_ l: Lopend, _ d: Dossier) -> Overleg? {
        l.verloop.volgendOverleg.flatMap { id in d.plan.overleggen.first { $0.id == id } }
    }

    /// A voortgangsoverleg already planned (before this meeting) that the next overleg would
    /// double: moved, not added (the plan has one next overleg of a kind).
    static func alGepland(_ l: Lopend, _ d: Dossier) -> Overleg? {
        guard volgendOverleg(l, d) == nil else { return nil }
        return d.geplandeOverleggen(.voortgang, vandaag: l.overleg.datum ?? .laatste).first
    }

    /// What the fields of the next overleg start from: the one planned in this meeting, or
    /// the one already planned that Enter moves.
    static func planbaar(_ l: Lopend, _ d: Dossier) -> Overleg? {
        volgendOverleg(l, d) ?? alGepland(l, d)
    }

    mutating func bewaarVolgend(_ l: Lopend, _ ctx: inout SchermContext) {
        switch volgend.lees(vandaag: ctx.vandaag) {
        case .failure(let fout):
            volgend.probleem = fout.tekst
            volgend.veld = fout.veld
        case .success(let (datum, tijd, plaats)):
            volgend.probleem = nil
            if let bestaand = Self.alGepland(l, ctx.dossier), let i = ctx.dossier.plan.overleggen.firstIndex(where: { $0.id == bestaand.id }) {
                let was = Startkeuze.beschrijf(bestaand)
                ctx.dossier.verplaatsOverleg(bestaand.id, naar: datum, tijd: tijd)
                ctx.dossier.plan.overleggen[i].locatie = plaats
                ctx.dossier.plan.overleggen[l.index].verloop?.volgendOverleg = bestaand.id
                ctx.dossier.plan.overleggen[l.index].verloop?.geenVolgendOverleg = nil
                ctx.wijziging = nil
                ctx.vraag(.bewaarNu)
                let nu = Startkeuze.beschrijf(ctx.dossier.plan.overleggen[i])
                ctx.meld(.success(was == nu ? "Het volgende overleg blijft \(nu)." : "Volgend overleg verplaatst: \(was) wordt \(nu)."))
                return
            }
            if let bestaand = Self.volgendOverleg(l, ctx.dossier), let i = ctx.dossier.plan.overleggen.firstIndex(where: { $0.id == bestaand.id }) {
                ctx.dossier.plan.overleggen[i].datum = datum
                ctx.dossier.plan.overleggen[i].tijd = tijd
                ctx.dossier.plan.overleggen[i].locatie = plaats
            } else {
                let nieuw = Overleg(soort: .voortgang, datum: datum, tijd: tijd, locatie: plaats)
                ctx.dossier.plan.overleggen.append(nieuw)
                ctx.dossier.plan.overleggen[l.index].verloop?.volgendOverleg = nieuw.id
            }
            ctx.dossier.plan.overleggen[l.index].verloop?.geenVolgendOverleg = nil
            ctx.wijziging = nil
            ctx.vraag(.bewaarNu)
            ctx.meld(.success("Volgend overleg gepland: \(datum.tekst) om \(tijd.tekst)" + (plaats.isEmpty ? "." : ", \(plaats).")))
        }
    }
}

/// The three fields of the next overleg: datum, tijd, plaats.
struct VolgendInvoer: Equatable {
    var datum = TextField(label: "Datum", placeholder: "dd-mm-jjjj", maxLength: 10)
    var tijd = TextField(label: "Tijd", placeholder: "uu:mm", maxLength: 5)
    var plaats = TextField(label: "Plaats", maxLength: 200)
    /// 0 datum, 1 tijd, 2 plaats.
    var veld = 0
    var probleem: String?

    struct Fout: Error, Equatable {
        var veld: Int
        var tekst: String
    }

    /// The fields as `overleg` has them (empty without one).
    mutating func vul(_ overleg: Overleg?) {
        datum.text = overleg?.datum?.tekst ?? ""
        tijd.text = overleg?.tijd?.tekst ?? ""
        plaats.text = overleg?.locatie ?? ""
        probleem = nil
    }

    /// Typed but not kept.
    func onbewaard(_ overleg: Overleg?) -> Bool {
        var opgeslagen = self
        opgeslagen.vul(overleg)
        return datum.text != opgeslagen.datum.text || tijd.text != opgeslagen.tijd.text || plaats.text != opgeslagen.plaats.text
    }

    mutating func handle(_ event: Event) -> Handled {
        probleem = nil
        switch veld {
        case 0: return datum.handle(event)
        case 1: return tijd.handle(event)
        default: return plaats.handle(event)
        }
    }

    func lees(vandaag: Datum) -> Result<(Datum, Tijd, String), Fout> {
        let d = datum.text.trimmingCharacters(in: .whitespaces)
        guard !d.isEmpty else { return .failure(Fout(veld: 0, tekst: "Vul de datum in (dd-mm-jjjj).")) }
        guard let dag = Datum(invoer: d) else {
            return .failure(Fout(veld: 0, tekst: "De datum klopt niet: schrijf dd-mm-jjjj, bijvoorbeeld \(vandaag.plus(dagen: 28)?.tekst ?? "")."))
        }
        guard dag >= vandaag else { return .failure(Fout(veld: 0, tekst: "De datum ligt in het verleden.")) }
        let t = tijd.text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return .failure(Fout(veld: 1, tekst: "Vul de tijd in (uu:mm).")) }
        guard let uur = Tijd(invoer: t) else { return .failure(Fout(veld: 1, tekst: "De tijd klopt niet: schrijf uu:mm, bijvoorbeeld 14:30.")) }
        return .success((dag, uur, plaats.text.trimmingCharacters(in: .whitespaces)))
    }
}
