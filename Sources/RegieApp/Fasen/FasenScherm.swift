import RegieDomain
import Screen

/// Fasen: the work process of the method as a checklist. The phases on the left with how
/// far each is ticked and which one is current; the selected phase on the right with its
/// goal, the actions for the procesregisseur and the casusregisseur apart, and its notes.
/// Ticking records today and the user's name; from any phase the extra safety steps (the
/// meldcode with the afwegingskader) open on a key.
public struct FasenScherm: DossierScherm {
    enum Focus: Equatable {
        case fasen
        case acties
    }

    /// The selected phase, as an index into the method's phases.
    var fase = 0
    var focus = Focus.acties
    /// The selected action, as an index into the phase's actions (procesregie first).
    var actie = 0
    /// "Remove this tick?", with the action's id.
    var bevestiging: (dialoog: ConfirmDialog, actie: String)?
    /// The note being written, with the action's id.
    var notitie: (vak: Notitievak, actie: String)?
    /// The extra safety steps, while they are open.
    var meldcode: MeldcodeScherm?
    /// Closing or reopening the household (or why it cannot be closed), while open.
    var afsluiten: Afsluitscherm?
    /// A form over the phases: the reason for a phase change, or the answer at a safety
    /// branch point, with the phase it is about.
    var formulier: (dialoog: FormDialog, doel: Formulierdoel)?

    enum Formulierdoel: Equatable {
        /// Why phase `fase` becomes the current phase.
        case reden(fase: String)
        /// "Signalen van onveiligheid?" in phase `fase`.
        case signalen(fase: String)
        /// 6a.p1: who takes over the procesregie from which day; ticks `actie` when recorded.
        case overdracht(actie: String)
    }

    /// The method's phases and meldcode; they do not change while the program runs.
    let methode: Methode

    public init(_ dossier: Dossier, _ omgeving: Werkomgeving) {
        methode = omgeving.methode
        toonHuidige(dossier, methode)
        toonAfsluiting(dossier)
    }

    public static let toetsen: [Binding] = FasenActie.bindings + MeldcodeScherm.toetsen
        + Afsluitscherm.toetsen

    public var scopes: [String] { meldcode == nil ? ["fasen"] : ["meldcode"] }

    public var heeftEigenFocus: Bool { meldcode != nil || bevestiging != nil || notitie != nil || formulier != nil || afsluiten != nil }

    /// The reason being typed is kept as a draft in the dossier like every other reason, and
    /// put back when the same question is asked again after the program stopped.
    public var openVraag: Tekstvraag? {
        get {
            guard let (dialoog, doel) = formulier, case .reden = doel, let veld = Self.redenveld(dialoog) else { return nil }
            var vraag = Tekstvraag(titel: dialoog.title, uitleg: dialoog.intro)
            vraag.veld = veld
            return vraag
        }
        set {
            guard let newValue, newValue.teruggezet, let (begin, doel) = formulier, case .reden = doel,
                  let i = begin.fields.firstIndex(where: { $0.key == "reden" }) else { return }
            var dialoog = begin
            var veld = newValue.veld
            veld.moveCursor(to: veld.text.count)
            dialoog.fields[i].kind = .text(veld)
            dialoog.intro += " " + Self.teruggezet
            formulier = (dialoog, doel)
        }
    }

    static let teruggezet = "(Teruggezet van de vorige keer.)"

    static func redenveld(_ dialoog: FormDialog) -> TextField? {
        guard case .text(let veld)? = dialoog.fields.first(where: { $0.key == "reden" })?.kind else { return nil }
        return veld
    }

    public func render(_ dossier: Dossier, omgeving: Werkomgeving, into buffer: inout Buffer, area: Rect) -> Point? {
        if let meldcode { return meldcode.render(dossier, omgeving: omgeving, into: &buffer, area: area) }
        return teken(dossier, omgeving, into: &buffer, area: area)
    }

    /// A question is dropped; a note or a form being written stays (its words are the
    /// user's), and is checked against the dossier again when it is kept.
    public mutating func herlaad(_ dossier: Dossier) {
        bevestiging = nil
        meldcode?.herlaad(dossier)
    }

    /// A finding about the meldcode opens the extra steps; any other shows the current phase.
    public mutating func ga(naar plaats: Plaats, in dossier: Dossier) {
        bevestiging = nil
        notitie = nil
        formulier = nil
        meldcode = plaats == .meldcode ? MeldcodeScherm(dossier, methode) : nil
        focus = .acties
        afsluiten = nil
        toonAfsluiting(dossier)
        toonHuidige(dossier, methode)
    }

    /// Selects the current phase and its first action that is not ticked.
    mutating func toonHuidige(_ dossier: Dossier, _ methode: Methode) {
        fase = methode.fasen.firstIndex { $0.id == dossier.proces.fase } ?? 0
        let acties = methode.fasen.indices.contains(fase) ? methode.fasen[fase].alleActies : []
        actie = acties.firstIndex { $0.regel == nil && !dossier.proces.isAfgevinkt($0.id, methode) } ?? 0
    }

    public mutating func editorKlaar(_ tekst: String?, _ context: inout SchermContext) {
        if meldcode != nil { meldcode?.editorKlaar(tekst, &context); return }
        guard let tekst, notitie != nil else { return }
        notitie?.vak.zetTekst(tekst)
    }
}

/// The Fasen tab's actions.
public enum FasenActie: String, KeyAction {
    case afvinken = "fasen.afvinken"
    case notitie = "fasen.notitie"
    case huidig = "fasen.huidig"
    case meldcode = "fasen.meldcode"
    case signalen = "fasen.signalen"
    case ganaar = "fasen.ganaar"
    case volgende = "fasen.volgende"
    case vorige = "fasen.vorige"
    case naarLijst = "fasen.naarLijst"
    case naarActies = "fasen.naarActies"
    case wissel = "fasen.wissel"

    public var defaultBinding: Binding {
        switch self {
        case .afvinken: bind([.character(" ")], "Afvinken of weghalen", group: "Fasen", helpBar: true)
        case .notitie: bind([.character("n")], "Notitie", group: "Fasen", helpBar: true)
        case .huidig: bind([.character("h")], "Deze fase wordt de huidige fase", group: "Fasen")
        case .meldcode: bind([.character("m")], "Extra stappen (meldcode)", group: "Fasen", helpBar: true)
        case .signalen: bind([.character("v")], "Signalen van onveiligheid: ja, nee of onbekend", group: "Fasen")
        case .ganaar: bind([.character("g")], "Naar de plek in het dossier waar de actie gedaan wordt", group: "Fasen")
        case .volgende: bind([.pageDown], "Volgende fase", group: "Fasen")
        case .vorige: bind([.pageUp], "Vorige fase", group: "Fasen")
        case .naarLijst: bind([.left], "Naar de lijst met fasen", group: "Fasen")
        case .naarActies: bind([.right, .enter], "Naar de acties van de fase", group: "Fasen")
        case .wissel: bind([.tab, .backTab], "Wisselen tussen fasen en acties", group: "Fasen")
        }
    }
}
