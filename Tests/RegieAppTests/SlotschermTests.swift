import Foundation
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// The lock screen's first start, asserted whole: which field has the keys, what Tab and
/// Enter do, the strength line, the recovery code and a missing key file.
@Suite("Slotscherm: eerste start, focus, sterkte, herstelcode")
struct SlotschermTests {
    static let sterk = "paarse olifant danst langzaam"

    /// The screen at 80×24 after the keys, as lines without trailing spaces.
    static func scherm(_ slot: Slotscherm, breedte: Int = 80, hoogte: Int = 24) -> (regels: [String], cursor: Point?) {
        var b = Buffer(size: Size(width: breedte, height: hoogte))
        let cursor = slot.render(into: &b, screen: b.area)
        return (b.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init), cursor)
    }

    static func rijd(_ slot: inout Slotscherm, _ events: [Event]) -> [Slotscherm.Uitkomst] {
        events.map { slot.handle($0, sterkte: { Kluis.sterkte($0) }) }
    }

    static func typ(_ t: String) -> [Event] { t.map { .key(.character($0)) } }

    @Test("eerste start: het veld dat de toetsen krijgt is gemarkeerd en heeft de cursor; een sterk wachtwoord leest niet als waarschuwing")
    func focusEnSterkte() {
        var s = Slotscherm(.nieuw)
        #expect(Self.scherm(s).regels == Self.begin)
        _ = Self.rijd(&s, Self.typ(Self.sterk))
        let getypt = Self.scherm(s)
        #expect(getypt.regels == Self.sterkGetypt)
        #expect(getypt.cursor == Point(x: 8 + Self.sterk.count, y: 12), "de cursor staat achter de punten in het eerste veld")
        #expect(!getypt.regels.joined().contains("!"), "geen uitroepteken bij een sterk wachtwoord")
        #expect(getypt.regels.contains("      │ Sterkte: sterk.                                                  │"), "het woord sterk staat er één keer")
        _ = Self.rijd(&s, [.key(.enter)])
        let herhaling = Self.scherm(s)
        #expect(herhaling.regels == Self.naEnter)
        #expect(herhaling.cursor == Point(x: 8, y: 14), "de cursor staat in het veld 'Nog een keer'")

        var zwak = Slotscherm(.nieuw)
        _ = Self.rijd(&zwak, Self.typ("welkom2026!!"))
        #expect(Self.scherm(zwak).regels == Self.zwak)
    }

    @Test("Tab gaat alleen vooruit, met een wachtwoord dat goed genoeg is; S-Tab terug; wat getypt wordt komt in het veld met de markering")
    func tabEnEnter() {
        // Tab on a short passphrase: it stays, with the reason.
        var kort = Slotscherm(.nieuw)
        _ = Self.rijd(&kort, Self.typ("kort") + [.key(.tab)])
        #expect(Self.scherm(kort).regels == Self.kortTab)

        // Enter, then Tab (to be sure of being in the second field): Tab does not go back.
        var s = Slotscherm(.nieuw)
        var uitkomsten = Self.rijd(&s, Self.typ(Self.sterk) + [.key(.enter), .key(.tab)] + Self.typ(Self.sterk))
        #expect(Self.scherm(s).regels[14].hasPrefix("      │ ••••"), "de herhaling staat in het tweede veld")
        uitkomsten += Self.rijd(&s, [.key(.enter)])
        #expect(uitkomsten.last == .nieuwWachtwoord(Self.sterk))

        // Tab from the first field is the same as Enter; S-Tab and Up go back, keeping both.
        var t = Slotscherm(.nieuw)
        _ = Self.rijd(&t, Self.typ(Self.sterk) + [.key(.tab)] + Self.typ("paarse"))
        _ = Self.rijd(&t, [.key(.backTab)])
        #expect(Self.scherm(t).regels[11].contains("▸ Wachtwoord:"))
        _ = Self.rijd(&t, Self.typ(" x") + [.key(.backspace), .key(.backspace), .key(.down)] + Self.typ(" olifant danst langzaam"))
        #expect(Self.rijd(&t, [.key(.enter)]) == [.nieuwWachtwoord(Self.sterk)])
    }

    @Test("de herstelcode staat op een eigen scherm tot Enter; andere toetsen doen niets")
    func herstelcode() {
        var s = Slotscherm(.herstelcode("7K3M-QX9A-PB2D-RT4H-WY6N-JC8E-ZF5V"))
        #expect(Self.scherm(s).regels == Self.code)
        #expect(Self.rijd(&s, Self.typ("jq ") + [.key(.escape), .key(.ctrl("q")), .key(.tab)]).allSatisfy { $0 == .bezig })
        #expect(Self.scherm(s).regels == Self.code)
        #expect(Self.rijd(&s, [.key(.enter)]) == [.herstelcodeGezien])
    }

    @Test("sleutelbestand kwijt: de melding met wat te doen, geen velden, alleen stoppen")
    func kwijt() {
        var s = Slotscherm(.sleutelProbleem(KluisFout.sleutelKwijt(pad: "/home/sanne/.local/share/regie/sleutel.json").melding))
        let scherm = Self.scherm(s)
        #expect(scherm.regels == Self.kwijt)
        #expect(scherm.cursor == nil)
        #expect(Self.rijd(&s, Self.typ(Self.sterk) + [.key(.enter), .key(.function(2))]).allSatisfy { $0 == .bezig })
        #expect(Self.scherm(s).regels == Self.kwijt)
        #expect(Self.rijd(&s, [.key(.ctrl("q"))]) == [.stoppen])
    }

    static let begin: [String] = [
        "",
        "",
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Welkom bij Regie.                                                │",
        "      │                                                                  │",
        "      │ Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies   │",
        "      │ er een van minstens 10 tekens, bijvoorbeeld een zin van een paar │",
        "      │ woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar   │",
        "      │ het goed.                                                        │",
        "      │                                                                  │",
        "      │ ▸ Wachtwoord:                                                    │",
        "      │                                                                  │",
        "      │   Nog een keer, ter controle:                                    │",
        "      │                                                                  │",
        "      │                                                                  │",
        "      │ Enter: verder · Tab: naar het volgende veld · F2: zonder         │",
        "      │ versleuteling · C-q: stoppen                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
        "",
    ]

    static let sterkGetypt: [String] = [
        "",
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Welkom bij Regie.                                                │",
        "      │                                                                  │",
        "      │ Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies   │",
        "      │ er een van minstens 10 tekens, bijvoorbeeld een zin van een paar │",
        "      │ woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar   │",
        "      │ het goed.                                                        │",
        "      │                                                                  │",
        "      │ ▸ Wachtwoord:                                                    │",
        "      │ •••••••••••••••••••••••••••••                                    │",
        "      │   Nog een keer, ter controle:                                    │",
        "      │                                                                  │",
        "      │                                                                  │",
        "      │ Sterkte: sterk.                                                  │",
        "      │                                                                  │",
        "      │ Enter: verder · Tab: naar het volgende veld · F2: zonder         │",
        "      │ versleuteling · C-q: stoppen                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
    ]

    static let naEnter: [String] = [
        "",
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Welkom bij Regie.                                                │",
        "      │                                                                  │",
        "      │ Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies   │",
        "      │ er een van minstens 10 tekens, bijvoorbeeld een zin van een paar │",
        "      │ woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar   │",
        "      │ het goed.                                                        │",
        "      │                                                                  │",
        "      │   Wachtwoord: ✓                                                  │",
        "      │ •••••••••••••••••••••••••••••                                    │",
        "      │ ▸ Nog een keer, ter controle:                                    │",
        "      │                                                                  │",
        "      │                                                                  │",
        "      │ Sterkte: sterk.                                                  │",
        "      │                                                                  │",
        "      │ Enter: verder · S-Tab: terug naar het wachtwoord · F2: zonder    │",
        "      │ versleuteling · C-q: stoppen                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
    ]

    static let zwak: [String] = [
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Welkom bij Regie.                                                │",
        "      │                                                                  │",
        "      │ Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies   │",
        "      │ er een van minstens 10 tekens, bijvoorbeeld een zin van een paar │",
        "      │ woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar   │",
        "      │ het goed.                                                        │",
        "      │                                                                  │",
        "      │ ▸ Wachtwoord:                                                    │",
        "      │ ••••••••••••                                                     │",
        "      │   Nog een keer, ter controle:                                    │",
        "      │                                                                  │",
        "      │                                                                  │",
        "      │ ! Sterkte: zwak: het bevat een bekend woord (welkom). Maak het   │",
        "      │ langer: een paar woorden extra helpt het meest.                  │",
        "      │                                                                  │",
        "      │ Enter: verder · Tab: naar het volgende veld · F2: zonder         │",
        "      │ versleuteling · C-q: stoppen                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
    ]

    static let kortTab: [String] = [
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Welkom bij Regie.                                                │",
        "      │                                                                  │",
        "      │ Alles wat u bewaart wordt versleuteld met een wachtwoord. Kies   │",
        "      │ er een van minstens 10 tekens, bijvoorbeeld een zin van een paar │",
        "      │ woorden. Zonder dit wachtwoord is niets terug te lezen: bewaar   │",
        "      │ het goed.                                                        │",
        "      │                                                                  │",
        "      │ ▸ Wachtwoord:                                                    │",
        "      │ ••••                                                             │",
        "      │   Nog een keer, ter controle:                                    │",
        "      │                                                                  │",
        "      │                                                                  │",
        "      │ ! Te kort: gebruik minstens 10 tekens. Een zin van een paar      │",
        "      │ gewone woorden is lang en goed te onthouden.                     │",
        "      │                                                                  │",
        "      │ Enter: verder · Tab: naar het volgende veld · F2: zonder         │",
        "      │ versleuteling · C-q: stoppen                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
    ]

    static let code: [String] = [
        "",
        "",
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ Uw herstelcode                                                   │",
        "      │                                                                  │",
        "      │ Schrijf deze code op papier of druk hem af, en bewaar dat op een │",
        "      │ veilige plek, apart van deze computer. Vergeet u het wachtwoord, │",
        "      │ dan kiest u met deze code een nieuw (regie versleuteling         │",
        "      │ herstel).                                                        │",
        "      │                                                                  │",
        "      │     7K3M-QX9A-PB2D-RT4H-WY6N-JC8E-ZF5V                           │",
        "      │                                                                  │",
        "      │ Regie toont deze code maar één keer. Wie de code en de gegevens  │",
        "      │ heeft, kan alles lezen: bewaar hem even zorgvuldig als het       │",
        "      │ wachtwoord.                                                      │",
        "      │                                                                  │",
        "      │ Enter: ik heb de herstelcode opgeschreven                        │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
        "",
    ]

    static let kwijt: [String] = [
        "",
        "",
        "",
        "",
        "",
        "      ┌─ Regie ──────────────────────────────────────────────────────────┐",
        "      │ De gegevens kunnen niet worden geopend.                          │",
        "      │                                                                  │",
        "      │ Het sleutelbestand /home/sanne/.local/share/regie/sleutel.json   │",
        "      │ ontbreekt, maar de gegevens in deze map zijn versleuteld. Er is  │",
        "      │ niets geopend, apart gezet of veranderd, en er is geen nieuwe    │",
        "      │ sleutel gemaakt. Zet de reservekopie van de sleutel (gemaakt met │",
        "      │ 'regie versleuteling bewaar-sleutel') op die plek terug en open  │",
        "      │ met uw wachtwoord; kent u het wachtwoord niet meer, kies dan     │",
        "      │ daarna met de herstelcode een nieuw met 'regie versleuteling     │",
        "      │ herstel'.                                                        │",
        "      │                                                                  │",
        "      │ C-q: stoppen                                                     │",
        "      └──────────────────────────────────────────────────────────────────┘",
        "",
        "",
        "",
        "",
        "",
    ]
}
