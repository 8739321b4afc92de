import Foundation
import RegieDomain
import RegieExport
import RegieMethode
import RegieStore
import Screen
import Testing
@testable import RegieApp

/// The program as a reducer: keys in, the new state and the work asked for out. No file is
/// read or written: the store below is never created, and the work's results are given by
/// the test as the store would send them.
@Suite("Het programma als reducer: I/O is werk dat update vraagt")
struct EffectenTests {
    let programma = RegieProgramma()
    let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

    func omgeving() throws -> Werkomgeving {
        let opslag = Opslag(zonderAanmaken: URL(fileURLWithPath: "regie-bestaat-niet-\(UUID().uuidString)"))
        return Werkomgeving(opslag: opslag, methode: try MethodeLader.standaard(), vandaag: vandaag, gebruiker: "Test Regisseur",
                            keymap: RegieToetsen.standaard, bewaarGebruiker: { _ in Issue.record("de instellingen werden in update bewaard") })
    }

    /// The program on the overview with these households (as the store would list them).
    func model(_ dossiers: [Dossier]) throws -> RegieProgramma.Model {
        let omgeving = try omgeving()
        var model = RegieProgramma.Model(omgeving: omgeving, leesLijst: false)
        model.overzicht.neem(dossiers.map(DossierSamenvatting.init), problemen: [], termijnVoorbij: [], omgeving, selecteer: nil)
        return model
    }

    /// The program with `dossier` open, read with fingerprint `vingerafdruk`.
    func open(_ dossier: Dossier, vingerafdruk: String = "v1") throws -> RegieProgramma.Model {
        var model = try model([dossier])
        _ = programma.geopend(GeladenDossier(dossier: dossier, vingerafdruk: vingerafdruk), &model)
        return model
    }

    @discardableResult
    func druk(_ model: inout RegieProgramma.Model, _ keys: Key...) -> [Effect<RegieProgramma.Message>] {
        keys.flatMap { programma.update(&model, .event(.key($0))) }
    }

    func typ(_ model: inout RegieProgramma.Model, _ tekst: String) -> [Effect<RegieProgramma.Message>] {
        tekst.flatMap { programma.update(&model, .event(.key(.character($0)))) }
    }

    func klaar(_ model: inout RegieProgramma.Model, _ uitkomst: Werkuitkomst) -> [Effect<RegieProgramma.Message>] {
        programma.update(&model, .klaar(uitkomst))
    }

    func scherm(_ model: RegieProgramma.Model) -> [String] {
        var frame = Frame(size: Size(width: 100, height: 30))
        programma.view(model, into: &frame)
        return frame.buffer.lines
    }

    func stopt(_ effecten: [Effect<RegieProgramma.Message>]) -> Bool {
        effecten.contains { if case .quit = $0 { true } else { false } }
    }

    @Test("C-s vraagt het dossier te bewaren zoals het is, met de vingerafdruk van het bestand; het scherm zegt 'bewaren…'")
    func bewarenIsWerk() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try open(d, vingerafdruk: "abc")
        _ = typ(&model, " X")
        let effecten = druk(&model, .ctrl("s"))
        var verwacht = d
        verwacht.naam = "Familie Test X"
        #expect(werk(effecten) == [.bewaar(verwacht, verwacht: "abc", onderdelen: ["naam"])])
        #expect(model.lopend == [.bewaren])
        #expect(scherm(model)[28].hasSuffix("bewaren…"))
        // Nothing is on disk yet, and nothing says it is saved.
        #expect(model.open?.heeftWijzigingen == true)
        #expect(model.melding == nil)

