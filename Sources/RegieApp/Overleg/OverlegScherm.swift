import RegieDomain
import Screen

/// Placeholder until the overleg mode lands.
struct OverlegScherm: DossierScherm {
    static let toetsen: [Binding] = []
    init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}
    var scopes: [String] { ["overleg"] }
    mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled { .ignored }
    func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? { nil }
}
