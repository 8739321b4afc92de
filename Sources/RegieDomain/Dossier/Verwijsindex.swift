import Kalender

/// A signal in the Verwijsindex Risicojongeren for one young person: the risk it was given
/// for (an id of `Criteria.verwijsindex`), when, whether the young person and the legal
/// representative were told (3a.p5: at the latest at a match), and after a match the
/// overleg of the signallers, which the method wants within five working days.
public struct Verwijsindexsignaal: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    /// The id of the risk in `Criteria.verwijsindex` ("v1").
    public var criterium: String
    /// The day the signal was given.
    public var datum: Datum?
    public var jeugdigeGeinformeerd: JaNee?
    public var vertegenwoordigerGeinformeerd: JaNee?
    /// The day the Verwijsindex reported a match with another signaller.
    public var matchdatum: Datum?
    /// The day the signallers held their overleg after the match.
    public var overlegdatum: Datum?

    public init(id: String = Sleutel.nieuw(), criterium: String = "", datum: Datum? = nil,
                jeugdigeGeinformeerd: JaNee? = nil, vertegenwoordigerGeinformeerd: JaNee? = nil,
                matchdatum: Datum? = nil, overlegdatum: Datum? = nil) {
        self.id = id
        self.criterium = criterium
        self.datum = datum
        self.jeugdigeGeinformeerd = jeugdigeGeinformeerd
        self.vertegenwoordigerGeinformeerd = vertegenwoordigerGeinformeerd
        self.matchdatum = matchdatum
        self.overlegdatum = overlegdatum
    }

    /// The Verwijsindex is for young people under this age.
    public static let leeftijdsgrens = 23
    /// After a match the signallers meet within this many working days.
    public static let overlegWerkdagen = 5

    /// The last day the overleg may be held after a match: five working days (Monday to
    /// Friday) after the day of the match.
    public var uiterlijkeOverlegdatum: Datum? {
        matchdatum.map { Self.werkdagen(Self.overlegWerkdagen, na: $0) }
    }

    /// The day `n` working days (Monday to Friday) after `dag`.
    public static func werkdagen(_ n: Int, na dag: Datum) -> Datum {
        var d = dag
        var over = n
        while over > 0 {
            d = d.plus(dagen: 1) ?? d
            if d.weekdag < 5 { over -= 1 }
        }
        return d
    }
}

extension Datum {
    /// Whole years from `geboren` to this day.
    public func leeftijd(geboren: Datum) -> Int {
        jaar - geboren.jaar - ((maand, dag) < (geboren.maand, geboren.dag) ? 1 : 0)
    }
}

extension Dossier {
    /// What is missing or wrong in the Verwijsindex signals of the household members: an
    /// unknown risk or no date, a person aged 23 or over, a young person or legal
    /// representative not told, a match without an overleg within five working days.
    public func verwijsindexBevindingen(_ methode: Methode, vandaag: Datum) -> [Bevinding] {
        var b: [Bevinding] = []
        for g in gezinsleden {
            let wie = g.naam.isEmpty ? "een gezinslid" : g.naam
            // The older yes/no answer, without signals recorded in detail: the age today.
            if g.verwijsindexSignaal == .ja, g.verwijsindexSignalen.isEmpty, let geboren = g.geboortedatum,
               vandaag.leeftijd(geboren: geboren) >= Verwijsindexsignaal.leeftijdsgrens {
                b.append(Bevinding(.verwijsindexTeOud, .gezinslid(g.id),
                                   "Bij \(wie) (\(vandaag.leeftijd(geboren: geboren)) jaar) staat een signaal in de Verwijsindex; de Verwijsindex is alleen voor jongeren tot \(Verwijsindexsignaal.leeftijdsgrens) jaar."))
            }
            for s in g.verwijsindexSignalen {
                let plaats = Plaats.gezinslid(g.id)
                if !methode.criteria.verwijsindex.contains(where: { $0.id == s.criterium }) {
                    b.append(Bevinding(.verwijsindexRisicoOntbreekt, plaats,
                                       "Bij het Verwijsindex-signaal voor \(wie) staat geen risico uit de criteria."))
                }
                if s.datum == nil {
                    b.append(Bevinding(.verwijsindexDatumOntbreekt, plaats, "Bij het Verwijsindex-signaal voor \(wie) staat geen datum."))
                }
                if let geboren = g.geboortedatum {
                    let leeftijd = (s.datum ?? vandaag).leeftijd(geboren: geboren)
                    if leeftijd >= Verwijsindexsignaal.leeftijdsgrens {
                        b.append(Bevinding(.verwijsindexTeOud, plaats,
                                           "\(wie) was \(leeftijd) jaar bij het Verwijsindex-signaal; de Verwijsindex is alleen voor jongeren tot \(Verwijsindexsignaal.leeftijdsgrens) jaar."))
                    }
                }
                var nietVerteld: [String] = []
                if s.jeugdigeGeinformeerd != .ja { nietVerteld.append("de jeugdige") }
                if s.vertegenwoordigerGeinformeerd != .ja { nietVerteld.append("de wettelijk vertegenwoordiger") }
                if !nietVerteld.isEmpty {
                    let wieNiet = nietVerteld.joined(separator: " en ")
                    if s.matchdatum != nil {
                        b.append(Bevinding(.verwijsindexNietGeinformeerd, plaats,
                                           "Er is een match op het Verwijsindex-signaal voor \(wie), maar \(wieNiet) is nog niet geïnformeerd; dat moet uiterlijk bij een match."))
                    } else {
                        b.append(Bevinding(.verwijsindexNogInformeren, plaats,
                                           "Informeer bij het Verwijsindex-signaal voor \(wie) ook \(wieNiet), uiterlijk bij een match."))
                    }
                }
                if let match = s.matchdatum, let uiterlijk = s.uiterlijkeOverlegdatum {
                    if let overleg = s.overlegdatum {
                        if overleg > uiterlijk {
                            b.append(Bevinding(.verwijsindexOverlegTeLaat, plaats,
                                               "Het overleg na de match van \(match.tekst) voor \(wie) was op \(overleg.tekst); dat had uiterlijk \(uiterlijk.tekst) moeten zijn (binnen vijf werkdagen)."))
                        }
                    } else if vandaag > uiterlijk {
                        b.append(Bevinding(.verwijsindexOverlegTeLaat, plaats,
                                           "Na de match van \(match.tekst) voor \(wie) is nog geen overleg vastgelegd; dat moest uiterlijk \(uiterlijk.tekst) (binnen vijf werkdagen)."))
                    }
                }
            }
        }
        return b
    }
}