        // The store answers: the new fingerprint is the one the next save expects.
        #expect(werk(klaar(&model, .bewaard(verwacht, .success("def")))).isEmpty)
        #expect(model.open?.vingerafdruk == "def")
        #expect(model.open?.heeftWijzigingen == false)
        #expect(model.melding == .success("Bewaard."))
        #expect(model.lopend.isEmpty)
        _ = typ(&model, "Y")
        verwacht.naam += "Y"
        #expect(werk(druk(&model, .ctrl("s"))) == [.bewaar(verwacht, verwacht: "def", onderdelen: ["naam"])])
    }

    @Test("typen terwijl bewaard wordt: de toetsen gaan in het dossier, daarna wordt dat bewaard met de nieuwe vingerafdruk")
    func typenTijdensBewaren() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try open(d)
        _ = typ(&model, " A")
        let eerste = werk(druk(&model, .ctrl("s")))
        guard case .bewaar(let kopie, "v1", _)? = eerste.first else {
            Issue.record("geen bewaarwerk: \(eerste)")
            return
        }
        // Typed while the save runs: handled at once, and no second save over the first.
        #expect(werk(typ(&model, "BC")).isEmpty)
        #expect(werk(druk(&model, .ctrl("s"))).isEmpty, "een tweede bewaren naast het lopende")
        #expect(werk(programma.update(&model, .bewaar)).isEmpty)
        #expect(model.open?.dossier.naam == "Familie Test ABC")
        // The first save comes back: what was typed since is saved next, from the new fingerprint.
        let daarna = werk(klaar(&model, .bewaard(kopie, .success("v2"))))
        var nu = d
        nu.naam = "Familie Test ABC"
        #expect(daarna == [.bewaar(nu, verwacht: "v2", onderdelen: ["naam"])])
        #expect(model.open?.bewaard.naam == "Familie Test A")
        #expect(model.open?.heeftWijzigingen == true)
        _ = klaar(&model, .bewaard(nu, .success("v3")))
        #expect(model.open?.heeftWijzigingen == false)
        #expect(model.open?.vingerafdruk == "v3")
    }

    @Test("een conflict: de opslag weigert, er wordt niet meer bewaard en het scherm zegt wat te kiezen")
    func conflict() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try open(d)
        _ = typ(&model, " A")
        guard case .bewaar(let kopie, _, _)? = werk(druk(&model, .ctrl("s"))).first else { Issue.record("geen bewaarwerk"); return }
        #expect(werk(klaar(&model, .bewaard(kopie, .failure(.gewijzigdOpSchijf(d.id))))).isEmpty)
        #expect(model.open?.conflict != nil)
        #expect(werk(druk(&model, .ctrl("s"))).isEmpty)
        #expect(werk(typ(&model, "B") + programma.update(&model, .bewaar)).isEmpty)
        // C-r reads the file again; C-b keeps this version as a copy.
        #expect(werk(druk(&model, .ctrl("r"))) == [.laad(d.id, .herladen)])
        guard case .voegToe(let kopie2, .kopie)? = werk(druk(&model, .ctrl("b"))).first else { Issue.record("geen kopie"); return }
        #expect(kopie2.naam == "Familie Test AB (kopie 23-11-2026)")
        #expect(kopie2.id != d.id)
    }

    @Test("C-q terwijl bewaard wordt: stoppen pas als het bewaren terug is")
    func stoppenWachtOpBewaren() throws {
        var model = try open(Dossier.testGezin(vandaag))
        _ = typ(&model, " A")
        let effecten = druk(&model, .ctrl("q"))
        #expect(!stopt(effecten))
        guard case .bewaar(let kopie, _, _)? = werk(effecten).first else { Issue.record("C-q bewaart niet eerst"); return }
        #expect(stopt(klaar(&model, .bewaard(kopie, .success("v2")))))
    }

    @Test("C-q als bewaren mislukt: niet stoppen, de melding zegt het; een tweede C-q stopt toch")
    func stoppenNaMislukken() throws {
        var model = try open(Dossier.testGezin(vandaag))
        _ = typ(&model, " A")
        guard case .bewaar(let kopie, _, _)? = werk(druk(&model, .ctrl("q"))).first else { Issue.record("geen bewaarwerk"); return }
        #expect(!stopt(klaar(&model, .bewaard(kopie, .failure(.schijfVol)))))
        #expect(model.melding?.text.contains("Druk nogmaals C-q") == true)
        #expect(stopt(druk(&model, .ctrl("q"))))
    }

    @Test("zonder wijzigingen stopt C-q meteen, zonder werk")
    func stoppenZonderWijzigingen() throws {
        var model = try open(Dossier.testGezin(vandaag))
        let effecten = druk(&model, .ctrl("q"))
        #expect(stopt(effecten))
        #expect(werk(effecten).isEmpty)
    }

    @Test("SIGTERM/SIGHUP: stopping vraagt wat getypt is te bewaren (de runtime maakt het af)")
    func signaal() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try open(d, vingerafdruk: "v1")
        _ = typ(&model, " A")
        var verwacht = d
        verwacht.naam = "Familie Test A"
        #expect(werk(programma.stopping(&model)) == [.bewaar(verwacht, verwacht: "v1", onderdelen: ["naam"])])
    }

    @Test("Esc naar het overzicht: eerst bewaren, dan de lijst opnieuw lezen met dit huishouden gekozen")
    func terugNaarOverzicht() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try open(d)
        _ = typ(&model, " A")
        // Enter ends the name field: a save point.
        guard case .bewaar(let kopie, _, _)? = werk(druk(&model, .enter)).first else { Issue.record("geen bewaarwerk"); return }
        #expect(werk(druk(&model, .escape)).isEmpty)
        #expect(model.open != nil, "het dossier ging dicht voordat het bewaard was")
        let daarna = werk(klaar(&model, .bewaard(kopie, .success("v2"))))
        #expect(model.open == nil)
        #expect(daarna == [.lijst(selecteer: d.id, bewaartermijn: .standaard)])
    }

    @Test("/ vraagt de zoekindex; wat intussen getypt wordt, telt, en wordt gezocht zodra hij er is")
    func zoekenTerwijlGelezenWordt() throws {
        var noelle = Dossier(naam: "Familie Noëlle", aangemaakt: vandaag)
        noelle.plan.aanleiding = "Zorgen om school"
        let ander = Dossier(naam: "Familie Bakker", aangemaakt: vandaag)
        var model = try model([noelle, ander])
        let effecten = druk(&model, .character("/"))
        #expect(werk(effecten) == [.zoekindex])
        #expect(Set(model.overzicht.dossiers.map(\.id)) == [noelle.id, ander.id])
        #expect(scherm(model).joined().contains("De zoekindex wordt bijgewerkt (2 dossiers)"))
        // Keys during the running search are handled: the field has them.
        #expect(werk(typ(&model, "noelle")).isEmpty)
        #expect(model.overzicht.zoeken?.vraag == "noelle")
        #expect(scherm(model).joined().contains("Zoek: noelle"))
        _ = klaar(&model, .zoekindex(Zoekindex(dossiers: [noelle, ander])))
        #expect(model.overzicht.zoeken?.treffers.map(\.huishouden) == ["Familie Noëlle"])
        #expect(scherm(model).joined().contains("1 treffers"))
    }

    @Test("Enter opent: het dossier wordt gelezen; toetsen in de tussentijd gaan naar het dossier")
    func openen() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try model([d])
        #expect(werk(druk(&model, .enter)) == [.laad(d.id, .openen)])
        #expect(model.lopend == [.openen])
        #expect(scherm(model)[28].contains("openen…"))
        // M-2 (the plan's tab) typed before the dossier is there: kept, not lost.
        _ = druk(&model, .alt("2"))
        #expect(model.open == nil)
        _ = klaar(&model, .geladen(d.id, .openen, .success(GeladenDossier(dossier: d, vingerafdruk: "v1"))))
        #expect(model.open?.dossier == d)
        #expect(model.tab == .plan)
        #expect(model.lopend.isEmpty)
    }

    @Test("d voegt het voorbeeld toe als werk; daarna wordt de lijst gelezen")
    func demo() throws {
        var model = try model([])
        guard case .voegToe(let demo, .demo)? = werk(druk(&model, .character("d"))).first else { Issue.record("geen werk"); return }
        #expect(demo.naam == Voorbeeld.demo(vandaag: vandaag).naam)
        #expect(werk(klaar(&model, .toegevoegd(demo, .demo, .success("v1")))) == [.lijst(selecteer: nil, bewaartermijn: .standaard)])
        #expect(model.melding == .success("Een verzonnen voorbeeldhuishouden is toegevoegd."))
    }

    @Test("w telt eerst de versies, dan de vraag; de juiste naam vraagt het wissen, daarna de lijst opnieuw")
    func wissen() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try model([d])
        #expect(werk(druk(&model, .character("w"))) == [.telVersies(DossierSamenvatting(d))])
        #expect(model.overzicht.wisvraag == nil)
        _ = klaar(&model, .versiesGeteld(DossierSamenvatting(d), 2))
        #expect(scherm(model).joined().contains("en 2 vastgestelde"))
        #expect(werk(typ(&model, "Familie Test") + druk(&model, .enter)) == [.wis(d.id)])
        #expect(model.lopend == [.wissen])
        #expect(werk(klaar(&model, .gewist(.success(3)))) == [.lijst(selecteer: d.id, bewaartermijn: .standaard)])
        #expect(model.overzicht.melding == .success("Het huishouden is gewist (3 bestanden)."))
    }

    @Test("r leest de lijst opnieuw als werk; het scherm zegt het zolang het loopt")
    func vernieuwen() throws {
        let d = Dossier.testGezin(vandaag)
        var model = try model([d])
        #expect(werk(druk(&model, .character("r"))) == [.lijst(selecteer: d.id, bewaartermijn: .standaard)])
        #expect(scherm(model)[28].contains("lijst lezen…"))
    }

    @Test("de naam van de gebruiker wordt bewaard als werk, niet in update")
    func gebruiker() throws {
        var model = try open(Dossier.testGezin(vandaag))
        programma.vraagGebruiker(&model, daarna: nil)
        let effecten = typ(&model, "Ilse") + druk(&model, .enter)
        #expect(werk(effecten) == [.bewaarGebruiker("Ilse")])
        #expect(model.omgeving.gebruiker == "Ilse")
    }
}

