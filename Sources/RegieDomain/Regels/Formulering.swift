/// Small, explainable checks on how goals and actions are worded, in Dutch. They look at the
/// words only, not at meaning, so what they find is a tip, never an error.
///
/// A goal describes the wanted situation, in the present or future tense ("Anna slaapt elke
/// nacht zeven uur"), not a topic ("Schulden.") or what happened ("Er was veel ruzie."). An
/// action says what someone does, so it can be ticked off ("Afspraak maken bij de huisarts"),
/// not only a topic ("Schuldhulp") or a verb that never ends ("Kijken").
///
/// How a verb is recognised:
/// 1. a form of a common verb from the word lists below ("is", "heeft", "gaat", "was" …),
///    unless an article stands before it ("de was"; "het" is also a pronoun, "het gaat goed");
/// 2. the word right after a name from the dossier or a personal pronoun ("Anna slaapt",
///    "Sanne en Youssef bespreken", "hij schreeuwde"); ending in -de or -te it is past tense;
///    a past participle ("betaald") is a verb without a tense;
/// 3. a word ending in -t or -en that is not the first word and does not follow an article,
///    a preposition, "te" or an adjective ("De ouders bespreken" yes; "veel problemen", "met
///    schulden", "vaste lasten", "te laat" no), and is not on the short list of other words with
///    those endings ("tussen", "samen", "rust" …).
/// For an action a first word ending in -en counts too: actions often start with the verb
/// ("Aanmelden bij de cursus").
public enum Formulering {
    /// What the check finds in a goal.
    public enum Doeluitkomst: Equatable, Sendable {
        case goed
        /// Only past-tense verbs; the word that shows it.
        case verledenTijd(String)
        /// No verb at all.
        case geenWerkwoord
    }

    /// What the check finds in the *wat* of an action.
    public enum Actieuitkomst: Equatable, Sendable {
        case goed
        /// Only words that never end, like "kijken" or "bespreken": nothing to tick off.
        case vaag
        case geenWerkwoord
    }

    /// Checks a goal. `namen` are the names of the people in the dossier; a word right after
    /// one is read as its verb.
    public static func doel(_ tekst: String, namen: Set<String> = []) -> Doeluitkomst {
        let woorden = Self.woorden(tekst)
        guard !woorden.isEmpty else { return .goed }
        var verleden: String?
        var deelwoord = false
        for (i, w) in woorden.enumerated() {
            switch soort(van: woorden, op: i, namen: Self.namen(namen), eersteTelt: false) {
            case .tegenwoordig: return .goed
            case .verleden: verleden = verleden ?? w
            case .deelwoord: deelwoord = true
            case nil: continue
            }
        }
        if let verleden { return .verledenTijd(verleden) }
        return deelwoord ? .goed : .geenWerkwoord
    }

    /// Checks what an action says is done.
    public static func actie(_ tekst: String, namen: Set<String> = []) -> Actieuitkomst {
        let woorden = Self.woorden(tekst)
        guard !woorden.isEmpty else { return .goed }
        let inhoud = woorden.filter { !vulwoorden.contains($0) }
        if !inhoud.isEmpty, inhoud.allSatisfy({ vageWoorden.contains($0) }) { return .vaag }
        let namen = Self.namen(namen)
        let heeftWerkwoord = woorden.indices.contains { soort(van: woorden, op: $0, namen: namen, eersteTelt: true) != nil }
        return heeftWerkwoord ? .goed : .geenWerkwoord
    }

    // MARK: - Words

    /// The words of `tekst`, lowercase, without punctuation ("time-outplan" is two words).
    static func woorden(_ tekst: String) -> [String] {
        tekst.lowercased().split { !$0.isLetter }.map(String.init)
    }

    /// The words of people's names that can stand before a verb ("Sanne de Jong": sanne, jong).
    static func namen(_ namen: Set<String>) -> Set<String> {
        Set(namen.flatMap(woorden).filter { $0.count > 1 && !lidwoorden.contains($0) && !voorzetsels.contains($0) })
    }

