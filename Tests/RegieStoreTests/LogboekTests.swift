import Crypto
import Foundation
import RegieDomain
@testable import RegieStore
import Testing

/// A store folder with a trail, and ways to tamper with the trail's lines.
private struct Logproef {
    let t: Testopslag
    let logboek: Logboek

    init(laag: any Bytelaag = GeenVersleuteling(), sleutel: SymmetricKey? = nil) throws {
        t = try Testopslag()
        logboek = Logboek(map: t.map, laag: laag, sleutel: sleutel, klok: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    var pad: URL { t.map.appendingPathComponent("logboek") }

    /// Writes `n` entries about dossier "d1".
    func vul(_ n: Int) throws {
        for i in 0..<n {
            try logboek.noteer(i == 0 ? .aangemaakt : .gewijzigd, door: "Regisseur Test", dossier: "d1",
                               onderdelen: i == 0 ? [] : ["krachten"])
        }
    }

    var regels: [Data] { Logbestand.splits(bytes(pad) ?? Data()).regels }

    func schrijfRegels(_ regels: [Data], staart: Data = Data()) throws {
        try (regels.reduce(Data()) { $0 + $1 + [0x0A] } + staart).write(to: pad)
    }
}

@Suite("Logboek: het logboek met een keten van regels")
struct LogboekTests {
    @Test("noteren en teruglezen: nummers, keten en de regels per dossier")
    func heenEnWeer() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        try p.logboek.noteer(.geexporteerd, door: nil, dossier: "d2", formaat: "pdf")
        let items = try p.logboek.items()
        #expect(items.map(\.nr) == [1, 2, 3, 4])
        #expect(items.map(\.soort) == ["aangemaakt", "gewijzigd", "gewijzigd", "geexporteerd"])
        #expect(items[0].vorige == "")
        #expect(items[1].vorige == p.logboek.bestand.mac(p.regels[0]))
        #expect(items[3].door == Logboek.onbekend)
        #expect(items[1].tijd == "2026-11-18T11:06:40Z")
        let regels = p.logboek.regels(dossier: "d1")
        #expect(regels.count == 3)
        #expect(regels[1].tekst.hasSuffix("Regisseur Test  gewijzigd: krachten"), "\(regels[1].tekst)")
        #expect(p.logboek.regels(dossier: "d2").first?.tekst.hasSuffix("geëxporteerd als pdf") == true)
        #expect(rechten(p.pad) == 0o600)
    }

    @Test("versleuteld: een weggehaald logboek, of een ingekort logboek zonder kopbestand, valt op")
    func versleuteldWeg() throws {
        let p = try Logproef(laag: VersleuteldeLaag(sleutel: SymmetricKey(size: .bits256)), sleutel: SymmetricKey(size: .bits256))
        defer { p.t.ruimOp() }
        try p.vul(3)
        // Cut to the first line, head removed.
        try (p.regels[0] + Data("\n".utf8)).write(to: p.pad)
        try FileManager.default.removeItem(at: p.t.map.appendingPathComponent("logboek.kop"))
        #expect(!p.logboek.controleer().isInOrde)
        // Both removed.
        try FileManager.default.removeItem(at: p.pad)
        let weg = p.logboek.controleer()
        #expect(!weg.isInOrde)
        #expect(weg.melding.contains("ontbreekt"))
    }

    @Test("een heel logboek is in orde, ook versleuteld met een sleutel voor de keten")
    func inOrde() throws {
        for versleuteld in [false, true] {
            let p = versleuteld ? try Logproef(laag: VersleuteldeLaag(sleutel: SymmetricKey(size: .bits256)), sleutel: SymmetricKey(size: .bits256))
                : try Logproef()
            defer { p.t.ruimOp() }
            // An encrypted store starts its trail when it is encrypted: none at all means it was removed.
            #expect(p.logboek.controleer().isInOrde == !versleuteld)
            try p.vul(5)
            let c = p.logboek.controleer()
            #expect(c.isInOrde, "\(c.melding)")
            #expect(c.aantal == 5)
            if versleuteld {
                #expect(c.melding.contains("in orde: 5 regels"))
            } else {
                // Without encryption an intact chain is no proof, and the message does not claim it.
                #expect(!c.isBewijs && !c.melding.contains("in orde"), "\(c.melding)")
                #expect(c.melding.contains("geen breuk in de keten gevonden") && c.melding.contains("niet bewijzen"), "\(c.melding)")
            }
            if versleuteld {
                // Sealed: the file reveals neither the kind nor the user.
                let tekst = p.regels.compactMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) }.joined()
                #expect(!tekst.contains("Regisseur") && !tekst.contains("gewijzigd"))
            }
        }
    }

    @Test("een veranderde regel valt op, met het juiste nummer")
    func veranderd() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(5)
        var regels = p.regels
        var item = try #require(p.logboek.bestand.decodeer(regels[1]))
        item.door = "Iemand Anders"
        regels[1] = try p.logboek.bestand.codeer(item)
        try p.schrijfRegels(regels)
        let c = p.logboek.controleer()
        #expect(c.breuk?.nr == 2, "\(c.melding)")
        #expect(c.melding.contains("regel 2 is veranderd"))
    }

    @Test("een veranderde byte in een versleutelde regel valt op")
    func veranderdVersleuteld() throws {
        let p = try Logproef(laag: VersleuteldeLaag(sleutel: SymmetricKey(size: .bits256)), sleutel: SymmetricKey(size: .bits256))
        defer { p.t.ruimOp() }
        try p.vul(4)
        var regels = p.regels
        var ruw = try #require(Data(base64Encoded: regels[2]))
        ruw[ruw.count - 20] ^= 0x01
        regels[2] = ruw.base64EncodedData()
        try p.schrijfRegels(regels)
        #expect(p.logboek.controleer().breuk?.nr == 3)
    }

    @Test("een weggehaalde regel in het midden valt op, met het juiste nummer")
    func middenWeg() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(5)
        var regels = p.regels
        regels.remove(at: 2)
        try p.schrijfRegels(regels)
        let c = p.logboek.controleer()
        #expect(c.breuk?.nr == 3, "\(c.melding)")
        #expect(c.melding.contains("regel 3 ontbreekt"))
    }

    @Test("weggehaalde laatste regels vallen op door de kop")
    func eindeWeg() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(5)
        try p.schrijfRegels(Array(p.regels.dropLast()))
        let c = p.logboek.controleer()
        #expect(c.breuk?.nr == 5, "\(c.melding)")
        #expect(c.melding.contains("regel 5 ontbreekt"))
        try p.schrijfRegels(Array(p.regels.prefix(2)))
        #expect(p.logboek.controleer().melding.contains("regels 3 tot en met 5 ontbreken"))
        // The next entry does not cover it up: it continues after the head's count.
        #expect(try p.logboek.noteer(.geopend, door: nil, dossier: "d1").nr == 6)
        let na = p.logboek.controleer()
        #expect(na.breuk?.nr == 3, "\(na.melding)")
    }

    @Test("een weggehaalde kop valt op en wordt niet stilletjes opnieuw gemaakt")
    func kopWeg() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        try FileManager.default.removeItem(at: p.t.map.appendingPathComponent("logboek.kop"))
        #expect(p.logboek.controleer().melding.contains("het kopbestand ontbreekt"))
        try p.logboek.noteer(.geopend, door: nil, dossier: "d1")
        #expect(p.logboek.controleer().melding.contains("het kopbestand ontbreekt"))
    }

    @Test("een veranderde laatste regel valt op door de kop")
    func laatsteVeranderd() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        var regels = p.regels
        var item = try #require(p.logboek.bestand.decodeer(regels[2]))
        item.onderdelen = ["doelen"]
        regels[2] = try p.logboek.bestand.codeer(item)
        try p.schrijfRegels(regels)
        #expect(p.logboek.controleer().breuk?.nr == 3)
    }

    @Test("een afgebroken laatste regel is geen knoeiwerk en wordt bij de volgende notitie opgeruimd")
    func afgebroken() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        // A crash in the middle of an append: part of a line, no newline, head not updated.
        let half = try p.logboek.bestand.codeer(Logitem(nr: 4, tijd: "x", door: "x", soort: "geopend", vorige: "")).prefix(30)
        try p.schrijfRegels(p.regels, staart: Data(half))
        let c = p.logboek.controleer()
        #expect(c.isInOrde, "\(c.melding)")
        #expect(c.onvolledigeLaatste)
        #expect(c.melding.contains("onderbroken") && c.melding.contains("geen knoeiwerk"))
        let nieuw = try p.logboek.noteer(.geopend, door: "Regisseur Test", dossier: "d1")
        #expect(nieuw.nr == 4)
        let na = p.logboek.controleer()
        #expect(na.isInOrde && !na.onvolledigeLaatste && na.aantal == 4, "\(na.melding)")
    }

    @Test("een laatste regel zonder regeleinde die de kop al telde, is geen onderbreking maar een breuk")
    func nepOnderbreking() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        let regels = p.regels
        try p.schrijfRegels(Array(regels.prefix(2)), staart: regels[2])
        let c = p.logboek.controleer()
        #expect(c.breuk?.nr == 3, "\(c.melding)")
    }

    @Test("een regel die er wel heel staat maar niet leesbaar is, is wel een breuk")
    func onleesbareRegel() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(2)
        try p.schrijfRegels(p.regels + [Data("bm9n".utf8)])
        #expect(p.logboek.controleer().breuk?.nr == 3)
    }

    @Test("omzetten naar een versleutelde opslag houdt de regels en de keten heel")
    func omzetten() throws {
        let p = try Logproef()
        defer { p.t.ruimOp() }
        try p.vul(3)
        let laag = VersleuteldeLaag(sleutel: SymmetricKey(size: .bits256))
        let sleutel = laag.afgeleideSleutel(doel: Logboek.sleuteldoel)
        try Logboek.zetOm(map: p.t.map, van: GeenVersleuteling(), naar: laag, sleutel: sleutel, door: "Regisseur Test")
        let na = Logboek(map: p.t.map, laag: laag, sleutel: sleutel)
        let c = na.controleer()
        #expect(c.isInOrde && c.aantal == 4, "\(c.melding)")
        #expect(try na.items().map(\.soort) == ["aangemaakt", "gewijzigd", "gewijzigd", "versleuteld"])
        // The old reading no longer opens it.
        #expect(!p.logboek.controleer().isInOrde)
    }
}
