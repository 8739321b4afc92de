#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
import TestSupport

/// A regisseur's story with the real program in a real (tmux) terminal: a new household
/// from nothing to a plan with a veiligheidsplan, phases and a level; quit, start again,
/// and everything is there. And a kill while typing loses nothing older than a second.
@Suite("Het verhaal van een regisseur, in een echte terminal", .serialized)
struct VerhaalTests {
    /// A fresh data folder and settings folder, and `regie` started on them.
    final class Regie {
        let map: URL
        var sessie: TmuxSessie

        init() throws {
            map = FileManager.default.temporaryDirectory.appendingPathComponent("regie-verhaal-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: map.appendingPathComponent("config"), withIntermediateDirectories: true)
            // Not about encryption: the data folder runs unencrypted by explicit choice.
            try kiesOnversleuteld(map.appendingPathComponent("data"))
            sessie = try Self.start(map)
        }

        static func start(_ map: URL) throws -> TmuxSessie {
            guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
            return try TmuxSessie([regie.path], breedte: 100, hoogte: 30, omgeving: [
                "REGIE_DATA": map.appendingPathComponent("data").path,
                "XDG_CONFIG_HOME": map.appendingPathComponent("config").path,
                "REGIE_VANDAAG": "2026-11-23",
            ])
        }

        func opnieuw() throws {
            sessie.sluit()
            sessie = try Self.start(map)
        }

        /// Keys, then wait until `tekst` shows.
        @discardableResult
        func toetsen(_ namen: String..., dan tekst: String) throws -> String {
            for n in namen { try sessie.toetsen(n) }
            return try sessie.wachtOp(tekst)
        }

        @discardableResult
        func typ(_ t: String, dan tekst: String? = nil) throws -> String {
            try sessie.typ(t)
            return try sessie.wachtOp(tekst ?? t)
        }

        /// The dossier as the store has it (through `regie export`), as JSON text.
        func opgeslagen(_ naam: String) throws -> String {
            guard let regie = gebouwdProgramma("regie") else { throw TmuxSessie.Fout("regie is niet gebouwd") }
            let uit = map.appendingPathComponent("export-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: uit, withIntermediateDirectories: true)
            let p = Process()
            p.executableURL = regie
            p.arguments = ["export", naam, "--formaat", "json", "--uit", uit.path]
            p.environment = ["REGIE_DATA": map.appendingPathComponent("data").path, "HOME": map.path]
            try p.run()
            p.waitUntilExit()
            let bestanden = try FileManager.default.contentsOfDirectory(at: uit, includingPropertiesForKeys: nil)
            return try String(contentsOf: bestanden[0], encoding: .utf8)
        }

        deinit {
            sessie.sluit()
            try? FileManager.default.removeItem(at: map)
        }
    }

    @Test("nieuw huishouden, plan, veiligheidsplan, fasen en niveau; stoppen en opnieuw starten: alles is er nog")
    func verhaal() throws {
        let r = try Regie()
        try r.sessie.wachtOp("Er staan nog geen huishoudens")

        // A household with three members, one network member, two professionals.
        try r.toetsen("Insert", dan: "Hoe heet het huishouden?")
        try r.typ("Familie Visser")
        try r.toetsen("Enter", dan: "Familie Visser │")
        try r.toetsen("PageDown", dan: "Gezinsleden (0)")
        for (naam, rol) in [("Anna Visser", "moeder"), ("Bram Visser", "vader"), ("Cas Visser", "zoon")] {
            try r.toetsen("Insert", dan: "Gezinsleden › (naam nog leeg)")
            try r.typ(naam)
            try r.toetsen("Down", dan: "▸ Rol in het gezin")
            try r.typ(rol)
            try r.toetsen("Escape", dan: "• \(naam) · \(rol)")
        }
        try r.toetsen("PageDown", dan: "Netwerk (0)")
        try r.toetsen("Insert", dan: "Netwerk › (naam nog leeg)")
        try r.typ("Oma Truus")
        try r.toetsen("Escape", dan: "• Oma Truus")
        try r.toetsen("PageDown", dan: "Professionals (0)")
        for naam in ["Dr. Peeters", "Lies Mol"] {
            try r.toetsen("Insert", dan: "Professionals › (naam nog leeg)")
            try r.typ(naam)
            try r.toetsen("Escape", dan: "• \(naam)")
        }

        // Krachten and zorgen quoted by name: who first (one key), then the words.
        try r.toetsen("M-2", dan: "┌─ Aanleiding")
        try r.toetsen("PageDown", dan: "Krachten (0)")
        try r.toetsen("Insert", dan: "Wie noemt deze kracht?")
        try r.toetsen("1", dan: "Krachten › ")
        try r.typ("Wij eten elke avond samen.")
        try r.toetsen("Escape", dan: "• Anna Visser: “Wij eten elke avond samen.”")
        try r.toetsen("PageDown", dan: "Zorgen (0)")
        try r.toetsen("Insert", dan: "Wie noemt deze zorg?")
        try r.toetsen("2", dan: "Zorgen › ")
        try r.typ("Ik slaap slecht door de schulden.")
        try r.toetsen("Escape", dan: "• Bram Visser: “Ik slaap slecht door de schulden.”")

        // There are safety concerns: the veiligheidsplan becomes required.
        for _ in 0..<4 { try r.sessie.toetsen("PageDown") }
        try r.sessie.wachtOp("▸ Zorgen veiligheid")
        try r.toetsen("j", dan: "[ ja ]")
        try r.sessie.wachtOp("3 Vei !")

        // A goal with two actions: who, what, when.
        try r.toetsen("PageDown", dan: "Doelen (0)")
        try r.toetsen("Insert", dan: "Doelen › Doel 1")
        try r.typ("Schulden op een rij")
        try r.toetsen("Tab", "Tab", "Tab", dan: "▸ Acties (0)")  // status, leefgebied, then the list of actions
        for (toets, wat, wanneer) in [("2", "Brief van de bank openen", "30-11-2026"), ("1", "Afspraak schuldhulp maken", "07-12-2026")] {
            try r.toetsen("Insert", dan: "Wie doet het?")
            try r.toetsen(toets, dan: "▸ Wat")
            try r.typ(wat)
            try r.toetsen("Tab", dan: "▸ Wanneer")
            try r.typ(wanneer)
            try r.toetsen("Escape", dan: wat + " · uiterlijk " + wanneer)
        }
        try r.toetsen("Escape", dan: "Doelen (1)")

        // The veiligheidsplan: start it, two safety scores.
        try r.toetsen("M-3", dan: "Er is nog geen veiligheidsplan")
        try r.toetsen("Enter", dan: "┌─ Doelencheck")
        for _ in 0..<4 { try r.sessie.toetsen("PageUp") }
        try r.sessie.wachtOp("┌─ Schaalvraag")
        for (toets, cijfer) in [("1", "4"), ("2", "7")] {
            try r.toetsen("Insert", dan: "Wie geeft een cijfer?")
            try r.toetsen(toets, dan: "▸ Cijfer")
            try r.toetsen(cijfer, dan: "[ \(cijfer) ]")
            try r.toetsen("Escape", dan: "Alle cijfers")
        }
        try r.sessie.wachtOp("Anna Visser: 4 (23-11)")
        try r.sessie.wachtOp("Bram Visser: 7 (23-11)")

        // Phases 1 and 2: the name is asked once, then every tick says who and when.
        try r.toetsen("M-4", dan: "Fase 1 · Aanmelding")
        try r.toetsen("Right", "Space", dan: "Uw naam")
        try r.typ("Sanne de Vries")
        try r.toetsen("Enter", dan: "afgevinkt 23-11-2026 door Sanne de Vries")
        try r.toetsen("PageDown", dan: "Fase 2 · Intake")
        try r.toetsen("Space", dan: "1/10 afgevinkt")

        // The first level: the situatie questions, then level 3 chosen with a reason.
        try r.toetsen("M-5", dan: "Regiekaart")
        try r.toetsen("w", dan: "Hoe is de draagkracht van het huishouden?")
        try r.toetsen("v", dan: "Eerste niveau vastleggen")
        try r.toetsen("Up", "3", dan: "[ 3 ]")
        try r.sessie.toetsen("Enter")
        try r.typ("Zorgen over de veiligheid van de kinderen", dan: "de kinderen")
        try r.toetsen("Enter", dan: "huidig niveau 3")

        try r.toetsen("C-q", dan: "__EXIT__=0")
        try r.sessie.wachtOp("__TTY_OK__")

        // Start again: the overview and the screens show it all.
        try r.opnieuw()
        let overzicht = try r.sessie.wachtOp("Familie Visser")
        let regel = try #require(overzicht.split(separator: "\n").first { $0.contains("Familie Visser") })
        #expect(regel.contains("3"), "niveau 3 in het overzicht: \(regel)")
        #expect(regel.contains("! niet ondertekend"), "\(regel)")
        try r.toetsen("Enter", "PageDown", dan: "Cas Visser · zoon")
        try r.toetsen("M-2", "PageDown", dan: "Anna Visser: “Wij eten elke avond samen.”")
        try r.toetsen("M-4", dan: "afgevinkt 23-11-2026 door Sanne de Vries")
        try r.toetsen("M-5", dan: "huidig niveau 3")
        try r.toetsen("C-q", dan: "__EXIT__=0")

        // And the store holds every detail.
        let json = try r.opgeslagen("Familie Visser")
        for verwacht in ["Oma Truus", "Dr. Peeters", "Lies Mol", "Ik slaap slecht door de schulden.", "Brief van de bank openen",
                         "2026-12-07", "\"zorgenBasiszorgVeiligheid\" : \"ja\"", "Zorgen over de veiligheid van de kinderen",
                         "Sanne de Vries"] {
            #expect(json.contains(verwacht), "\(verwacht) ontbreekt in het bewaarde dossier")
        }
        #expect(json.components(separatedBy: "\"cijfer\"").count - 1 == 2, "twee veiligheidscijfers")
    }

    @Test("SIGHUP (deksel dicht, verbinding weg) net na het typen: alles is bewaard, de terminal hersteld",
          arguments: [SIGHUP, SIGTERM])
    func ophangenNaTypen(_ signaal: Int32) throws {
        let r = try Regie()
        try r.sessie.wachtOp("Er staan nog geen huishoudens")
        try r.toetsen("Insert", dan: "Hoe heet het huishouden?")
        try r.typ("Familie Hup")
        try r.toetsen("Enter", dan: "Familie Hup │")
        try r.toetsen("End", dan: "▸ Naam huishouden")
        try r.typ(" laatste woorden")
        // At once, well within the half second before the autosave.
        let pid = try #require(try r.sessie.programmaPid())
        kill(pid, signaal)
        #expect(try r.sessie.wachtOpEinde() == 128 + signaal)
        try r.sessie.wachtOp("__TTY_OK__")
        let json = try r.opgeslagen("Familie Hup")
        #expect(json.contains("\"Familie Hup laatste woorden\""), "het laatst getypte is niet bewaard")
    }

    @Test("SIGKILL tijdens het typen: alles wat langer dan een seconde geleden getypt is, staat er")
    func killTijdensTypen() throws {
        let r = try Regie()
        try r.sessie.wachtOp("Er staan nog geen huishoudens")
        try r.toetsen("Insert", dan: "Hoe heet het huishouden?")
        try r.typ("Familie Kil")
        try r.toetsen("Enter", dan: "Familie Kil │")
        try r.toetsen("M-2", "PageDown", "PageDown", "PageDown", "PageDown", dan: "┌─ Analyse")
        var getypt = ""
        let woorden = ["Moeder", "zorgt", "goed", "voor", "de", "kinderen", "maar", "is", "erg", "moe", "en", "heeft", "schulden"]
        var bevestigd = ""
        // Type word by word; remember what was on screen more than a second before the kill.
        let begin = Date()
        var momenten: [(Date, String)] = []
        while Date().timeIntervalSince(begin) < 3 {
            let woord = woorden[momenten.count % woorden.count] + " "
            try r.sessie.typ(woord)
            getypt += woord
            momenten.append((Date(), getypt))
            usleep(120_000)
        }
        let pid = try #require(try r.sessie.programmaPid())
        let killMoment = Date()
        kill(pid, SIGKILL)
        bevestigd = momenten.last { killMoment.timeIntervalSince($0.0) > 1.0 }?.1 ?? ""
        #expect(bevestigd.count > 20, "te weinig getypt om iets te bewijzen")
        _ = try r.sessie.wachtOpEinde()
        let json = try r.opgeslagen("Familie Kil")
        let bewaard = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let plan = (bewaard["dossier"] as? [String: Any])?["plan"] as? [String: Any]
        let analyse = plan?["integraleAnalyse"] as? String ?? ""
        #expect(analyse.hasPrefix(bevestigd.trimmingCharacters(in: .whitespaces)),
                "bewaard: \"\(analyse)\"\nmoet beginnen met: \"\(bevestigd)\"")
    }
}
