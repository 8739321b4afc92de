import Foundation

/// The outcome of checking the audit trail's chain.
public struct Logboekcontrole: Sendable, Equatable {
    /// Where the chain breaks: the first entry number that was removed, changed or cannot be read.
    public struct Breuk: Sendable, Equatable {
        public var nr: Int
        /// Dutch, without personal data.
        public var reden: String
    }

    /// Complete lines in the file.
    public var aantal: Int
    public var breuk: Breuk?
    /// The last line was never finished: a write cut off by a crash or power cut. Not
    /// tampering: such a line has no newline and was never counted in the head, which is
    /// written only after a line is complete and synced. The next entry cuts it away.
    public var onvolledigeLaatste: Bool
    /// True in an encrypted store, where the chain is keyed and nobody without the passphrase
    /// can recompute it. In a plain store an intact chain proves nothing: anyone who can reach
    /// the files can change a line and recompute every hash after it.
    public var isBewijs = true

    /// No break found. In a plain store that is not a proof (see `isBewijs`).
    public var isInOrde: Bool { breuk == nil }

    public static let geenBewijs = "Deze gegevens zijn niet versleuteld, en dan kan het logboek niet bewijzen dat het niet is "
        + "veranderd: wie bij de bestanden kan, kan een regel aanpassen of weghalen en de keten opnieuw uitrekenen. Versleutel de "
        + "gegevens met 'regie versleuteling instellen'; vanaf dan kan niemand zonder het wachtwoord het logboek ongemerkt veranderen."

    public var melding: String {
        if let breuk { return "Het logboek is niet in orde vanaf regel \(breuk.nr): \(breuk.reden)." }
        let regels = "\(aantal) \(aantal == 1 ? "regel" : "regels")"
        var tekst = isBewijs ? "Het logboek is in orde: \(regels), de keten is heel."
            : "In het logboek (\(regels)) is geen breuk in de keten gevonden. " + Self.geenBewijs
        if onvolledigeLaatste {
            tekst += " De laatste regel is onvolledig: het schrijven werd onderbroken (bijvoorbeeld door een stroomstoring)."
                + " Dat is geen knoeiwerk; die regel is nooit afgemaakt en wordt bij de volgende notitie opgeruimd."
        }
        return tekst
    }
}

extension Logbestand {
    /// True when the store holds at least one dossier file.
    var heeftDossiers: Bool {
        Bestanden.namen(in: map.appendingPathComponent("dossiers").path).contains { !$0.hasPrefix(".") && $0.hasSuffix(".json") }
    }

    /// Walks the whole chain: every line must open, carry its own number, and point at the
    /// line before; the head must count every line and know the last one.
    func controleer() -> Logboekcontrole {
        let data: Data?
        do { data = try leesAlles() } catch {
            return Logboekcontrole(aantal: 0, breuk: .init(nr: 1, reden: error.melding), onvolledigeLaatste: false)
        }
        // An encrypted store starts its trail when it is encrypted, and the head comes with
        // every entry: a missing trail or head there means someone removed it. (A plain store
        // may not have started one yet.) Putting back an older copy of both files is not
        // something the trail itself can see: that needs a copy kept elsewhere.
        if sleutel != nil, data == nil {
            return Logboekcontrole(aantal: 0, breuk: .init(nr: 1, reden: "het logboek ontbreekt; het is weggehaald"), onvolledigeLaatste: false)
        }
        // A plain store with dossiers has had a trail since its first save (unless the
        // dossiers are older than the trail itself).
        if data == nil, heeftDossiers {
            return Logboekcontrole(aantal: 0, breuk: .init(nr: 1, reden: "het logboek ontbreekt, terwijl er dossiers zijn; het is "
                + "weggehaald (of de dossiers zijn ouder dan het logboek)"), onvolledigeLaatste: false, isBewijs: false)
        }
        let (regels, onvolledig) = Self.splits(data ?? Data())
        var uitkomst = Logboekcontrole(aantal: regels.count, breuk: nil, onvolledigeLaatste: onvolledig != nil, isBewijs: sleutel != nil)
        func breek(_ nr: Int, _ reden: String) -> Logboekcontrole {
            uitkomst.breuk = .init(nr: nr, reden: reden)
            return uitkomst
        }
        var vorige = ""
        for (i, regel) in regels.enumerated() {
            let n = i + 1
            guard let item = decodeer(regel) else {
                return breek(n, "regel \(n) kan niet worden geopend; hij is veranderd of beschadigd")
            }
            if item.nr > n { return breek(n, "regel \(n) ontbreekt; er is een regel weggehaald") }
            if item.nr != n { return breek(n, "regel \(n) heeft nummer \(item.nr); er is een regel tussengevoegd of verplaatst") }
            if item.vorige != vorige {
                return n == 1 ? breek(1, "regel 1 hoort de eerste te zijn, maar verwijst naar een regel ervoor; het begin is weggehaald")
                    : breek(n - 1, "regel \(n - 1) is veranderd nadat hij was geschreven; regel \(n) sluit er niet meer op aan")
            }
            vorige = mac(regel)
        }
        let kop: Logbestand.Kop?
        do { kop = try leesKop() } catch { return breek(regels.count, error.reden) }
        guard let kop else {
            // Only the very first append can be cut off between the line and the head.
            return regels.count > 1 || sleutel != nil ? breek(regels.count, "het kopbestand ontbreekt") : uitkomst
        }
        if kop.aantal > regels.count {
            let van = regels.count + 1
            let wat = van == kop.aantal ? "regel \(van) ontbreekt" : "regels \(van) tot en met \(kop.aantal) ontbreken"
            return breek(van, "\(wat); het einde van het logboek is weggehaald")
        }
        if kop.aantal >= 1, mac(regels[kop.aantal - 1]) != kop.laatste {
            return breek(kop.aantal, "regel \(kop.aantal) is veranderd nadat hij was geschreven")
        }
        // A crash between the line and the head leaves at most one line the head does not know.
        if regels.count > kop.aantal + 1 {
            return breek(kop.aantal + 2, "regel \(kop.aantal + 2) is niet door Regie toegevoegd")
        }
        // The anchor in the key file: written after the line and the head, so after a crash it
        // may be behind the trail, never ahead. Ahead, or naming a line that is no longer
        // there as it was, means an older copy of the trail (and its head) was put back.
        if sleutel != nil, let versleuteld = laag as? VersleuteldeLaag {
            switch Kluis.leesAnker(map: map, laag: versleuteld) {
            case .geen: break
            case .onleesbaar:
                return breek(regels.count, "de kopie van de stand van het logboek in het sleutelbestand is veranderd")
            case .kop(let a):
                if a.aantal > regels.count {
                    return breek(regels.count + 1, "het sleutelbestand weet van \(a.aantal) regels, het logboek heeft er "
                        + "\(regels.count); er is een oudere kopie van het logboek teruggezet of het einde is weggehaald")
                }
                if a.aantal >= 1, mac(regels[a.aantal - 1]) != a.laatste {
                    return breek(a.aantal, "regel \(a.aantal) is niet de regel die het sleutelbestand kent; er is een "
                        + "oudere of andere kopie van het logboek teruggezet")
                }
            }
        }
        return uitkomst
    }
}
