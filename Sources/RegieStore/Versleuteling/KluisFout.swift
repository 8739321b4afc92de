/// What can go wrong with encryption at rest, each with one clear Dutch sentence.
/// No message names a household, a person or a file's contents.
public enum KluisFout: Error, Sendable, Equatable, CustomStringConvertible {
    /// The passphrase does not unlock the data key.
    case verkeerdWachtwoord
    /// A passphrase shorter than `Wachtwoordsterkte.minimaleLengte`.
    case teKort
    /// The file has no sealed header: it was written without encryption.
    case nietVersleuteld
    /// The sealed bytes do not check out: altered, cut off or sealed with another key.
    case beschadigd
    /// A sealed format this version does not know.
    case onbekendeVersie(Int)
    /// The store already has a key file.
    case alVersleuteld
    /// The store has no key file (it is new, or runs unencrypted).
    case geenSleutel
    /// The key file is not a key file of this version (made by a newer Regie).
    case sleutelbestand(String)
    /// The key file is there but damaged: cut off, not JSON, fields missing or changed.
    case sleutelBeschadigd(pad: String, reden: String)
    /// The key file is gone while the store holds sealed files: nothing may be opened,
    /// set aside or given a new key.
    case sleutelKwijt(pad: String)
    /// The key file opens, but its data key opens none of the store's sealed files.
    case sleutelPastNiet(pad: String)
    /// The key file has no wrapping under a recovery code (made before recovery codes).
    case geenHerstelcode
    /// The recovery code does not unlock the data key.
    case verkeerdeHerstelcode
    /// Reading or writing failed.
    case io(String)

    public var description: String { melding }

    public var melding: String {
        switch self {
        case .verkeerdWachtwoord: return "Het wachtwoord is niet juist. Er is niets geopend of veranderd."
        case .teKort: return "Het wachtwoord is te kort: gebruik minstens \(Wachtwoordsterkte.minimaleLengte) tekens."
        case .nietVersleuteld: return "Het bestand is niet versleuteld."
        case .beschadigd: return "Het bestand is beschadigd of gewijzigd: de controle van de versleuteling klopt niet."
        case .onbekendeVersie(let v):
            return "Het bestand is versleuteld in een vorm (versie \(v)) die deze versie van Regie niet kent."
        case .alVersleuteld: return "Deze gegevens zijn al versleuteld. Een ander wachtwoord kiest u met 'regie versleuteling wijzig'."
        case .geenSleutel: return "Deze gegevens zijn niet versleuteld: er is geen sleutelbestand."
        case .sleutelbestand(let reden): return "Het sleutelbestand (sleutel.json) is onbruikbaar: \(reden)."
        case .sleutelBeschadigd(let pad, let reden):
            return "Het sleutelbestand \(pad) is beschadigd: \(reden). Er is niets geopend of veranderd; aan het wachtwoord "
                + "ligt het niet. Zet de reservekopie van de sleutel (gemaakt met 'regie versleuteling bewaar-sleutel') op die plek terug."
        case .sleutelKwijt(let pad):
            return "Het sleutelbestand \(pad) ontbreekt, maar de gegevens in deze map zijn versleuteld. Er is niets geopend, "
                + "apart gezet of veranderd, en er is geen nieuwe sleutel gemaakt. Zet de reservekopie van de sleutel (gemaakt met "
                + "'regie versleuteling bewaar-sleutel') op die plek terug en open met uw wachtwoord; kent u het wachtwoord niet "
                + "meer, kies dan daarna met de herstelcode een nieuw met 'regie versleuteling herstel'."
        case .sleutelPastNiet(let pad):
            return "De sleutel in \(pad) past niet bij deze gegevens: geen van de versleutelde bestanden gaat ermee open. "
                + "Misschien is de reservekopie van een andere map (of van een eerdere sleutel) teruggezet. Er is niets geopend, "
                + "apart gezet of veranderd. Zet de reservekopie van de sleutel van deze map terug."
        case .geenHerstelcode:
            return "Deze sleutel heeft nog geen herstelcode. Maak er een met 'regie versleuteling herstelcode' (daarvoor is het wachtwoord nodig)."
        case .verkeerdeHerstelcode: return "De herstelcode is niet juist. Er is niets veranderd."
        case .io(let tekst): return tekst
        }
    }

    /// The reason in a store message ("Het bestand x is geen leesbaar dossier: <reden>").
    var reden: String {
        switch self {
        case .nietVersleuteld: return "het is niet versleuteld, terwijl deze gegevens versleuteld zijn"
        case .beschadigd: return "het is beschadigd of gewijzigd (de controle van de versleuteling klopt niet)"
        case .onbekendeVersie(let v): return "het is versleuteld in een onbekende vorm (versie \(v))"
        default: return "het kan niet worden geopend"
        }
    }
}
