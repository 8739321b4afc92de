import RegieDomain
import Screen

/// The text typed in a step of the overleg: a quote, a score, a goal, an action, a note.
/// It keeps line breaks as the form does (a pasted quote of several paragraphs stays
/// whole), holds at most as many characters as a quote in the form, and grows to a few
/// rows when the text is longer than one.
struct Overleginvoer: Equatable {
    /// The most characters: the same as a quote in the form.
    static let maximum = Tekstsoort.citaat.maximum

    private(set) var veld: TextArea

    init(_ tekst: String = "") {
        veld = TextArea(text: tekst)
        veld.moveCursor(to: TextArea.Position(paragraph: Int.max, offset: Int.max))
    }

    var text: String {
        get { veld.text }
        set { self = Overleginvoer(newValue) }
    }

    var isEmpty: Bool { veld.isEmpty }

    /// Why `event` cannot go in (too long); nil when it can. Nothing is cut.
    func limietprobleem(_ event: Event) -> String? {
        switch event {
        case .paste(let s): return Tekstlimiet.plakprobleem(geplakt: s.count, aanwezig: veld.count, maximum: Self.maximum)
        case .key(.character): return veld.count >= Self.maximum ? Tekstlimiet.vol(maximum: Self.maximum) : nil
        default: return nil
        }
    }

    mutating func handle(_ event: Event) -> Handled { veld.handle(event) }

    /// The rows it needs at `width` columns: one, or up to `max` for a longer text.
    func rijen(breedte: Int, max: Int) -> Int {
        guard veld.paragraphCount > 1 || veld.count >= breedte else { return 1 }
        return Swift.max(1, Swift.min(max, veld.paragraphCount + veld.count / Swift.max(1, breedte)))
    }

    /// The label on the first row, the text beside it.
    func render(label: String, into buffer: inout Buffer, area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let kop = "\(label): "
        let gewenst = kop.displayWidth
        let labelBreedte = gewenst <= area.width / 2 || gewenst + 8 <= area.width ? gewenst : area.width / 2
        buffer.write(kop.truncated(toColumns: labelBreedte), x: area.x, y: area.y, role: .label, clip: area)
        let tekst = Rect(x: area.x + labelBreedte, y: area.y, width: area.width - labelBreedte, height: area.height)
        return veld.render(into: &buffer, area: tekst, focused: true)
    }
}
