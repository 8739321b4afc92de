#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing
import TestSupport

@Suite("Afbreken tijdens het bewaren laat altijd een heel dossier achter")
struct AfbreekTests {
    @Test("40 keer SIGKILL op een schrijvend proces: het dossier is altijd heel", .timeLimit(.minutes(2)))
    func doodTijdensBewaren() throws {
        let programma = try #require(gebouwdProgramma("regie-schrijftest"), "regie-schrijftest is niet gevonden bij de tests")
        let t = try Testopslag()
        defer { t.ruimOp() }
        let id = "schrijf"
        let demo = Voorbeeld.demo(vandaag: testVandaag, id: id)
        let v = try t.opslag.voegToe(demo)
        try t.opslag.bewaar(demo, verwacht: v)   // so there is a backup from the start
        let beginAantal = demo.plan.krachten.count

        var rng = SystemRandomNumberGenerator()
        var vorigAantal = beginAantal
        var laatstePid: pid_t = 0
        for ronde in 1...40 {
            let kind = try Kind.start(programma.path, [t.map.path, id])
            laatstePid = kind.pid
            if ronde % 2 == 0 {
                // Wait until it has saved at least once, then a little longer.
                let regel = kind.leesIets(seconden: 20)
                #expect(regel.hasPrefix("bewaard "), "ronde \(ronde): geen uitvoer van de schrijver")
            }
            slaap(ms: Int.random(in: 5...60, using: &rng))
            let einde = kind.doodEnWacht()
            // It must have died from our kill, not crashed or exited by itself.
            #expect(einde.signaal == SIGKILL, "ronde \(ronde): de schrijver stopte zelf (\(einde))")

            let geladen: GeladenDossier
            do {
                geladen = try t.opslag.laad(id)
            } catch {
                Issue.record("ronde \(ronde): het dossier is niet heel: \(error)")
                return
            }
            let aantal = geladen.dossier.plan.krachten.count
            #expect(aantal >= vorigAantal, "ronde \(ronde): er ging werk verloren (\(aantal) < \(vorigAantal))")
            #expect(geladen.dossier.naam == demo.naam)
            #expect(t.apartNamen.isEmpty, "ronde \(ronde): iets apart gezet: \(t.apartNamen)")
            let vorige = try t.opslag.laadVorige(id)
            #expect(vorige.plan.krachten.count <= aantal)
            #expect(vorige.plan.krachten.count >= beginAantal)
            vorigAantal = aantal
            if !t.apartNamen.isEmpty { return }
        }
        // The writer really wrote (some rounds wait for it).
        #expect(vorigAantal > beginAantal + 20)

        // A temporary file as a killed writer leaves it (its process is gone).
        let achtergelaten = t.dossiers.appendingPathComponent(".\(id).json.tmp-\(laatstePid)-abc")
        try Data("half".utf8).write(to: achtergelaten)
        let achtergelatenVorige = t.dossiers.appendingPathComponent(".\(id).json.vorige-\(laatstePid)-def")
        try Data("half".utf8).write(to: achtergelatenVorige)
        // One of a living process (ours) is left alone.
        let vanLevend = t.dossiers.appendingPathComponent(".\(id).json.tmp-\(getpid())-ghi")
        try Data("bezig".utf8).write(to: vanLevend)

        let lijst = t.opslag.lijst()
        #expect(lijst.problemen.isEmpty)
        #expect(lijst.dossiers.map(\.id) == [id])
        let overgebleven = try FileManager.default.contentsOfDirectory(atPath: t.dossiers.path)
            .filter { $0.hasPrefix(".") }
        #expect(overgebleven == [vanLevend.lastPathComponent])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: t.dossiers.path).filter { !$0.hasPrefix(".") })
            == ["\(id).json", "\(id).vorige.json", "\(id).slot"])
        #expect(t.apartNamen.isEmpty)
        #expect(try t.opslag.laad(id).dossier.plan.krachten.count == vorigAantal)
    }
}