    enum Soort { case tegenwoordig, verleden, deelwoord }

    /// Whether the word at `i` is a verb, and in which tense; nil when it is not one.
    static func soort(van woorden: [String], op i: Int, namen: Set<String>, eersteTelt: Bool) -> Soort? {
        let w = woorden[i]
        let vorige = i > 0 ? woorden[i - 1] : nil
        let naLidwoord = vorige.map { lidwoorden.contains($0) } ?? false
        // "het" is an article and a pronoun: "het eten", but "het gaat goed".
        let naEchtLidwoord = naLidwoord && vorige != "het"
        if verledenVormen.contains(w) { return naEchtLidwoord ? nil : .verleden }
        if tegenwoordigeVormen.contains(w) { return naEchtLidwoord ? nil : .tegenwoordig }
        if deelwoorden.contains(w) { return naEchtLidwoord ? nil : .deelwoord }
        if geenWerkwoord.contains(w) || lidwoorden.contains(w) || voorzetsels.contains(w) || w.count < 3 { return nil }
        if let vorige, onderwerpen.contains(vorige) || namen.contains(vorige) {
            return w.hasSuffix("de") || w.hasSuffix("te") ? .verleden : .tegenwoordig
        }
        guard w.hasSuffix("t") || w.hasSuffix("en") else { return nil }
        guard let vorige else { return eersteTelt && w.hasSuffix("en") ? .tegenwoordig : nil }
        if naLidwoord || voorzetsels.contains(vorige) { return nil }
        // An adjective before it ("vaste lasten", "gezonde maaltijden") makes it a noun.
        if vorige.hasSuffix("e"), vorige.count > 2 { return nil }
        return .tegenwoordig
    }

    // MARK: - Word lists

    /// Present (and future) forms of common verbs, with infinitives and participles.
    static let tegenwoordigeVormen: Set<String> = [
        "ben", "bent", "is", "zijn", "heb", "hebt", "heeft", "hebben", "word", "wordt", "worden",
        "kan", "kun", "kunt", "kunnen", "wil", "wilt", "willen", "moet", "moeten", "mag", "mogen", "zal", "zult", "zullen",
        "gaat", "gaan", "komt", "komen", "doet", "doen", "weet", "weten", "krijgt", "krijgen", "blijft", "blijven",
        "staat", "staan", "zit", "zitten", "ligt", "liggen", "ziet", "zien", "houdt", "hou", "houden",
        "vindt", "vinden", "eet", "eten", "slaapt", "slapen", "drinkt", "drinken", "leeft", "leven", "woont", "wonen",
        "werkt", "speelt", "spelen", "praat", "praten", "leert", "leren", "betaalt", "betalen", "voelt", "voelen",
        "spreekt", "spreken", "loopt", "lopen", "brengt", "brengen", "maakt", "maken", "neemt", "nemen", "geeft", "geven",
        "zegt", "zeggen", "vraagt", "vragen", "belt", "bellen", "helpt", "helpen", "zorgt",
    ]

    /// Past participles of common verbs: a verb, but they say nothing about the tense
    /// ("De huur werd betaald" is in the past, "De huur wordt betaald" is not).
    static let deelwoorden: Set<String> = [
        "geweest", "gehad", "geworden", "gekund", "gewild", "gegaan", "gekomen", "gedaan", "geweten", "gekregen",
        "gebleven", "gestaan", "gezeten", "gezien", "gehouden", "gevonden", "gegeten", "geslapen", "gedronken",
        "betaald", "gemaakt", "genomen", "gegeven", "gezegd", "gevraagd", "gebeld", "geholpen", "gezorgd",
    ]

