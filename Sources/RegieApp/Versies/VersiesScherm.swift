import RegieDomain
import Screen

/// Placeholder until the versions screen lands.
struct VersiesScherm: DossierScherm {
    static let toetsen: [Binding] = []
    init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}
    var scopes: [String] { ["versies"] }
    mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled { .ignored }
    func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? { nil }
}
