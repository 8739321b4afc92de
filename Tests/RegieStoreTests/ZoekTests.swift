import Foundation
import RegieDomain
@testable import RegieStore
import Testing

@Suite("Een huishouden vinden, en waar de gegevens staan")
struct ZoekTests {
    func samenvatting(_ id: String, _ naam: String) -> DossierSamenvatting {
        DossierSamenvatting(klein(id, naam))
    }

    var lijst: Lijst {
        Lijst(dossiers: [
            samenvatting("dj1", "Familie De Jong"),
            samenvatting("dv2", "Familie de Vries"),
            samenvatting("ce3", "Gezin Çelik"),
            samenvatting("ab4", "Familie Özdemir"),
        ], problemen: [])
    }

    @Test("op exacte id")
    func opId() throws {
        #expect(try lijst.vind("dv2").naam == "Familie de Vries")
        #expect(try lijst.vind("  ce3 ").naam == "Gezin Çelik")
    }

    @Test("op het unieke begin van de naam, zonder op hoofdletters en accenten te letten",
          arguments: [("familie de j", "dj1"), ("FAMILIE DE V", "dv2"), ("gezin celik", "ce3"), ("Gezin Ç", "ce3"),
                      ("familie oz", "ab4"), ("Familie De Jong", "dj1"), ("g", "ce3")])
    func opNaam(_ zoek: String, _ id: String) throws {
        #expect(try lijst.vind(zoek).id == id)
    }

    @Test("een begin dat bij meer huishoudens past: fout met beide ids, zonder namen")
    func dubbelzinnig() throws {
        let fout = try #require(throws: OpslagFout.self) { try lijst.vind("familie de") }
        let melding = fout.melding
        #expect(melding.contains("id dj1, dv2"))
        #expect(!melding.contains("Jong") && !melding.contains("Vries"), "geen namen in een foutmelding")
        #expect(!melding.contains("Özdemir"))
        #expect(melding.contains("past bij 2 huishoudens"))
    }

    @Test("onbekend of leeg: niet gevonden")
    func onbekend() throws {
        #expect(throws: OpslagFout.nietGevonden("geen huishouden met die id of met een naam die zo begint")) {
            try lijst.vind("jansen")
        }
        #expect(throws: OpslagFout.nietGevonden("geen naam of id opgegeven")) { try lijst.vind("   ") }
        // Not in the middle of a name.
        #expect(throws: OpslagFout.self) { try lijst.vind("jong") }
    }

    @Test("vinden via de echte lijst van de opslag")
    func viaOpslag() throws {
        let t = try Testopslag()
        defer { t.ruimOp() }
        try t.opslag.voegToe(Voorbeeld.demo(vandaag: testVandaag, id: "demo"))
        try t.opslag.voegToe(klein("ander", "Familie Jansen"))
        let l = t.opslag.lijst()
        #expect(try l.vind("familie de j").id == "demo")
        #expect(try l.vind("FAMILIE JA").id == "ander")
        #expect(throws: OpslagFout.self) { try l.vind("familie") }
    }

    @Test("standaardMap: argument, dan REGIE_DATA, dan XDG_DATA_HOME, dan HOME/.local/share/regie")
    func standaardMap() {
        let alles = ["REGIE_DATA": "/r/data", "XDG_DATA_HOME": "/x/share", "HOME": "/home/regisseur"]
        #expect(Opslag.standaardMap(argument: "/arg/map", omgeving: alles).path == "/arg/map")
        #expect(Opslag.standaardMap(argument: nil, omgeving: alles).path == "/r/data")
        #expect(Opslag.standaardMap(argument: "", omgeving: alles).path == "/r/data")
        var zonderRegie = alles
        zonderRegie["REGIE_DATA"] = ""
        #expect(Opslag.standaardMap(argument: nil, omgeving: zonderRegie).path == "/x/share/regie")
        zonderRegie["REGIE_DATA"] = nil
        #expect(Opslag.standaardMap(argument: nil, omgeving: zonderRegie).path == "/x/share/regie")
        var alleenHome = zonderRegie
        alleenHome["XDG_DATA_HOME"] = nil
        #expect(Opslag.standaardMap(argument: nil, omgeving: alleenHome).path == "/home/regisseur/.local/share/regie")
        // A relative XDG_DATA_HOME is ignored, as the XDG spec says.
        alleenHome["XDG_DATA_HOME"] = "relatief/pad"
        #expect(Opslag.standaardMap(argument: nil, omgeving: alleenHome).path == "/home/regisseur/.local/share/regie")
        alleenHome["XDG_DATA_HOME"] = ""
        #expect(Opslag.standaardMap(argument: nil, omgeving: alleenHome).path == "/home/regisseur/.local/share/regie")
    }
}
