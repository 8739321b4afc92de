import RegieDomain
import Screen

/// Placeholder until this screen is built (same issue): shows only its title.
public struct PlancheckScherm: DossierScherm {
    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {}
    public static let toetsen: [Binding] = []
    public var scopes: [String] { [] }
    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled { .ignored }
    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        _ = Panel(title: "Plancheck").render(into: &buffer, area: area, focused: true)
        return nil
    }
}
