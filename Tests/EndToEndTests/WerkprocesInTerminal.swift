import Foundation
import RegieDomain
import RegieStore
import Testing
import TestSupport

/// One household through the work process as the method runs it, in the real program: the
/// intake, a startoverleg, voortgangsoverleggen in rounds, signs of unsafety that start the
/// meldcode and raise the level, a closure that is refused while it is unsafe, and one that
/// is accepted with nazorg. Each meeting is a new start of the program on its own day.
@Suite("Het werkproces in rondes, in een echte terminal", .serialized)
struct WerkprocesInTerminal {
    final class Regie {
        let map: URL
        var sessie: TmuxSessie?

        init() throws {
            map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-werkproces-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
            let data = map.appendingPathComponent("data")
            // Not about encryption: the data folder runs unencrypted by explicit choice.
            try kiesOnversleuteld(data)
            try Opslag(map: data).voegToe(Self.aanmelding())
        }

        /// The household as it was registered: its people, consent, level 2, phase 1.
        static func aanmelding() -> Dossier {
            Dossier(
                id: "bakker", naam: "Familie Bakker", aangemaakt: Datum(jaar: 2027, maand: 1, dag: 4)!,
                gezinsleden: [Gezinslid(id: "sanne", naam: "Sanne Bakker", rolInGezin: "moeder"),
                              Gezinslid(id: "noah", naam: "Noah Bakker", rolInGezin: "zoon")],
                netwerk: [Netwerklid(id: "oma", naam: "Oma Bakker", relatie: "oma")],
                professionals: [Professional(id: "ilse", naam: "Ilse Peeters", organisatie: "Wijkteam", functie: "hulpverlener")],
                regisseurs: [Regisseur(id: "marloes", naam: "Marloes Visser", rol: .proces)],
                toestemmingDelen: .ja,
                plan: Ondersteuningsplan(aanleiding: "Sanne vraagt hulp bij geld en opvoeding."),
                proces: Processtatus(fase: "1", niveau: 2)
            )
        }

        /// Starts the program on `dag` (yyyy-mm-dd) and opens the household.
        func begin(_ dag: String) throws {
            sessie?.sluit()
            guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
            let s = try TmuxSessie([regie.path], breedte: 100, hoogte: 60, omgeving: [
                "REGIE_DATA": map.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
                "REGIE_VANDAAG": dag, "HOME": map.path,
            ])
            sessie = s
            _ = try s.wachtOp("Familie Bakker")
        }

        var s: TmuxSessie { sessie! }

        @discardableResult
        func toetsen(_ namen: String..., dan tekst: String) throws -> String {
            for n in namen { try s.toetsen(n) }
            return try s.wachtOp(tekst)
        }

        func stop() throws {
            try s.toetsen("C-q")
            _ = try s.wachtOpEinde()
            sessie?.sluit()
            sessie = nil
        }

        /// Waits until one line of the screen holds all of `delen`.
        @discardableResult
        func wachtOpRegel(_ delen: String...) throws -> String {
            try s.wachtTot(delen.joined(separator: " … ")) { scherm in
                scherm.split(separator: "\n").contains { regel in delen.allSatisfy { regel.contains($0) } }
            }
        }

        /// Ticks `aantal` actions from the selected one down.
        func vinkAf(_ aantal: Int) throws {
            for _ in 0..<aantal { try s.toetsen("Space", "Down") }
        }

        /// The answer at a safety branch point in the Fasen tab.
        func signalen(_ letter: String, _ toelichting: String = "") throws {
            try toetsen("v", dan: "Signalen van onveiligheid")
            try s.typ(letter)
            try s.toetsen("Enter")
            if !toelichting.isEmpty { try s.typ(toelichting) }
            try s.toetsen("Enter")
        }

        /// Sanne and Ilse sign the veiligheidsplan in the overleg's step.
        func teken() throws {
            try toetsen("t", dan: "Wie tekent het veiligheidsplan?")
            try s.typ("1")
            try toetsen("t", dan: "Wie tekent het veiligheidsplan?")
            try s.typ("2")
            try wachtOpRegel("Ilse Peeters (professional")
        }

