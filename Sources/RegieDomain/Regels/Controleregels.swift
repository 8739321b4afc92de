/// Every rule of the plan check, in one table: a stable code, the severity, where in the
/// method it comes from, and the rule in plain Dutch. The plan check makes its findings
/// from these; `docs/plancheck.md` lists them and a test keeps the two in step.
///
/// The source names a seed file and its lines ("000 l.2808–2810": the guideline, lines
/// 2808 to 2810); "Regie" marks a rule of the program itself, such as a reference to
/// someone who is not in the dossier.
public enum Controleregel: String, CaseIterable, Sendable {
    // The people.
    case geenGezinslid = "huishouden.geen-gezinslid"
    case meerProcesregisseurs = "regisseurs.meer-procesregisseurs"
    case geenProcesregisseur = "regisseurs.geen-procesregisseur"
    case toestemmingOntbreekt = "toestemming.niet-vastgelegd"
    case geenCasusregisseur = "regisseurs.geen-casusregisseur"
    case profielPastNiet = "regisseurs.profiel-past-niet"
    case profielOnbekend = "regisseurs.profiel-onbekend"
    case gezagOntbreekt = "gezinslid.gezag-ontbreekt"
    // The plan's own texts.
    case aanleidingLeeg = "plan.aanleiding-leeg"
    case analyseLeeg = "plan.analyse-leeg"
    case gewenstResultaatLeeg = "plan.gewenst-resultaat-leeg"
    case samenvattingLeeg = "plan.samenvatting-leeg"
    // Krachten and zorgen.
    case krachtZonderSpreker = "kracht.spreker-ontbreekt"
    case krachtOnbekendeSpreker = "kracht.spreker-onbekend"
    case krachtZonderTekst = "kracht.tekst-leeg"
    case zorgZonderSpreker = "zorg.spreker-ontbreekt"
    case zorgOnbekendeSpreker = "zorg.spreker-onbekend"
    case zorgZonderTekst = "zorg.tekst-leeg"
    case geenEigenWoorden = "huishouden.geen-eigen-woorden"
    case gezinslidNietGehoord = "gezinslid.niet-gehoord"
    // Goals and actions.
    case doelZonderOmschrijving = "doel.omschrijving-leeg"
    case doelNegatief = "doel.negatief"
    case doelZonderActie = "doel.geen-actie"
    case actieOnvolledig = "actie.onvolledig"
    case actieOnbekendePersoon = "actie.persoon-onbekend"
    case actieTeLaat = "actie.te-laat"
    case leefgebiedZorgZonderDoel = "leefgebied.zorg-zonder-doel"
    case doelVerledenTijd = "doel.verleden-tijd"
    case doelGeenWerkwoord = "doel.geen-werkwoord"
    case actieGeenWerkwoord = "actie.geen-werkwoord"
    case actieVaag = "actie.vaag"
    case doelBereiktActieOpen = "doel.bereikt-actie-open"
    case actieNaNietBereikt = "actie.gedaan-na-niet-bereikt"
    // Overleg.
    case geenVolgendOverleg = "overleg.geen-volgend"
    case overlegDubbelGepland = "overleg.dubbel-gepland"
    case overlegTijdOfPlaatsOntbreekt = "overleg.tijd-plaats-ontbreekt"
    case overlegNietAfgesloten = "overleg.niet-afgesloten"
    // Safety.
    case zorgenVeiligheidOnbekend = "veiligheid.zorgen-niet-ingevuld"
    case veiligheidsplanOntbreekt = "veiligheidsplan.ontbreekt"
    case veiligheidsplanNietOndertekend = "veiligheidsplan.niet-ondertekend"
    case uitspraakZonderSpreker = "veiligheidsplan.spreker-ontbreekt"
    case uitspraakOnbekendeSpreker = "veiligheidsplan.spreker-onbekend"
    case schaalscoreBuitenBereik = "schaalvraag.cijfer-buiten-bereik"
    case schaalscoreZonderPersoon = "schaalvraag.persoon-ontbreekt"
    case geenVeiligheidsafspraak = "veiligheidsplan.geen-afspraak"
    case afspraakZonderToezicht = "afspraak.toezicht-ontbreekt"
    case geenEvaluatiedatum = "veiligheidsplan.geen-evaluatiedatum"
    case evaluatieTeLaat = "veiligheidsplan.evaluatie-te-laat"
    case opnieuwOndertekenen = "veiligheidsplan.opnieuw-ondertekenen"
    case afspraakOnvolledig = "afspraak.onvolledig"
    case afspraakTeLaat = "afspraak.te-laat"
    case doelencheckOnvolledig = "doelencheck.onvolledig"
    case doelencheckZonderDoel = "doelencheck.afspraken-geen-doel"
    case geenBestaandeVeiligheid = "veiligheidsplan.geen-bestaande-veiligheid"
    case geenSchaalvraag = "veiligheidsplan.geen-schaalvraag"
    case geenVeiligheidscontact = "veiligheidsplan.geen-contact"
    case afspraakZonderGevolg = "afspraak.gevolg-ontbreekt"
    // Process.
    case faseOnbekend = "fase.onbekend"
    case faseTegenspraak = "fase.tegenspraak"
    case afgeslotenOnveilig = "fase.afgesloten-onveilig"
    case meldcodeNietGevolgd = "meldcode.niet-gevolgd"
    case meldcodeTeLangOpen = "meldcode.te-lang-open"
    case niveauHerzienNaBesluit = "niveau.herzien-na-besluit"
    case meldcodeZonderToestemming = "meldcode.geen-toestemming"
    case niveauOnbekend = "niveau.onbekend"
    case niveauNietBepaald = "niveau.niet-bepaald"
    // Verwijsindex.
    case verwijsindexRisicoOntbreekt = "verwijsindex.risico-ontbreekt"
    case verwijsindexDatumOntbreekt = "verwijsindex.datum-ontbreekt"
    case verwijsindexTeOud = "verwijsindex.te-oud"
    case verwijsindexNietGeinformeerd = "verwijsindex.niet-geinformeerd"
    case verwijsindexNogInformeren = "verwijsindex.nog-informeren"
    case verwijsindexOverlegTeLaat = "verwijsindex.overleg-te-laat"

