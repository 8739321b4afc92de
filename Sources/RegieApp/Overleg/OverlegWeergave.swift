import Foundation
import RegieDomain
import Screen

/// Drawing the running overleg: two header lines with the step and the clocks, the agenda
/// on the left (when there is room), the step on the right, a line of keys at the bottom.
extension OverlegScherm {
    func tekenLopend(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        let (kop, rest) = area.splitTop(min(2, area.height))
        tekenKop(l, d, omgeving, into: &buffer, area: kop)
        guard rest.height >= 3 else { return nil }
        let (midden, voet) = rest.height >= 8 ? rest.splitBottom(1) : (rest, Rect(x: rest.x, y: rest.maxY, width: rest.width, height: 0))
        var stapVlak = midden
        if midden.width >= 64 {
            let (links, rechts) = midden.splitLeft(min(32, max(24, midden.width * 3 / 10)))
            tekenAgenda(l, omgeving, into: &buffer, area: links)
            stapVlak = rechts
        }
        let titel = "Stap \(l.positie + 1) van \(l.stappen.count): \(l.stap.titel)"
        let binnen = Panel(title: titel).render(into: &buffer, area: stapVlak, focused: true)
        let cursor = binnen.isEmpty ? nil : tekenStap(l, d, omgeving, into: &buffer, area: binnen.inset(left: 1, right: 1))
        if voet.height > 0 {
            let hint = Pagina.hint(hintActies(l.soort, naleving: Self.vraagtNaleving(l)), omgeving.keymap, breedte: voet.width - 2)
            buffer.write(hint, x: voet.x + 1, y: voet.y, role: .muted, clip: voet)
        }
        return kiezer == nil && vraag == nil && bevestiging == nil && nieuwePersoon == nil && formulier == nil ? cursor : nil
    }

    /// "Startoverleg · stap 3/20 · Krachten ……… stap 07:05 / 10:00" and "4 aanwezig …… totaal 43:10 / 1:30:00",
    /// with "! 3 min over" when a clock runs over.
    private func tekenKop(_ l: Lopend, _ d: Dossier, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) {
        let nu = omgeving.tijdstip
        let stapSec = Overlegklok.seconden(stap: l.stap.id, in: l.verloop, nu: nu)
        let totaalSec = Overlegklok.totaal(l.verloop, nu: nu)
        let gepland = Overlegagenda.minuten(l.stappen)
        let klokken = [
            (stapSec, l.stap.minuten, "stap"),
            (totaalSec, gepland, "totaal"),
        ]
        let soort = l.overleg.soort.tekst.prefix(1).uppercased() + l.overleg.soort.tekst.dropFirst()
        let links = [
            "\(soort) · stap \(l.positie + 1)/\(l.stappen.count) · \(l.stap.titel)",
            "\(l.overleg.aanwezigen.count) aanwezig: " + d.aanwezigeNamen(l.overleg).joined(separator: ", "),
        ]
        for (i, (sec, minuten, naam)) in klokken.enumerated() where i < area.height {
            let rij = area.row(i)
            let over = Overlegklok.overTekst(Overlegklok.over(sec, gepland: minuten))
            let klok = "\(naam) \(Overlegklok.tekst(sec)) / \(Overlegklok.tekst(minuten * 60))"
            let rechts = (over.map { "! \($0) · " } ?? "") + klok
            let breedte = min(rechts.displayWidth, rij.width)
            buffer.write(rechts.truncated(toColumns: breedte), x: rij.maxX - breedte, y: rij.y, role: over == nil ? .label : .warning, clip: rij)
            let ruimte = rij.width - breedte - 2
            if ruimte > 3 {
                buffer.write(links[i].singleLine.truncated(toColumns: ruimte), x: rij.x, y: rij.y, role: i == 0 ? .title : .muted, clip: rij)
            }
        }
    }

    /// The steps with ✓ for those done, ▸ for the current one, and the planned minutes.
    private func tekenAgenda(_ l: Lopend, _ omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) {
        let binnen = Panel(title: "Agenda").render(into: &buffer, area: area, focused: false)
        guard !binnen.isEmpty else { return }
        let eerste = max(0, min(l.positie - binnen.height / 2, l.stappen.count - binnen.height))
        for (n, i) in (eerste..<l.stappen.count).prefix(binnen.height).enumerated() {
            let stap = l.stappen[i]
            let huidig = i == l.positie
            let gedaan = !huidig && l.verloop.stap(stap.id)?.einde != nil
            let teken = huidig ? "▸" : gedaan ? "✓" : " "
            let minuten = " \(stap.minuten)'"
            let titel = stap.titel.singleLine.truncated(toColumns: max(1, binnen.width - 2 - minuten.displayWidth))
            let regel = "\(teken) " + titel.padded(toColumns: max(1, binnen.width - 2 - minuten.displayWidth)) + minuten
            let rij = binnen.row(n)
            if huidig { buffer.fill(rij, Cell(" ", role: .selection)) }
            buffer.write(regel, x: rij.x, y: rij.y, role: huidig ? .selection : gedaan ? .checked : .text, clip: rij)
        }
    }