    /// Simple-past forms of common verbs ("Er was veel ruzie").
    static let verledenVormen: Set<String> = [
        "was", "waren", "had", "hadden", "werd", "werden", "kon", "konden", "wilde", "wilden", "wou",
        "moest", "moesten", "mocht", "mochten", "ging", "gingen", "kwam", "kwamen", "deed", "deden",
        "wist", "wisten", "kreeg", "kregen", "bleef", "bleven", "stond", "stonden", "zat", "zaten",
        "lag", "lagen", "zag", "zagen", "hield", "hielden", "vond", "vonden", "at", "aten", "sliep", "sliepen",
        "dronk", "dronken", "liep", "liepen", "bracht", "brachten", "nam", "namen", "gaf", "gaven",
        "zei", "zeiden", "vroeg", "vroegen", "sloeg", "sloegen", "dacht", "dachten", "leefde", "woonde",
        "werkte", "speelde", "praatte", "betaalde", "voelde", "maakte", "belde", "hielp", "zorgde",
    ]

    /// Words after which a verb does not follow: articles, possessives, quantities.
    static let lidwoorden: Set<String> = [
        "de", "het", "een", "t", "deze", "dit", "die", "elke", "ieder", "iedere", "alle", "veel", "weinig",
        "geen", "mijn", "jouw", "haar", "hun", "ons", "onze", "uw", "enkele", "sommige",
        "twee", "drie", "vier", "vijf", "beide",
    ]

    /// Prepositions: after one comes a noun, not the verb.
    static let voorzetsels: Set<String> = [
        "met", "van", "in", "op", "aan", "voor", "naar", "bij", "uit", "over", "door", "om", "zonder", "tot",
        "tegen", "tussen", "na", "sinds", "vanwege", "rond", "onder", "boven", "achter", "naast", "per", "via",
        "te",
    ]

    /// Personal pronouns (and "er"): the verb follows them.
    static let onderwerpen: Set<String> = [
        "ik", "je", "jij", "u", "hij", "zij", "ze", "we", "wij", "jullie", "men", "er", "iedereen", "niemand",
    ]

    /// Words ending in -t or -en that are not verbs.
    static let geenWerkwoord: Set<String> = [
        "niet", "met", "dat", "wat", "het", "dit", "tot", "uit", "recht", "rust", "nacht", "tijd", "best", "meest",
        "eerst", "laatst", "vast", "apart", "contact", "respect", "budget", "toezicht", "overzicht", "inzicht",
        "post", "dienst", "moment", "resultaat", "plaat", "maandelijkse", "gezondheid", "net", "toch", "weer",
        "tussen", "binnen", "buiten", "boven", "beneden", "tegen", "open", "samen", "even", "alleen", "misschien",
        "eigen", "zeven", "negen", "tien", "volwassenen", "ouderen", "kinderen", "zorgen", "problemen", "schulden",
        "kosten", "lasten", "afspraken", "ruzies", "gesprekken", "vrienden", "jongeren", "regels", "uren", "weken",
        "dagen", "maanden", "jaren", "ochtend", "avond", "morgen", "heen", "tevreden", "verleden", "genoeg",
    ]

    /// Actions that are too vague to tick off when these are all they say.
    static let vageWoorden: Set<String> = [
        "kijken", "bekijken", "bespreken", "overleggen", "nadenken", "aandacht", "monitoren", "volgen", "gaten",
        "houden", "ondersteunen", "ondersteuning", "begeleiden", "begeleiding", "helpen", "hulp", "proberen",
        "oppakken", "werken", "zorgen", "checken", "afstemmen", "evalueren", "contact", "aanpakken", "verder",
    ]

    /// Words that add nothing to what is done.
    static let vulwoorden: Set<String> = [
        "even", "nog", "eens", "samen", "goed", "wat", "er", "het", "de", "een", "naar", "in", "of", "voor", "aan",
        "mee", "op", "om", "te", "blijven", "gaan", "verder", "zo", "nodig", "mogelijk", "hoe", "alles", "gaat", "loopt",
    ]
}
