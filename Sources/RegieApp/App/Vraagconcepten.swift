import RegieDomain
import Screen

/// Where an open question box lives: in the export dialog or on a tab's screen.
enum Vraagplek: Hashable {
    case export
    case scherm(Tabblad)
}

extension RegieProgramma {
    /// The question boxes open now in the open dossier (a reason, a folder).
    func openVragen(_ model: Model) -> [(Vraagplek, Tekstvraag)] {
        var uit: [(Vraagplek, Tekstvraag)] = []
        if let vraag = model.export?.openVraag { uit.append((.export, vraag)) }
        for tab in Tabblad.allCases {
            if let vraag = model.schermen[tab]?.openVraag { uit.append((.scherm(tab), vraag)) }
        }
        return uit
    }

    private func zet(_ vraag: Tekstvraag, op plek: Vraagplek, _ model: inout Model) {
        switch plek {
        case .export: model.export?.openVraag = vraag
        case .scherm(let tab): model.schermen[tab]?.openVraag = vraag
        }
    }

    /// What is typed in a question box is kept as a draft in the dossier, saved like every
    /// change, so a laptop that dies there loses nothing; answering or stopping the
    /// question drops it. When the same question is asked again later (after a restart),
    /// its draft is put back in the box.
    func bewaarVraagconcepten(_ model: inout Model) -> [Effect<Message>] {
        guard model.slot == nil, var open = model.open else {
            model.vraagconceptStand = nil
            return []
        }
        var concepten = open.dossier.vraagconcepten ?? [:]
        let vorige = model.vraagconceptStand.flatMap { $0.dossier == open.dossier.id ? $0.sleutels : nil } ?? []
        var nu = Set<String>()
        for (plek, var vraag) in openVragen(model) {
            nu.insert(vraag.sleutel)
            if !vorige.contains(vraag.sleutel), vraag.concept == nil, let tekst = concepten[vraag.sleutel] {
                vraag.zetTerug(tekst)
                zet(vraag, op: plek, &model)
            } else {
                concepten[vraag.sleutel] = vraag.concept
            }
        }
        for beantwoord in vorige.subtracting(nu) { concepten[beantwoord] = nil }
        model.vraagconceptStand = (open.dossier.id, nu)
        let nieuw = concepten.isEmpty ? nil : concepten
        guard nieuw != open.dossier.vraagconcepten else { return [] }
        var d = open.dossier
        d.vraagconcepten = nieuw
        open.verander(naar: d, wijziging: "vraag.concept", vandaag: model.omgeving.vandaag)
        model.open = open
        guard !model.bewaarGepland else { return [] }
        model.bewaarGepland = true
        return [.after(seconds: Self.bewaarPauze, .bewaar)]
    }

    /// On opening a dossier with a draft: say where it will come back.
    func meldVraagconcepten(_ model: inout Model) {
        guard let concepten = model.open?.dossier.vraagconcepten, !concepten.isEmpty else { return }
        let vragen = concepten.keys.sorted().map { "‘\($0)’" }.joined(separator: ", ")
        model.melding = .info("Er staat nog een half getypt antwoord klaar bij \(vragen): het komt terug als u die vraag weer opent.")
    }
}
