/// What can go wrong in the store, each with one clear Dutch sentence.
public enum OpslagFout: Error, Sendable, Equatable, CustomStringConvertible {
    case nietGevonden(String)
    /// A file that is not a readable dossier; `apart` is where it was put aside.
    case beschadigd(bestand: String, reden: String, apart: String?)
    /// Reading a file failed for the reason given (used inside the store).
    case onleesbaar(String)
    /// The dossier changed on disk since it was read: saving would overwrite someone's work.
    case gewijzigdOpSchijf(String)
    case bezet(Int32?)
    case bestaatAl(String)
    case schijfVol
    case geenToegang(String)
    case ongeldigeId(String)
    case io(String)

    public var description: String { melding }

    public var melding: String {
        switch self {
        case .nietGevonden(let wat): return "Niet gevonden: \(wat)."
        case .beschadigd(let bestand, let reden, let apart):
            let waar = apart.map { " Het is apart gezet als \($0); er is niets verwijderd." } ?? ""
            return "Het bestand \(bestand) is geen leesbaar dossier: \(reden).\(waar)"
        case .onleesbaar(let reden): return "Het bestand is onleesbaar: \(reden)."
        case .gewijzigdOpSchijf(let id):
            return "Dossier \(id) is intussen door een ander programma gewijzigd. Er is niets overschreven; open het dossier opnieuw."
        case .bezet(let pid):
            return "Het dossier wordt op dit moment bewaard door een ander programma\(pid.map { " (proces \($0))" } ?? ""). Probeer het zo opnieuw."
        case .bestaatAl(let wat): return "Er bestaat al een dossier of bestand met deze naam: \(wat)."
        case .schijfVol: return "De schijf is vol: er is niets bewaard, het vorige dossier is nog heel. Maak ruimte en bewaar opnieuw."
        case .geenToegang(let pad): return "Geen toestemming om te schrijven in \(pad)."
        case .ongeldigeId(let id): return "\"\(id)\" is geen geldige dossier-id (alleen kleine letters, cijfers, - en _)."
        case .io(let tekst): return tekst
        }
    }
}