@Suite("Ontgrendelen en de versies als werk")
struct EffectenSlotEnVersiesTests {
    let programma = RegieProgramma()
    let t = EffectenTests()

    @Test("het wachtwoord wordt buiten de lus gecontroleerd; het slotscherm zegt het, toetsen in de tussentijd wachten")
    func ontgrendelen() throws {
        var omgeving = try t.omgeving()
        omgeving.kluis = Kluistoegang(open: { _ in Issue.record("scrypt in update"); return .success(GeenVersleuteling()) },
                                      maak: { _ in Issue.record("scrypt in update"); return .failure(Kluismelding("nee")) },
                                      kiesOnversleuteld: { nil })
        var model = RegieProgramma.Model(omgeving: omgeving, slot: Slotscherm(.ontgrendelen))
        let effecten = t.typ(&model, "geheim wachtwoord") + t.druk(&model, .enter)
        #expect(werk(effecten) == [.ontgrendel("geheim wachtwoord")])
        #expect(model.slot?.bezig == "Het wachtwoord wordt gecontroleerd…")
        #expect(t.scherm(model).contains { $0.contains("Het wachtwoord wordt gecontroleerd…") })
        // A key typed meanwhile waits for the answer.
        #expect(werk(t.druk(&model, .character("r"))).isEmpty)
        // Wrong: the lock screen says why, and the key typed meanwhile goes to its field.
        _ = t.klaar(&model, .kluis(.failure(Kluismelding("Dit wachtwoord klopt niet."))))
        #expect(model.slot?.soort == .ontgrendelen)
        #expect(model.slot?.bezig == nil)
        #expect(werk(t.druk(&model, .enter)) == [.ontgrendel("r")], "de toets uit de tussentijd ging verloren")
        // Right: the store is open and the list is read; the key typed meanwhile reads it again.
        _ = t.druk(&model, .character("x"))
        let daarna = t.klaar(&model, .kluis(.success(Kluisopening(opslag: Opslag(zonderAanmaken: omgeving.opslag.map)))))
        #expect(model.slot == nil)
        #expect(werk(daarna).first == .lijst(selecteer: nil, bewaartermijn: .standaard))
    }