        /// Pages through the running overleg to the step with this title.
        func naarStap(_ titel: String) throws {
            for _ in 0..<25 {
                if try s.scherm().contains(": \(titel)") { return }
                let voor = Self.stap(try s.scherm())
                try s.toetsen("PageDown")
                _ = try s.wachtTot("de volgende stap") { Self.stap($0) != voor }
            }
            _ = try s.wachtOp(": \(titel)")
        }

        /// "Stap 5 van 17: …", the title of the step on screen (the clock changes every second).
        static func stap(_ scherm: String) -> String {
            scherm.split(separator: "\n").first { $0.contains("─ Stap ") }.map(String.init) ?? ""
        }

        /// Starts an overleg of kind `nummer` (1 start, 2 voortgang) with Sanne and Ilse.
        func beginOverleg(_ nummer: String) throws {
            try toetsen("M-7", dan: "Overleg")
            try toetsen("n", dan: "welke soort?")
            try toetsen(nummer, dan: "Wie zijn er bij het")
            try s.toetsen("Space", "Down", "Down", "Down", "Space")
            try s.wachtOp("2 aanwezig")
            try toetsen("Enter", dan: "Stap 1 van")
        }

        /// Plans the next overleg in its step, closes the overleg and answers the phase proposal.
        func sluitOverleg(volgend datum: String, kies toetsen: [String] = [], dan tekst: String) throws {
            try naarStap("Volgend overleg")
            let scherm = try s.scherm()
            if scherm.contains("verplaatst dat overleg") {
                // A planned overleg is in the fields: a new date moves it.
                try s.toetsen("C-u")
            }
            try s.typ(datum)
            try s.toetsen("Tab")
            if scherm.contains("verplaatst dat overleg") { try s.toetsen("C-u") }
            try s.typ("10:00")
            try self.toetsen("Enter", dan: datum)
            try self.toetsen("F9", dan: "Bedanken en afsluiten")
            try self.toetsen("F9", dan: "Overleg afsluiten")
            try s.toetsen("j")
            try s.wachtOp("Volgende fase")
            for t in toetsen { try s.toetsen(t) }
            try self.toetsen("Enter", dan: tekst)
        }

        deinit {
            sessie?.sluit()
            try? FileManager.default.removeItem(at: map)
        }
    }

