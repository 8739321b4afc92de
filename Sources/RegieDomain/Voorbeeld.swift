/// A fictional household with a filled ondersteuningsplan and veiligheidsplan, so a
/// newcomer sees the program at work. Every name is made up. Dates are relative to
/// `vandaag`, so the demo always has a next overleg and one late action.
public enum Voorbeeld {
    public static func demo(vandaag: Datum, id: String = Sleutel.nieuw()) -> Dossier {
        // Near the last day there is, the example's later days stay on it.
        func dag(_ n: Int) -> Datum { vandaag.plus(dagen: n) ?? (n < 0 ? .eerste : .laatste) }
        let sanne = Gezinslid(naam: "Sanne de Jong", geslacht: "vrouw", geboortedatum: Datum(jaar: 1991, maand: 4, dag: 12),
                              rolInGezin: "moeder", burgerlijkeStaat: "samenwonend", beroep: "doktersassistente (parttime)",
                              adres: Adres(straatEnHuisnummer: "Lindelaan 14", postcode: "1234 AB", woonplaats: "Zuiderveen"),
                              telefoon: "06-12345678", email: "sanne@voorbeeld.nl", verwijsindexSignaal: .nee,
                              woonplaatsbeginselGecontroleerd: .ja, legitimatieGecontroleerd: .ja)
        let youssef = Gezinslid(naam: "Youssef El Amrani", geslacht: "man", geboortedatum: Datum(jaar: 1988, maand: 9, dag: 3),
                                rolInGezin: "vader", burgerlijkeStaat: "samenwonend", beroep: "chauffeur, nu werkzoekend",
                                adres: sanne.adres, telefoon: "06-87654321", verwijsindexSignaal: .nee,
                                woonplaatsbeginselGecontroleerd: .ja, legitimatieGecontroleerd: .ja)
        let noe = Gezinslid(naam: "Noé El Amrani", geslacht: "jongen", geboortedatum: Datum(jaar: 2017, maand: 2, dag: 20),
                            rolInGezin: "zoon", gezag: "beide ouders", adres: sanne.adres, verwijsindexSignaal: .ja,
                            woonplaatsbeginselGecontroleerd: .ja, legitimatieGecontroleerd: .nee)
        let lienne = Gezinslid(naam: "Liënne El Amrani", geslacht: "meisje", geboortedatum: Datum(jaar: 2021, maand: 6, dag: 8),
                               rolInGezin: "dochter", gezag: "beide ouders", adres: sanne.adres, verwijsindexSignaal: .nee,
                               woonplaatsbeginselGecontroleerd: .ja, legitimatieGecontroleerd: .nee)
        let ria = Netwerklid(naam: "Ria de Jong", relatie: "oma (moeder van Sanne)", telefoon: "0512-123456")
        let gulten = Netwerklid(naam: "Gülten Kaya", relatie: "buurvrouw", email: "gulten@voorbeeld.nl")
        let huisarts = Professional(naam: "Dr. Pieter van Dijk", organisatie: "Huisartsenpraktijk De Linde", functie: "huisarts",
                                    telefoon: "0512-654321")
        let jgz = Professional(naam: "Ilse Peeters", organisatie: "Jeugdgezondheidszorg Zuiderveen", functie: "jeugdverpleegkundige",
                               email: "i.peeters@voorbeeld.nl")
        let school = Professional(naam: "Kees Brouwer", organisatie: "Basisschool De Regenboog", functie: "intern begeleider",
                                  email: "k.brouwer@voorbeeld.nl")
        let marloes = Regisseur(naam: "Marloes Visser", rol: .proces, organisatie: "Lokaal team Zuiderveen",
                                email: "m.visser@voorbeeld.nl", telefoon: "0512-111222", profiel: .b, vanaf: dag(-35))
        let thijs = Regisseur(naam: "Thijs Bos", rol: .casus, organisatie: "Maatschappelijk werk Zuiderveen",
                              email: "t.bos@voorbeeld.nl", profiel: .b, vanaf: dag(-35))

        let start = Overleg(soort: .start, datum: dag(-21), tijd: Tijd(uur: 9, minuut: 30), locatie: "Thuis, Lindelaan 14",
                            aanwezigen: [sanne.id, youssef.id, ria.id, jgz.id, school.id, marloes.id, thijs.id])
        let voortgang = Overleg(soort: .voortgang, datum: dag(14), tijd: Tijd(uur: 14, minuut: 0),
                                locatie: "Wijkcentrum De Brug, Zuiderveen")

        let plan = Ondersteuningsplan(
            datum: dag(-21),
            aanleiding: "Sanne meldde zich bij het lokaal team: er is veel ruzie thuis sinds Youssef zijn baan kwijt is, "
                + "de huur is twee maanden niet betaald en Noé is op school vaak boos en moe.",
            krachten: [
                Uitspraak(spreker: sanne.id, citaat: "We willen allebei dat de kinderen het goed hebben, daar zijn we het over eens.",
                          gevolgen: "Een gedeeld doel om samen aan te werken."),
                Uitspraak(spreker: youssef.id, citaat: "Ik kook elke dag en breng de kinderen naar school.", sinds: "sinds de zomer"),
                Uitspraak(spreker: noe.id, citaat: "Ik ben goed in voetbal en ik lees Liënne voor uit mijn boek."),
                Uitspraak(spreker: ria.id, citaat: "De kinderen mogen altijd bij mij komen logeren; dat doen ze graag.",
                          gevolgen: "Een veilige plek buiten huis."),
                Uitspraak(spreker: school.id, citaat: "Noé is slim en helpt jongere kinderen graag met lezen."),
            ],
            zorgen: [
                Uitspraak(spreker: sanne.id, citaat: "Als we ruzie hebben, gaat het schreeuwen en de kinderen horen alles.",
                          sinds: "ongeveer een half jaar", gevolgen: "Liënne plast weer in bed; Noé slaapt slecht.",
                          leefgebied: "veiligheid"),
                Uitspraak(spreker: youssef.id, citaat: "De rekeningen stapelen zich op en ik durf de post niet meer open te maken.",
                          sinds: "sinds het ontslag in mei", gevolgen: "Dreigende huurachterstand.",
                          leefgebied: "werk-inkomen-financien"),
                Uitspraak(spreker: school.id, citaat: "Noé komt vaak moe binnen en raakt snel in conflict op het plein.",
                          sinds: "dit schooljaar", leefgebied: "onderwijs"),
            ],
            eerdereHulp: [
                EerdereHulp(wat: "Opvoedondersteuning bij Noé", doorWie: "Jeugdgezondheidszorg", wanneer: "2023",
                            resultaat: "Tijdelijk rustiger; gestopt na verhuizing van de jeugdverpleegkundige."),
            ],
            integraleAnalyse: "Het verlies van werk zorgt voor geldzorgen en spanning tussen de ouders. De spanning loopt op tot "
                + "ruzies waar de kinderen bij zijn; de kinderen laten stress zien thuis en op school. Het netwerk (oma) is sterk "
                + "en wil helpen.",
            gewenstResultaat: "Een rustig huis waar de kinderen veilig opgroeien, met een betaalbare huur en een vaste baan voor Youssef.",
            zorgenBasiszorgVeiligheid: .ja,
            doelen: [
                Doel(omschrijving: "Sanne en Youssef bespreken meningsverschillen rustig, op een moment dat de kinderen op bed liggen of bij oma zijn.", acties: [
                    Actie(wie: marloes.id, wat: "Aanmelden bij oudercursus 'Rustig samen'", wanneer: dag(-14), gedaan: dag(-15)),
                    Actie(wie: youssef.id, wat: "Time-outplan opschrijven en op de koelkast hangen", wanneer: dag(-3)),
                ], leefgebied: "veiligheid"),
                Doel(omschrijving: "De vaste lasten worden elke maand op tijd betaald.", acties: [
                    Actie(wie: thijs.id, wat: "Afspraak maken met schuldhulpverlening", wanneer: dag(5)),
                    Actie(wie: sanne.id, wat: "Alle ongeopende post meenemen naar het gesprek", wanneer: dag(5)),
                ], leefgebied: "werk-inkomen-financien"),
                Doel(omschrijving: "Noé slaapt goed en gaat met plezier naar school.", acties: [
                    Actie(wie: school.id, wat: "Wekelijks kort contact met Sanne over hoe het gaat", wanneer: dag(7)),
                ], leefgebied: "onderwijs"),
                // The goal the veiligheidsplan's doelencheck asks for (its first box is ticked).
                Doel(omschrijving: "Sanne en Youssef houden zich aan de veiligheidsafspraken uit het veiligheidsplan.", acties: [
                    Actie(wie: thijs.id, wat: "Bij elk huisbezoek samen nalopen of de veiligheidsafspraken zijn nagekomen", wanneer: dag(7)),
                ], leefgebied: "veiligheid"),
            ],
            samenvatting: "Een warm gezin onder druk door geld en ruzies. De ouders willen hulp; oma vangt de kinderen op als het "
                + "thuis te onrustig is. De eerste weken staan in het teken van rust en veiligheid.",
            overleggen: [start, voortgang]
        )

        let veiligheid = Veiligheidsplan(
            doelencheck: Doelencheck(afsprakenNakomen: true, onveiligheidOpheffen: true, oorzakenBehandelen: true, herstelEnNazorg: false),
            veiligheidsvoorwaarden: "Er wordt niet geslagen of gegooid. Bij oplopende spanning gaat één ouder weg.",
            bestaandeVeiligheid: [
                Uitspraak(spreker: sanne.id, citaat: "Als het te erg wordt, bel ik mijn moeder en gaan de kinderen daarheen."),
                Uitspraak(spreker: lienne.id, citaat: "Bij oma mag ik in het grote bed slapen."),
            ],
            gebeurtenissen: [
                Uitspraak(spreker: sanne.id, citaat: "De ergste keer gooide Youssef een stoel om; Noé stond in de deur.",
                          sinds: "twee maanden geleden"),
            ],
            schade: [
                Uitspraak(spreker: jgz.id, citaat: "Liënne is schrikkerig en plast weer in bed."),
            ],
            grootsteZorg: [
                Uitspraak(spreker: marloes.id, citaat: "Dat een ruzie uit de hand loopt en iemand gewond raakt."),
            ],
            complicerendeFactoren: [
                Uitspraak(spreker: youssef.id, citaat: "Als ik slecht slaap en er weer een aanmaning komt, ben ik kort van stof."),
            ],
            schaalvragen: [
                Schaalscore(persoon: sanne.id, cijfer: 4, toelichting: "Het is nog te vaak onrustig.", datum: dag(-21), overleg: start.id),
                Schaalscore(persoon: youssef.id, cijfer: 6, toelichting: "Het gaat al beter sinds we praten.", datum: dag(-21), overleg: start.id),
                Schaalscore(persoon: marloes.id, cijfer: 4, datum: dag(-21), overleg: start.id),
            ],
            afspraken: [
                Veiligheidsafspraak(wat: "Bij ruzie gaat Youssef een half uur naar buiten; de kinderen zijn er niet bij.",
                                    nodig: "Een time-outplan dat beide ouders kennen.", toezicht: thijs.id,
                                    alsNietNagekomen: "Er volgt direct een extra overleg; de procesregisseur overlegt met Veilig Thuis."),
                Veiligheidsafspraak(wat: "Als de spanning hoog oploopt, gaan Noé en Liënne naar oma Ria.",
                                    nodig: "Oma is bereikbaar en haalt de kinderen op.", toezicht: marloes.id,
                                    alsNietNagekomen: "De procesregisseur bespreekt met de ouders wat er nodig is."),
            ],
            contacten: [
                Veiligheidscontact(naam: "Ria de Jong (oma)", wanneerBellen: "als de kinderen weg moeten", telefoon: "0512-123456"),
                Veiligheidscontact(naam: "Veilig Thuis", wanneerBellen: "bij zorgen over geweld, dag en nacht", telefoon: "0800-2000"),
                Veiligheidscontact(naam: "Politie en ambulance", wanneerBellen: "bij direct gevaar", telefoon: "112"),
            ],
            evaluatiedatum: dag(14),
            ondertekening: [
                Ondertekening(persoon: sanne.id, naam: sanne.naam, hoedanigheid: .klant, datum: dag(-21)),
                Ondertekening(persoon: youssef.id, naam: youssef.naam, hoedanigheid: .klant, datum: dag(-21)),
                Ondertekening(persoon: marloes.id, naam: marloes.naam, hoedanigheid: .professional, datum: dag(-21)),
            ]
        )

        let proces = Processtatus(
            fase: "4",
            afgevinkt: [
                Afvinking(actie: "1.p1", datum: dag(-35), door: "Marloes Visser"),
                Afvinking(actie: "1.p2", datum: dag(-35), door: "Marloes Visser"),
                Afvinking(actie: "1.p3", datum: dag(-35), door: "Marloes Visser", notitie: "Signalen van ruzies met kinderen erbij."),
                Afvinking(actie: "2.p1", datum: dag(-30), door: "Marloes Visser"),
                Afvinking(actie: "2.p2", datum: dag(-30), door: "Marloes Visser"),
            ],
            startcriteria: ["s4"],
            meldcode: [Meldcodeverloop(
                stappen: [Stapvastlegging(stap: "0", datum: dag(-30), door: "Marloes Visser", notitie: "Ruzies met kinderen erbij.")],
                antwoorden: [
                    AfwegingAntwoord(afweging: "a1", antwoord: .ja, datum: dag(-28), door: "Marloes Visser"),
                    AfwegingAntwoord(afweging: "a2", antwoord: .nee, datum: dag(-28), door: "Marloes Visser",
                                     toelichting: "Geen acute onveiligheid; wel structurele spanning."),
                ]
            )],
            niveau: 3,
            niveaugeschiedenis: [
                Niveauwijziging(datum: dag(-30), van: nil, naar: 2, reden: "Meervoudige zorgen: geld, werk en opvoeding.", door: "Marloes Visser"),
                Niveauwijziging(datum: dag(-21), van: 2, naar: 3, reden: "Zorgen over veiligheid: ruzies waar de kinderen bij zijn.",
                                door: "Marloes Visser"),
            ]
        )

        return Dossier(id: id, naam: "Familie De Jong-El Amrani", aangemaakt: dag(-35),
                       contact: Contactgegevens(naam: "Sanne de Jong", adres: sanne.adres, telefoon: sanne.telefoon, email: sanne.email),
                       gezinsleden: [sanne, youssef, noe, lienne], netwerk: [ria, gulten],
                       professionals: [huisarts, jgz, school], regisseurs: [marloes, thijs], toestemmingDelen: .ja,
                       plan: plan, veiligheidsplan: veiligheid, proces: proces)
    }
}
