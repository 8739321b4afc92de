#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation
import RegieDomain

extension Opslag {
    /// This store with its audit trail switched on, recording `gebruiker` as who did it.
    /// The chain key comes from the byte layer when it is encrypted.
    public func metLogboek(gebruiker: String?, klok: @escaping @Sendable () -> Date = { Date() },
                           bijProbleem: (@Sendable (String) -> Void)? = nil) -> Opslag {
        var o = self
        let sleutel = (laag as? VersleuteldeLaag)?.afgeleideSleutel(doel: Logboek.sleuteldoel)
        o.logboek = Logboek(map: map, laag: laag, sleutel: sleutel, klok: klok, bijProbleem: bijProbleem)
        o.gebruiker = gebruiker ?? Logboek.onbekend
        return o
    }

    /// Records an entry when the trail is on. Never throws: a failure is reported through the
    /// trail's `bijProbleem` / `neemProblemen()`, and what was done stays done.
    public func noteer(_ soort: Logsoort, dossier: String? = nil, onderdelen: [String] = [], versie: String? = nil,
                       formaat: String? = nil) {
        logboek?.noteerOfMeld(soort, door: gebruiker, dossier: dossier, onderdelen: onderdelen, versie: versie, formaat: formaat)
    }

    /// Records that a dossier was exported (`formaat`: "pdf", "md", "ics", "json", …). Only
    /// the id and the format are recorded, never the file name.
    public func noteerExport(dossier: String, formaat: String) {
        noteer(.geexporteerd, dossier: dossier, formaat: formaat)
    }
}

extension Logboek {
    /// Re-seals an existing trail for a new byte layer and chain key (when a plain store is
    /// encrypted), and records `versleuteld`. The whole trail is rewritten at once (a new
    /// file renamed over the old one), under the trail's lock, so an interruption leaves the
    /// old trail or the new one. A trail that does not check out is not rewritten: it is put
    /// aside in `apart/` (it holds no personal data) and a new trail starts.
    public static func zetOm(map: URL, van oud: any Bytelaag, oudeSleutel: SymmetricKey? = nil,
                             naar nieuw: any Bytelaag, sleutel: SymmetricKey?, door: String?) throws(OpslagFout) {
        let van = Logbestand(map: map, laag: oud, sleutel: oudeSleutel)
        let naar = Logbestand(map: map, laag: nieuw, sleutel: sleutel)
        guard Bestanden.bestaat(van.pad) else {
            try Logboek(map: map, laag: nieuw, sleutel: sleutel).noteer(.versleuteld, door: door)
            return
        }
        do {
            let slot = try Slot.neem(van.slotPad)
            defer { slot.geefVrij() }
            let controle = van.controleer()
            if controle.isInOrde {
                let items = Logbestand.splits(try van.leesAlles() ?? Data()).regels.compactMap { van.decodeer($0) }
                var vorige = ""
                var uit = Data()
                for var item in items {
                    item.vorige = vorige
                    let regel = try naar.codeer(item)
                    vorige = naar.mac(regel)
                    uit += regel + [Logbestand.nieuweRegel]
                }
                // The new head first: interrupted before the trail is replaced, the old trail no
                // longer checks out against it and is set aside when the encryption resumes,
                // instead of a sealed trail with a stale plain head that would look tampered with.
                try naar.schrijfKop(.init(aantal: items.count, laatste: vorige))
                try Bestanden.schrijfAtomisch(uit, naar: naar.pad)
            } else {
                let stempel = Opslag.tijdstempel(Date())
                let apart = map.appendingPathComponent("apart").path
                try Bestanden.maakPriveMap(apart)
                for (bron, naam) in [(van.pad, "logboek"), (van.kopPad, "logboek.kop")] where Bestanden.bestaat(bron) {
                    guard rename(bron, "\(apart)/\(naam).\(stempel)") == 0 else { throw OpslagFout.io("Het oude logboek kan niet apart worden gezet.") }
                }
            }
        }
        try Logboek(map: map, laag: nieuw, sleutel: sleutel).noteer(.versleuteld, door: door)
    }
}

extension Opslag {
    /// This store without recording in the trail, for reads that are not a user opening a
    /// dossier (e.g. searching through every dossier for a word).
    public var zonderLogboek: Opslag {
        var o = self
        o.logboek = nil
        return o
    }
}