    @Test("het tabblad Versies vraagt zijn versies als werk; tekenen leest niets")
    func versies() throws {
        let d = Dossier.testGezin(t.vandaag)
        var model = try t.open(d)
        let effecten = t.druk(&model, .alt("8"))
        #expect(model.tab == .versies)
        #expect(werk(effecten) == [.versies(d.id)])
        // The store below does not exist: drawing the tab would fail loudly if it read.
        #expect(t.scherm(model).contains { $0.contains("Versies (worden gelezen…)") })
        _ = t.klaar(&model, .versies(Versiecache(dossierId: d.id, rijen: [], dossiers: [:])))
        #expect(t.scherm(model).contains { $0.contains("Versies (0 vastgesteld)") })
        // l: the audit trail is read off the loop too.
        #expect(werk(t.druk(&model, .character("l"))) == [.logboek(d.id)])
        #expect(t.scherm(model).contains { $0.contains("Het logboek wordt gelezen…") })
        _ = t.klaar(&model, .logboek(regels: ["23-11-2026 geopend"], probleem: nil))
        #expect(t.scherm(model).contains { $0.contains("23-11-2026 geopend") })
    }

    @Test("exporteren schrijft buiten de lus: Enter vraagt het bestand, de dialoog blijft tot het terug is")
    func exporteren() throws {
        let d = Dossier.testGezin(t.vandaag)
        var model = try t.open(d)
        _ = t.druk(&model, .ctrl("p"), .character("p"), .ctrl("u"), .ctrl("k"))
        let effecten = t.typ(&model, "uitmap") + t.druk(&model, .enter)
        guard case .exporteer(let dossier, .pdf, voor: .gezin, map: "uitmap", overschrijf: false)? = werk(effecten).first else {
            Issue.record("geen exportwerk: \(werk(effecten))")
            return
        }
        // The dossier as it is now (with the draft of the folder question).
        #expect(dossier == model.open?.dossier)
        #expect(dossier.id == d.id)
        #expect(model.export != nil)
        #expect(model.lopend == [.exporteren])
        _ = t.klaar(&model, .geexporteerd(.pdf, map: "uitmap", .failure(.bestaatAl("uitmap/regie.pdf"))))
        #expect(model.export != nil)
        #expect(t.scherm(model).joined().contains("bestaat al"))
        _ = t.klaar(&model, .geexporteerd(.pdf, map: "uitmap", .failure(.schrijven("De schijf is vol."))))
        #expect(model.export == nil)
        #expect(model.melding == .error("De schijf is vol."))
    }
}
