import Testing
@testable import RegieDomain

/// The wording checks on goals and actions: Dutch examples that must and must not give a tip.
@Suite("Formulering")
struct FormuleringTests {
    static let namen: Set<String> = ["Sanne de Jong", "Youssef El Amrani", "Noé El Amrani", "Anna Proef", "Bram Proef"]

    @Test("een doel dat de gewenste situatie beschrijft, is goed", arguments: [
        "Anna slaapt elke nacht zeven uur.",
        "Bram gaat graag naar school",
        "Sanne en Youssef bespreken meningsverschillen rustig, op een moment dat de kinderen op bed liggen.",
        "De vaste lasten worden elke maand op tijd betaald.",
        "Noé slaapt goed en gaat met plezier naar school.",
        "Youssef heeft een vaste baan.",
        "Het gezin woont in een betaalbaar huis.",
        "Er is rust in huis.",
        "Ik slaap weer goed.",
        "Youssef heeft werk gevonden",
        "De ouders bespreken elke week samen de post.",
        "Over drie maanden zijn de schulden afgelost.",
        "Sanne en Youssef houden zich aan de veiligheidsafspraken.",
        "Wij koken elke avond samen",
    ])
    func goedDoel(tekst: String) {
        #expect(Formulering.doel(tekst, namen: Self.namen) == .goed, "\(tekst)")
    }

    @Test("een doel zonder werkwoord noemt alleen een onderwerp of probleem", arguments: [
        "Schulden.",
        "Geweld in huis",
        "Rust in huis.",
        "Veel problemen op school",
        "Een vaste baan voor Youssef.",
        "Huurachterstand",
        "Gezonde maaltijden.",
        "Ruzie tussen de ouders",
        "Geldzorgen en stress",
    ])
    func doelZonderWerkwoord(tekst: String) {
        #expect(Formulering.doel(tekst, namen: Self.namen) == .geenWerkwoord, "\(tekst)")
    }

    @Test("een doel in de verleden tijd beschrijft wat er gebeurd is", arguments: [
        ("Er was veel ruzie in huis.", "was"),
        ("Youssef schreeuwde vaak tegen de kinderen.", "schreeuwde"),
        ("Noé ging niet graag naar school", "ging"),
        ("De huur werd te laat betaald.", "werd"),
        ("Sanne en Youssef hadden veel ruzie over geld", "hadden"),
        ("Hij dronk te veel.", "dronk"),
    ])
    func doelInVerledenTijd(tekst: String, woord: String) {
        #expect(Formulering.doel(tekst, namen: Self.namen) == .verledenTijd(woord), "\(tekst)")
    }

    @Test("\"de was\" is geen werkwoord, \"was\" na een onderwerp wel")
    func lidwoordMaaktHetEenZelfstandigNaamwoord() {
        #expect(Formulering.doel("Youssef doet elke week de was.", namen: Self.namen) == .goed)
        #expect(Formulering.doel("De was.", namen: Self.namen) == .geenWerkwoord)
        #expect(Formulering.doel("Het was druk.", namen: Self.namen) == .verledenTijd("was"))
    }

    @Test("na een naam uit het dossier telt het volgende woord als werkwoord")
    func naamUitHetDossier() {
        #expect(Formulering.doel("Youssef schreeuwde", namen: Self.namen) == .verledenTijd("schreeuwde"))
        // Without knowing the name, an unknown past form is not recognised.
        #expect(Formulering.doel("Youssef schreeuwde", namen: []) == .geenWerkwoord)
    }

    @Test("een concrete actie is goed", arguments: [
        "Afspraak bij de huisarts maken",
        "Aanmelden bij oudercursus 'Rustig samen'",
        "Time-outplan opschrijven en op de koelkast hangen",
        "Alle ongeopende post meenemen naar het gesprek",
        "Wekelijks kort contact met Sanne over hoe het gaat",
        "Bellen met school over het verzuim",
        "Aanvraag bijzondere bijstand indienen",
        "Noé belt elke vrijdag met oma",
        "Kijken welke schuldhulp past en een afspraak maken",
    ])
    func concreteActie(tekst: String) {
        #expect(Formulering.actie(tekst, namen: Self.namen) == .goed, "\(tekst)")
    }

    @Test("een actie zonder werkwoord zegt niet wat er gedaan wordt", arguments: [
        "Schuldhulp",
        "Contact met school",
        "Huisbezoek",
        "Gesprek met Sanne over de post",
        "Oudercursus",
    ])
    func actieZonderWerkwoord(tekst: String) {
        #expect(Formulering.actie(tekst, namen: Self.namen) == .geenWerkwoord, "\(tekst)")
    }

    @Test("een actie met alleen woorden die nooit af zijn, is te vaag om af te vinken", arguments: [
        "Kijken",
        "Even kijken",
        "Bespreken",
        "Verder bespreken",
        "In de gaten houden",
        "Monitoren",
        "Ondersteuning",
        "Samen kijken hoe het gaat",
    ])
    func vageActie(tekst: String) {
        #expect(Formulering.actie(tekst, namen: Self.namen) == .vaag, "\(tekst)")
    }

    @Test("een lege tekst laat deze controle aan de controle op lege velden")
    func leeg() {
        #expect(Formulering.doel("  ") == .goed)
        #expect(Formulering.actie("") == .goed)
    }

    @Test("een doel over de veiligheidsafspraken wordt herkend", arguments: [
        ("Sanne en Youssef houden zich aan de veiligheidsafspraken.", true),
        ("Wij houden ons aan de afspraken uit het veiligheidsplan", true),
        ("Ik hou mij aan de veiligheidsafspraak", true),
        ("Anna slaapt elke nacht zeven uur.", false),
        ("Sanne maakt afspraken met de schuldhulp", false),
    ])
    func veiligheidsafspraken(tekst: String, verwacht: Bool) {
        #expect(Dossier.noemtVeiligheidsafspraken(tekst) == verwacht, "\(tekst)")
    }
}
