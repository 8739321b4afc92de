import Foundation
import RegieDomain
import Screen
import Testing
@testable import RegieApp

/// A key typed in a form with long texts lays out only what is on the screen: the number
/// of visual lines wrapped per key is the same for a text ten times as long.
@Suite("Typen in een lange tekst: alleen wat zichtbaar is wordt opgemaakt")
struct TypenInLangeTekstTests {
    /// A form with two long texts, the first with focus at its end; the lines wrapped for
    /// one key and the frame after it, at 100×30.
    func regelsPerToets(lengte: Int) throws -> Int {
        let werk = try TestWerk()
        defer { werk.ruimOp() }
        var d = Dossier.testGezin(werk.omgeving.vandaag)
        d.plan.aanleiding = String(repeating: "Ruzie thuis over geld. ", count: lengte / 23)
        d.plan.samenvatting = String(repeating: "Het gezin wil rust. ", count: lengte / 20)
        var rit = SchermRit(Tweeteksten(), d, werk.omgeving)
        rit.druk(.ctrlEnd)
        _ = rit.buffer()
        let teller = WrapCounter()
        teller.counting {
            rit.stuur(.key(.character("x")))
            _ = rit.buffer()
        }
        let getypt = rit.dossier.plan.aanleiding.hasSuffix("geld. x")
        #expect(getypt, "de x staat niet aan het eind van de aanleiding")
        return teller.lines
    }

    @Test("een toets aan het eind van een tekst van 10.000 of 100.000 tekens: evenveel regels opgemaakt")
    func gelijk() throws {
        let kort = try regelsPerToets(lengte: 10_000)
        let lang = try regelsPerToets(lengte: 100_000)
        #expect(kort == lang, "\(kort) regels bij 10.000 tekens, \(lang) bij 100.000")
        // What is on screen: the field being typed in (a few lines re-wrapped) and three
        // lines of the other field, not their hundreds of lines.
        #expect(lang < 40, "\(lang) regels opgemaakt voor één toets")
    }

    struct Tweeteksten: FormulierScherm {
        var formulier = Formulier([
            .init("Teksten") { _ in
                Rubriek("Teksten", [
                    .veld(.tekst("aanleiding", "Aanleiding", \.plan.aanleiding)),
                    .veld(.tekst("samenvatting", "Samenvatting", \.plan.samenvatting)),
                ])
            },
        ])
    }
}