    @Test("aanmelding tot afsluiten: twee rondes bewaard, onveiligheid opent de meldcode, afsluiten eerst geweigerd en dan met nazorg")
    func tweeRondes() throws {
        let r = try Regie()

        // 4 January: aanmelding and intake ticked, the safety question answered at both.
        try r.begin("2027-01-04")
        try r.toetsen("Enter", dan: "Familie Bakker │")
        try r.toetsen("M-4", dan: "Fase 1 · Aanmelding")
        try r.toetsen("Space", dan: "Uw naam")
        try r.s.typ("Marloes Visser")
        try r.toetsen("Enter", dan: "afgevinkt 04-01-2027 door Marloes Visser")
        try r.s.toetsen("Down")
        try r.vinkAf(7)
        try r.wachtOpRegel("Aanmelding", "8/8")
        try r.signalen("n")
        try r.s.wachtOp("Vastgelegd bij fase 1: geen signalen van onveiligheid.")
        try r.toetsen("PageDown", "h", dan: "Fase 2 Intake is nu de huidige fase")
        try r.vinkAf(10)
        try r.wachtOpRegel("Intake", "10/10")
        try r.signalen("n")
        try r.toetsen("PageDown", "h", dan: "Fase 3a")
        try r.vinkAf(24)
        try r.wachtOpRegel("3a", "24/24")
        try r.toetsen("PageDown", "h", dan: "Fase 3b Startoverleg uitvoeren is nu de huidige fase")

        // The startoverleg, led in Regie; the method proposes phase 4.
        try r.beginOverleg("1")
        try r.sluitOverleg(volgend: "01-02-2027", dan: "Nu in fase 4 Voortgang, ronde 1.")
        try r.stop()

        // 1 February: the first voortgangsoverleg; afterwards round 2 begins.
        try r.begin("2027-02-01")
        try r.toetsen("Enter", dan: "Familie Bakker │")
        try r.beginOverleg("2")
        try r.sluitOverleg(volgend: "01-03-2027", dan: "Nu in fase 4 Voortgang, ronde 2.")
        try r.toetsen("M-4", dan: "Ronde 2 · huidige ronde")
        try r.toetsen("PageDown", "PageDown", dan: "Fase 5b")
        try r.s.toetsen("End")
        var scherm = try r.s.wachtOp("voortgangsoverleg van 01-02-2027")
        #expect(scherm.contains("Ronde 1"), "\(scherm)")
        try r.stop()

        // 1 March: Noah tells of violence. The answer "ja" starts the meldcode; the decision is
        // to report, and the level goes up to 3.
        try r.begin("2027-03-01")
        try r.toetsen("Enter", dan: "Familie Bakker │")
        try r.toetsen("M-4", dan: "Fase 4 · Voortgang")
        try r.signalen("j", "Noah vertelt dat er thuis wordt geslagen")
        try r.s.wachtOp("Meldcode")
        try r.toetsen("b", dan: "Welk besluit is genomen?")
        try r.s.toetsen("Down")
        try r.toetsen("Enter", dan: "Toelichting bij het besluit")
        try r.s.typ("Ilse meldt vandaag bij Veilig Thuis")
        try r.s.toetsen("Enter")
        try r.s.wachtOp("Ilse meldt vandaag bij Veilig Thuis")
        try r.s.toetsen("Escape")
        try r.toetsen("M-5", dan: "Regiekaart")
        try r.toetsen("w", "3", "Enter", dan: "Waarom")
        try r.s.typ("Signalen van onveiligheid; melding bij Veilig Thuis")
        try r.toetsen("Enter", dan: "niveau 3")

        // The second voortgangsoverleg now walks the safety steps: an afspraak, the scale, signing.
        try r.beginOverleg("2")
        try r.naarStap("Veiligheidsafspraken nagekomen?")
        try r.s.typ("Bij ruzie gaat Noah naar oma")
        try r.toetsen("Enter", dan: "Wie doet het?")
        try r.toetsen("2", dan: "Waar en wanneer?")
        try r.s.typ("bij oma thuis")
        try r.s.toetsen("Enter")
        try r.s.typ("08-03-2027")
        try r.toetsen("Enter", dan: "Wie ziet erop toe")
        try r.s.toetsen("2")
        try r.s.wachtTot("de afspraak bewaard") { !$0.contains("Wie ziet erop toe") && $0.contains("wie: Noah Bakker") }
        try r.naarStap("Veiligheidsschaal")
        try r.s.typ("4")
        try r.s.toetsen("Enter")
        try r.s.typ("5")
        try r.s.toetsen("Enter")
        try r.s.wachtTot("alle cijfers") { $0.contains("Iedereen heeft een cijfer gegeven.") || $0.contains(": Wat is bereikt?") }
        try r.naarStap("Doelencheck en tekenen")
        try r.teken()
        try r.sluitOverleg(volgend: "29-03-2027", dan: "Nu in fase 4 Voortgang, ronde 3.")

        // Closing is refused while it is unsafe, with the reasons on screen.
        try r.toetsen("M-4", dan: "Fase 4 · Voortgang")
        scherm = try r.toetsen("a", dan: "Afsluiten kan niet")
        #expect(scherm.contains("niveau 3"), "\(scherm)")
        #expect(scherm.contains("signalen van onveiligheid"), "\(scherm)")
        #expect(scherm.contains("schaalvraag van Sanne Bakker is 4"), "\(scherm)")
        try r.s.toetsen("Escape")
        _ = try r.s.wachtTot("de fasen zonder venster") { !$0.contains("Afsluiten kan niet") }
        try r.stop()

        // 29 March: the afspraak was kept, everyone gives a 10, the plan is signed again; the
        // level goes down, the veiligheidsplan is ended and the household is closed with nazorg.
        try r.begin("2027-03-29")
        try r.toetsen("Enter", dan: "Familie Bakker │")
        try r.beginOverleg("2")
        try r.naarStap("Signalen van onveiligheid?")
        let vraag = try r.s.scherm()
        try r.s.toetsen("n")
        _ = try r.s.wachtTot("het antwoord nee") { $0 != vraag }
        usleep(300_000)
        try r.naarStap("Veiligheidsafspraken nagekomen?")
        try r.toetsen("Enter", dan: "Afspraak nagekomen?")
        try r.s.typ("j")
        try r.s.toetsen("Enter")
        try r.s.typ("Noah ging twee keer naar oma")
        try r.toetsen("Enter", dan: "Noah ging twee keer naar oma")
        try r.naarStap("Veiligheidsschaal")
        try r.s.typ("10")
        try r.s.toetsen("Enter")
        try r.s.typ("10")
        try r.s.toetsen("Enter")
        try r.s.wachtTot("alle cijfers") { $0.contains("Iedereen heeft een cijfer gegeven.") || $0.contains(": Wat is bereikt?") }
        try r.naarStap("Doelencheck en tekenen")
        try r.s.wachtOp("opnieuw")
        try r.teken()
        try r.sluitOverleg(volgend: "26-04-2027", kies: ["Right"], dan: "Nu in fase 6b")
        try r.toetsen("M-5", dan: "Regiekaart")
        try r.toetsen("w", "2", "Enter", dan: "Waarom")
        try r.s.typ("Het is weer veilig; de hulp loopt")
        try r.toetsen("Enter", dan: "niveau 2")
        try r.toetsen("M-3", dan: "Veiligheidsplan")
        try r.toetsen("F9", dan: "Afgerond op 29-03-2027")
        try r.toetsen("M-4", dan: "Fase 6b")
        try r.signalen("n")
        try r.toetsen("a", dan: "Huishouden afsluiten")
        for tekst in ["Sanne: het is rustig thuis, we praten weer", "Wijkteam, Ilse Peeters", "Ilse Peeters", "belt Sanne",
                      "vanaf april", "eens per maand"] {
            try r.s.typ(tekst)
            try r.s.toetsen("Enter")
        }
        for _ in 0..<4 { try r.s.toetsen("Enter") }
        try r.s.wachtOp("Afgesloten op 29-03-2027 door Marloes Visser")
        try r.stop()

        // After a restart everything is there, and the overview shows the household closed.
        try r.begin("2027-03-30")
        scherm = try r.s.wachtOp("afgesloten")
        try r.toetsen("Enter", "M-4", dan: "Afgesloten op 29-03-2027 door Marloes Visser")
        scherm = try r.s.scherm()
        #expect(scherm.contains("eens per maand"), "\(scherm)")
        try r.stop()

        let d = try Opslag(map: r.map.appendingPathComponent("data")).laad("bakker").dossier
        #expect(d.isAfgesloten)
        #expect(d.proces.huidigeRonde == 3)
        let rondes = Set(d.proces.afgevinkt.filter { $0.actie.hasPrefix("5b.") }.map(\.ronde))
        #expect(rondes == [1, 2, 3], "de vinkjes van elke ronde zijn bewaard: \(rondes)")
        #expect(d.proces.veiligheidsvragen.map(\.antwoord) == [.nee, .nee, .ja, .nee, .nee])
        #expect(d.proces.meldcode.last?.besluit?.besluit == "melden")
        #expect(d.proces.niveau == 2)
        #expect(d.veiligheidsplan?.afspraken.first?.nalevingen.map(\.nagekomen) == [.ja])
        #expect(d.afsluiting?.nazorg == [Nazorgafspraak(wie: "Ilse Peeters", wat: "belt Sanne", wanneer: "vanaf april", hoeVaak: "eens per maand")])
    }
}
