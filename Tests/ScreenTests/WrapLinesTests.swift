import Testing
@testable import Screen

/// Wrapping only the lines that are shown gives the same lines as wrapping all of it.
@Suite("Opmaken: alleen de eerste regels")
struct WrapLinesTests {
    @Test("wrapped(maxLines:) is het begin van wrapped(), ook met lange spaties, brede en lege tekens (vaste seed)")
    func zelfdeRegels() {
        var rng = SplitMix(seed: 14)
        let stukken = ["woord", " ", "   ", "          ", "Noëlle", "日本", "e\u{301}", "\n", "heel-lang-woord-zonder-spatie", "a"]
        for _ in 0..<400 {
            let tekst = (0..<rng.next(60)).map { _ in stukken[rng.next(stukken.count)] }.joined()
            let breedte = 1 + rng.next(30)
            let regels = 1 + rng.next(6)
            #expect(tekst.wrapped(toColumns: breedte, maxLines: regels) == Array(tekst.wrapped(toColumns: breedte).prefix(regels)),
                    "\(tekst.debugDescription) op \(breedte) kolommen, \(regels) regels")
        }
    }

    @Test("een lange tekst in drie regels: een paar regels opgemaakt, niet de hele tekst")
    func weinigWerk() {
        let tekst = String(repeating: "Het gezin wil rust. ", count: 5_000)
        let teller = WrapCounter()
        let regels = teller.counting { tekst.wrapped(toColumns: 60, maxLines: 3) }
        #expect(regels.count == 3)
        #expect(teller.lines <= 5)
    }

    @Test("typen in een lang tekstvak: evenveel regels opgemaakt per toets bij 10× zoveel tekst")
    func tekstvak() {
        func perToets(_ n: Int) -> Int {
            var veld = TextArea(text: String(repeating: "Ruzie thuis over geld. ", count: n))
            veld.moveCursor(to: .init(paragraph: 0, offset: n * 23))
            var buffer = Buffer(size: Size(width: 60, height: 10))
            _ = veld.render(into: &buffer, area: buffer.area, focused: true)
            let teller = WrapCounter()
            teller.counting {
                _ = veld.handle(.key(.character("x")))
                _ = veld.render(into: &buffer, area: buffer.area, focused: true)
            }
            return teller.lines
        }
        #expect(perToets(500) == perToets(5_000))
    }
}
