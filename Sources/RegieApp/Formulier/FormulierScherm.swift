import RegieDomain
import Screen

/// A screen that is a form: keys, drawing, the editor's text and undo go to its
/// `formulier`. A screen only says what its sections are and where a plan-check finding
/// lands (`ga(naar:)`).
public protocol FormulierScherm: DossierScherm {
    var formulier: Formulier { get set }
}

extension FormulierScherm {
    public var scopes: [String] { ["formulier"] }
    public var heeftEigenFocus: Bool { formulier.heeftEigenFocus }
    public func bewerkplek(_ dossier: Dossier) -> Bewerkplek { formulier.bewerkplek(dossier) }
    public func kopieertekst(_ dossier: Dossier) -> (titel: String, tekst: String)? { formulier.kopieertekst(dossier) }

    public mutating func handle(_ event: Event, _ context: inout SchermContext) -> Handled { formulier.handle(event, &context) }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        formulier.render(dossier, omgeving: omgeving, into: &buffer, area: area)
    }

    public mutating func editorKlaar(_ tekst: String?, _ context: inout SchermContext) { formulier.editorKlaar(tekst, &context) }
    public mutating func herlaad(_ dossier: Dossier) { formulier.herlaad(dossier) }
    public mutating func spoel(_ context: inout SchermContext) { formulier.spoel(&context) }
    public var heeftOpenstaand: Bool { formulier.heeftOpenstaand }
    public func zetNietNu(_ keymap: inout Keymap, _ dossier: Dossier) { formulier.zetNietNu(&keymap, dossier) }
}
