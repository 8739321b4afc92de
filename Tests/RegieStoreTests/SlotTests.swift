#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Het slot: nooit twee schrijvers tegelijk, nooit een achtergebleven slot")
struct SlotTests {
    @Test("een tweede slot op hetzelfde dossier wacht en geeft dan .bezet met het proces")
    func tweeSloten() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let pad = t.dossiers.appendingPathComponent("s.slot").path
        let eerste = try Slot.neem(pad, wachttijd: 0.1)
        let begin = Date()
        #expect(throws: OpslagFout.bezet(getpid())) { try Slot.neem(pad, wachttijd: 0.2) }
        let gewacht = Date().timeIntervalSince(begin)
        #expect(gewacht >= 0.15 && gewacht < 2.5)
        #expect(OpslagFout.bezet(getpid()).melding.contains("(proces \(getpid()))"))
        eerste.geefVrij()
        let tweede = try Slot.neem(pad, wachttijd: 0.1)
        tweede.geefVrij()
        #expect(rechten(URL(fileURLWithPath: pad)) == 0o600)
    }

    @Test("bewaar terwijl het slot bezet is: .bezet na het wachten, er is niets geschreven")
    func bewaarBezet() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let v = try t.opslag.voegToe(klein("bezet", "Familie Bezet"))
        let voor = try #require(bytes(t.bestand("bezet")))
        let slot = try Slot.neem(t.opslag.slotPad("bezet"))
        defer { slot.geefVrij() }
        var d = klein("bezet", "Familie Anders")
        d.gezinsleden = try t.opslag.laad("bezet").dossier.gezinsleden
        #expect(throws: OpslagFout.bezet(getpid())) { try t.opslag.bewaar(d, verwacht: v) }
        #expect(bytes(t.bestand("bezet")) == voor)
        #expect(!FileManager.default.fileExists(atPath: t.dossiers.appendingPathComponent("bezet.vorige.json").path))
    }

    @Test("bewaar wacht op een slot dat kort daarna vrijkomt")
    func bewaarWacht() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let v = try t.opslag.voegToe(klein("wacht", "Familie Wacht"))
        let slot = try Slot.neem(t.opslag.slotPad("wacht"))
        // A real thread, not a task: the test's own thread blocks in bewaar.
        let klaar = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            slaap(ms: 200)
            slot.geefVrij()
            klaar.signal()
        }
        var d = try t.opslag.laad("wacht").dossier
        d.naam = "Familie Gewacht"
        let begin = Date()
        try t.opslag.bewaar(d, verwacht: v)
        #expect(Date().timeIntervalSince(begin) >= 0.15)
        klaar.wait()
        #expect(try t.opslag.laad("wacht").dossier.naam == "Familie Gewacht")
    }

    @Test("een slot van een proces dat wordt gedood (SIGKILL) is meteen vrij")
    func slotVanGedoodProces() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        let pad = t.dossiers.appendingPathComponent("dood.slot").path
        // One process (sh, then exec sleep) that holds an flock on the file.
        let houder = try Kind.start("/bin/sh", ["-c", "exec 9>>\"$0\" && flock 9 && echo klaar && exec sleep 30", pad])
        var gedood = false
        defer { if !gedood { houder.doodEnWacht() } }
        #expect(houder.leesIets(seconden: 10).contains("klaar"))
        #expect(throws: OpslagFout.self) { try Slot.neem(pad, wachttijd: 0.1) }

        let einde = houder.doodEnWacht()
        gedood = true
        #expect(einde.signaal == SIGKILL)
        let slot = try Slot.neem(pad, wachttijd: 0.5)
        slot.geefVrij()
    }
}