    /// The stable code, e.g. "actie.te-laat": lowercase, the area, a dot, the rule.
    public var code: String { rawValue }

    public var ernst: Ernst { gegevens.ernst }
    /// Where the rule comes from: "000 l.2808–2810" (seed file and lines) or "Regie".
    public var bron: String { gegevens.bron }
    /// The rule in plain Dutch.
    public var omschrijving: String { gegevens.omschrijving }

    /// The rule with this code, if there is one.
    public init?(code: String) { self.init(rawValue: code) }

    private var gegevens: (ernst: Ernst, bron: String, omschrijving: String) {
        switch self {
        case .geenGezinslid:
            (.waarschuwing, "000 l.2686–2702", "Er staat minstens één gezinslid in het dossier.")
        case .meerProcesregisseurs:
            (.fout, "000 l.216", "Een huishouden heeft hooguit één procesregisseur.")
        case .geenProcesregisseur:
            (.waarschuwing, "000 l.1621, 1747", "Vanaf niveau 2 (of zolang het niveau niet bepaald is) is er een procesregisseur.")
        case .toestemmingOntbreekt:
            (.waarschuwing, "000 l.2729–2732", "Vastgelegd is of er toestemming is om informatie met betrokkenen te delen.")
        case .geenCasusregisseur:
            (.waarschuwing, "000 l.1445, 1457, 1756–1758", "Vanaf niveau 2 is er een casusregisseur.")
        case .profielPastNiet:
            (.waarschuwing, "000 l.2408–2670", "Het competentieprofiel van een regisseur past bij wat het niveau vraagt.")
        case .profielOnbekend:
            (.hint, "000 l.2408–2670", "Bij elke regisseur staat het competentieprofiel, om het met het niveau te vergelijken.")
        case .gezagOntbreekt:
            (.waarschuwing, "000 l.2693", "Bij een minderjarig gezinslid staat wie het gezag heeft.")
        case .aanleidingLeeg:
            (.waarschuwing, "000 l.379–386, 2747–2749", "De aanleiding, vraag of zorg staat in het plan.")
        case .analyseLeeg:
            (.waarschuwing, "000 l.379–386, 2779–2781", "Vanaf het startoverleg staat de integrale analyse in het plan: samenhang, patronen en gevolgen.")
        case .gewenstResultaatLeeg:
            (.waarschuwing, "000 l.379–386, 2784–2786", "Vanaf het startoverleg staat het gewenste resultaat in het plan.")
        case .samenvattingLeeg:
            (.hint, "000 l.2816", "Vanaf het startoverleg heeft het plan een korte samenvatting.")
        case .krachtZonderSpreker:
            (.waarschuwing, "000 l.2755–2760", "Bij elke kracht staat wie het zegt.")
        case .krachtOnbekendeSpreker:
            (.fout, "Regie", "Wie een kracht zegt, staat in het dossier.")
        case .krachtZonderTekst:
            (.waarschuwing, "000 l.2753–2760", "Elke kracht heeft een tekst.")
        case .zorgZonderSpreker:
            (.waarschuwing, "000 l.2764–2769", "Bij elke zorg staat wie het zegt.")
        case .zorgOnbekendeSpreker:
            (.fout, "Regie", "Wie een zorg zegt, staat in het dossier.")
        case .zorgZonderTekst:
            (.waarschuwing, "000 l.2762–2769", "Elke zorg heeft een tekst.")
        case .geenEigenWoorden:
            (.waarschuwing, "002 l.84–92", "Vanaf het startoverleg komt minstens één kracht of zorg van een gezinslid: het plan staat in de woorden van het huishouden.")
        case .gezinslidNietGehoord:
            (.hint, "000 l.803–807", "Vanaf het startoverleg komt elk gezinslid vanaf vier jaar in het plan aan het woord.")
        case .doelZonderOmschrijving:
            (.fout, "000 l.2799–2802", "Elk doel heeft een omschrijving.")
        case .doelNegatief:
            (.hint, "000 l.2801–2802", "Een doel is positief geschreven: wat er straks wél is, niet wat moet stoppen.")
        case .doelZonderActie:
            (.waarschuwing, "000 l.2803–2810", "Bij elk doel staat minstens één actie.")
        case .actieOnvolledig:
            (.waarschuwing, "000 l.2808–2810", "Bij elke actie staat wie wat wanneer doet.")
        case .actieOnbekendePersoon:
            (.fout, "Regie", "Wie een actie doet, staat in het dossier.")
        case .actieTeLaat:
            (.waarschuwing, "000 l.2808–2810", "Een open actie is niet over de datum waarop ze gepland was.")
        case .leefgebiedZorgZonderDoel:
            (.hint, "000 l.366, 379–380", "Op elk leefgebied waar een zorg staat, staat ook een doel.")
        case .doelVerledenTijd:
            (.hint, "000 l.2799–2802", "Een doel beschrijft de situatie die het huishouden wil, niet wat er gebeurd is.")
        case .doelGeenWerkwoord:
            (.hint, "000 l.2799–2802", "Een doel is een zin over de gewenste situatie, niet alleen een onderwerp of probleem.")
        case .actieGeenWerkwoord:
            (.hint, "000 l.2808–2810", "Een actie zegt wat er gedaan wordt, met een werkwoord.")
        case .actieVaag:
            (.hint, "002 l.126–130", "Een actie is zo concreet dat je haar kunt afvinken.")
        case .doelBereiktActieOpen:
            (.waarschuwing, "000 l.2812–2814", "Een doel dat bereikt is, heeft geen open acties meer.")
        case .actieNaNietBereikt:
            (.waarschuwing, "000 l.2812–2814", "Na \"niet bereikt\" bij een doel worden er geen acties meer voor gedaan; anders klopt de stand van het doel niet.")
        case .geenVolgendOverleg:
            (.waarschuwing, "000 l.673–674, 765", "Zolang het huishouden niet is afgesloten, is er een volgend overleg gepland.")
        case .overlegDubbelGepland:
            (.waarschuwing, "Regie", "Van elke soort overleg staat er hooguit één volgend gepland.")
        case .overlegTijdOfPlaatsOntbreekt:
            (.waarschuwing, "000 l.2818–2822", "Bij een gepland overleg staan de tijd en de plaats.")
        case .overlegNietAfgesloten:
            (.waarschuwing, "000 l.802", "Een overleg wordt dezelfde dag afgesloten; het blijft niet openstaan.")
        case .zorgenVeiligheidOnbekend:
            (.waarschuwing, "000 l.2789–2795", "Ingevuld is of er zorgen zijn over basiszorg en veiligheid.")
        case .veiligheidsplanOntbreekt:
            (.fout, "000 l.2791–2793, 1473", "Bij zorgen over basiszorg en veiligheid, of vanaf niveau 3, is er een veiligheidsplan.")
        case .veiligheidsplanNietOndertekend:
            (.fout, "000 l.751, 2908–2915", "Een veiligheidsplan dat nodig is, is ondertekend door klant en professional.")
        case .uitspraakZonderSpreker:
            (.waarschuwing, "000 l.2841–2864", "Bij elke uitspraak in het veiligheidsplan staat wie het zegt.")
        case .uitspraakOnbekendeSpreker:
            (.fout, "Regie", "Wie een uitspraak in het veiligheidsplan doet, staat in het dossier.")
        case .schaalscoreBuitenBereik:
            (.fout, "000 l.2873–2876", "Een cijfer op de schaalvraag is van 0 tot en met 10.")
        case .schaalscoreZonderPersoon:
            (.waarschuwing, "000 l.2880–2883", "Bij elk cijfer op de schaalvraag staat wie het gaf.")
        case .geenVeiligheidsafspraak:
            (.waarschuwing, "000 l.747, 2885–2890", "Een veiligheidsplan heeft minstens één veiligheidsafspraak.")
        case .afspraakZonderToezicht:
            (.waarschuwing, "000 l.2898–2899", "Bij elke veiligheidsafspraak staat wie toeziet dat ze wordt nagekomen.")
        case .geenEvaluatiedatum:
            (.hint, "000 l.2910", "Een lopend veiligheidsplan heeft een datum om het te evalueren.")
        case .evaluatieTeLaat:
            (.waarschuwing, "000 l.2910", "De evaluatiedatum van een lopend veiligheidsplan is niet voorbij.")
        case .opnieuwOndertekenen:
            (.waarschuwing, "000 l.982–986", "Na een wijziging wordt het veiligheidsplan opnieuw ondertekend.")
        case .afspraakOnvolledig:
            (.hint, "000 l.2889–2890", "Bij elke veiligheidsafspraak staat wie, waar en wanneer.")
        case .afspraakTeLaat:
            (.waarschuwing, "000 l.961", "Een veiligheidsafspraak is na haar datum als nagekomen vastgelegd.")
        case .doelencheckOnvolledig:
            (.hint, "000 l.2825–2835", "De doelencheck van het veiligheidsplan is helemaal afgevinkt.")
        case .doelencheckZonderDoel:
            (.waarschuwing, "000 l.2825–2828", "Is in de doelencheck aangevinkt dat het plan het doel \"ik houd mij aan de veiligheidsafspraken\" heeft, dan staat dat doel in het ondersteuningsplan.")
        case .geenBestaandeVeiligheid:
            (.waarschuwing, "000 l.2841–2846", "Een lopend veiligheidsplan noemt wat er nu al veiligheid geeft.")
        case .geenSchaalvraag:
            (.waarschuwing, "000 l.2871–2883", "In een lopend veiligheidsplan is de schaalvraag gesteld.")
        case .geenVeiligheidscontact:
            (.waarschuwing, "000 l.2904–2906", "Een lopend veiligheidsplan noemt wie het huishouden kan bellen, en wanneer.")
        case .afspraakZonderGevolg:
            (.waarschuwing, "000 l.2901–2902", "Bij elke veiligheidsafspraak staat wat er gebeurt als ze niet wordt nagekomen.")
        case .faseOnbekend:
            (.fout, "Regie", "De fase van het huishouden bestaat in de methode.")
        case .faseTegenspraak:
            (.waarschuwing, "000 l.478–1085", "De fase past bij wat is afgevinkt, of er is een reden vastgelegd waarom niet.")
        case .afgeslotenOnveilig:
            (.fout, "000 l.1077–1079", "Een huishouden met signalen van onveiligheid is niet afgesloten.")
        case .meldcodeNietGevolgd:
            (.fout, "000 l.484, 537, 857", "Bij signalen van onveiligheid, of vanaf niveau 3, is de meldcode gevolgd.")
        case .meldcodeTeLangOpen:
            (.waarschuwing, "Regie (methode.yaml: meldcode-open-dagen)", "Een meldcode krijgt binnen de afgesproken dagen een besluit.")
        case .niveauHerzienNaBesluit:
            (.waarschuwing, "000 l.1123–1124", "Na een besluit om te melden wordt het niveau op de regiekaart opnieuw bekeken.")
        case .meldcodeZonderToestemming:
            (.fout, "000 l.1120–1121", "Zonder toestemming om informatie te delen wordt bij signalen van onveiligheid de meldcode gevolgd.")
        case .niveauOnbekend:
            (.fout, "Regie", "Het niveau van het huishouden bestaat op de regiekaart.")
        case .niveauNietBepaald:
            (.hint, "000 l.1389–1600", "Het niveau op de regiekaart is bepaald.")
        case .verwijsindexRisicoOntbreekt:
            (.waarschuwing, "000 l.2916–3009", "Bij een signaal in de Verwijsindex staat het risico uit de criteria.")
        case .verwijsindexDatumOntbreekt:
            (.waarschuwing, "000 l.2916–3009", "Bij een signaal in de Verwijsindex staat de datum.")
        case .verwijsindexTeOud:
            (.fout, "000 l.2916–3009", "De Verwijsindex is alleen voor jongeren tot 23 jaar.")
        case .verwijsindexNietGeinformeerd:
            (.waarschuwing, "000 l.2916–3009", "Bij een match zijn de jeugdige en de wettelijk vertegenwoordiger geïnformeerd.")
        case .verwijsindexNogInformeren:
            (.hint, "000 l.2916–3009", "De jeugdige en de wettelijk vertegenwoordiger worden uiterlijk bij een match geïnformeerd.")
        case .verwijsindexOverlegTeLaat:
            (.waarschuwing, "000 l.2999–3002", "Na een match in de Verwijsindex is er binnen vijf werkdagen een overleg.")
        }
    }
}