    private func hintActies(_ soort: Stapsoort?, naleving: Bool) -> [(any KeyActionName, String)] {
        overlegHint(soort, naleving: naleving).map { ($0.0 as any KeyActionName, $0.1) }
    }

    private func overlegHint(_ soort: Stapsoort?, naleving: Bool) -> [(OverlegActie, String)] {
        let einde: [(OverlegActie, String)] = [(.volgende, "volgende stap"), (.vorige, "vorige"), (.afsluiten, "afsluiten")]
        guard let soort else { return einde }
        if soort.isRonde {
            return [(.bewaar, "citaat bewaren"), (.spreker, "spreker kiezen"), (.omlaag, "volgende spreker")] + einde
        }
        switch soort {
        case .schaalvraag: return [(.bewaar, "cijfer bewaren"), (.omlaag, "volgende persoon")] + einde
        case .veiligheidsvraag: return [(.ja, "ja"), (.nee, "nee")] + einde
        case .niveau: return [(.ja, "past nog"), (.nee, "ander niveau")] + einde
        case .veiligheidsafspraken:
            if naleving {
                return [(.bewaar, "nagekomen? of afspraak bewaren"), (.omlaag, "andere afspraak"),
                        (.veiligheidsplan, "veiligheidsplan")] + einde
            }
            return [(.bewaar, "afspraak bewaren"), (.veiligheidsplan, "veiligheidsplan")] + einde
        case .doelencheckEnOndertekening:
            return [(.vinkje, "aan/uit"), (.tekenen, "laten tekenen"), (.veiligheidsplan, "veiligheidsplan")] + einde
        case .doelenTerugblik: return [(.vinkje, "gedaan / status")] + einde
        case .doelen: return [(.bewaar, "doel of actie bewaren"), (.omlaag, "ander doel")] + einde
        case .volgendOverleg: return [(.bewaar, "plannen"), (.geenVolgend, "geen volgend overleg")] + einde
        // Cancelling is offered where a mistaken start is noticed (the first step) and at the end.
        case .afsluiten: return [(.afsluiten, "overleg afsluiten"), (.vorige, "vorige stap"), (.annuleren, "annuleren")]
        case .welkom: return [(.persoon, "iemand toevoegen"), (.annuleren, "annuleren")] + einde
        default: return [(.bewaar, "bewaren")] + einde
        }
    }
}

/// Lines written from the top of an area, wrapped, until it is full.
struct Vlak {
    let area: Rect
    private(set) var y: Int

    init(_ area: Rect) {
        self.area = area
        y = area.y
    }

    var over: Int { area.maxY - y }

    mutating func regel(_ tekst: String, _ role: Role = .text, into buffer: inout Buffer, inspringen: Int = 0, maxRegels: Int = .max) {
        let breedte = max(1, area.width - inspringen)
        for r in tekst.wrapped(toColumns: breedte).prefix(maxRegels) {
            guard y < area.maxY else { return }
            buffer.write(r, x: area.x + inspringen, y: y, role: role, clip: area)
            y += 1
        }
    }

    /// One line, cut to the width, filled with the role when `vol`.
    mutating func enkel(_ tekst: String, _ role: Role = .text, into buffer: inout Buffer, vol: Bool = false) {
        guard y < area.maxY else { return }
        let rij = Rect(x: area.x, y: y, width: area.width, height: 1)
        if vol { buffer.fill(rij, Cell(" ", role: role)) }
        buffer.write(tekst.singleLine.truncated(toColumns: area.width), x: area.x, y: y, role: role, clip: rij)
        y += 1
    }

    mutating func leeg() { if y < area.maxY { y += 1 } }
}

extension Tijdstip {
    /// "09:30" in local time.
    var klokTekst: String {
        let c = Calendar.current.dateComponents([.hour, .minute], from: date)
        return Tijd(uur: c.hour ?? 0, minuut: c.minute ?? 0)?.tekst ?? ""
    }
}
