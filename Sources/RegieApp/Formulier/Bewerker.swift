import RegieDomain
import Screen

/// The live widget of the field with focus, made from the field's value when it gets focus.
struct Bewerker: Equatable {
    enum Widget: Equatable {
        case regel(TextField)
        case tekst(TextArea)
        case datum(DateField)
        case keuze(Choice)
    }

    /// Which field of which record this edits.
    var sleutel: String
    var widget: Widget

    /// nil for fields without a text widget (persoon, vinkje).
    init?(_ veld: Veld, waarde: String, sleutel: String, vandaag: Datum) {
        self.sleutel = sleutel
        switch veld.soort {
        case .regel: widget = .regel(TextField(text: waarde))
        case .tekst: widget = .tekst(TextArea(text: waarde))
        case .datum:
            var f = DateField(today: vandaag)
            f.text = waarde
            widget = .datum(f)
        case .keuze(let opties):
            widget = .keuze(Choice(options: opties, selected: opties.firstIndex(of: waarde) ?? 0))
        case .persoon, .vinkje:
            return nil
        }
    }

    /// The text to write, or why it cannot be written yet.
    var waarde: Result<String, Probleem> {
        switch widget {
        case .regel(let f): return .success(f.text)
        case .tekst(let a): return .success(a.text)
        case .keuze(let c): return .success(c.selected ?? "")
        case .datum(let f):
            if f.text.allSatisfy(\.isWhitespace) { return .success("") }
            if let v = f.value { return .success(v.tekst) }
            return .failure(Probleem(tekst: f.message))
        }
    }

    /// Why the focused field may not be left: typed text that is no date (or a date in a
    /// year that cannot be) would be lost. nil when the text can be kept or emptied.
    var weigering: String? {
        if case .datum(let f) = widget { f.refusal } else { nil }
    }

    struct Probleem: Error {
        /// nil while the date is still being typed.
        var tekst: String?
    }

    var tekst: String {
        switch widget {
        case .regel(let f): f.text
        case .tekst(let a): a.text
        case .keuze(let c): c.selected ?? ""
        case .datum(let f): f.text
        }
    }

    mutating func handle(_ event: Event) -> Handled {
        switch widget {
        case .regel(var f): defer { widget = .regel(f) }; return f.handle(event)
        case .tekst(var a):
            // Out of the enum first, so the text is not shared (and copied whole) when it changes.
            widget = .regel(TextField())
            defer { widget = .tekst(a) }
            return a.handle(event)
        case .datum(var f): defer { widget = .datum(f) }; return f.handle(event)
        case .keuze(var c): defer { widget = .keuze(c) }; return c.handle(event)
        }
    }

    func render(into buffer: inout Buffer, area: Rect) -> Point? {
        switch widget {
        case .regel(let f): f.render(into: &buffer, area: area, focused: true)
        case .tekst(let a): a.render(into: &buffer, area: area, focused: true)
        case .datum(let f): f.render(into: &buffer, area: area, focused: true)
        case .keuze(let c): c.render(into: &buffer, area: area, focused: true)
        }
    }

    var isTekst: Bool { if case .tekst = widget { true } else { false } }

    /// The number of characters in the widget, cheap for long text.
    var lengte: Int {
        switch widget {
        case .tekst(let a): a.count
        default: tekst.count
        }
    }
}
