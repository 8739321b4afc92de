import RegieDomain
import Screen

/// List builders shared by the two plan screens: lists whose record sections need the
/// dossier (people, meetings), and lists of quotes where who says it is asked first.
enum Planlijsten {
    /// A list over an array of records whose fields are built with the dossier at hand.
    static func lijst<T: Identifiable>(_ pad: WritableKeyPath<Dossier, [T]>, id: String, titel: String, enkelvoud: String,
                                       regel: @escaping (Dossier, T) -> String,
                                       kop: @escaping (Dossier, T) -> String,
                                       velden: @escaping (Dossier, WritableKeyPath<Dossier, T>) -> [Onderdeel],
                                       nieuw: Lijst.Nieuw, staart: ((Dossier, T) -> String)? = nil) -> Lijst where T.ID == String {
        var lijst = Lijst(id: id, titel: titel, enkelvoud: enkelvoud,
              regels: { d in d[keyPath: pad].map { regel(d, $0) } },
              elementId: { d, i in d[keyPath: pad][i].id },
              element: { d, i in
                  let p = pad.appending(path: \.[i])
                  return Rubriek(kop(d, d[keyPath: p]), velden(d, p))
              },
              nieuw: nieuw,
              verwijder: { d, i in d[keyPath: pad].remove(at: i) })
        if let staart { lijst.staart = { d, i in staart(d, d[keyPath: pad][i]) } }
        return lijst
    }

    /// What the method asks for a quote, in the words of one list.
    struct Vragen {
        /// Asked in the person picker: "Wie noemt deze kracht?".
        var wie: String
        var citaat: String
        var sinds: String
        var gevolgen: String
    }

    /// "Sanne de Jong: “We willen allebei …”".
    static func regel(_ d: Dossier, _ u: Uitspraak) -> String {
        "\(d.naam(van: u.spreker)): “\(u.citaat.singleLine)”"
    }

    /// A list of quotes: Insert asks who says it (one key), then the quote has focus. With
    /// `leefgebieden` (the ondersteuningsplan, not the veiligheidsplan) each quote can carry
    /// a leefgebied, shown at the end of its line.
    static func uitspraken(_ pad: WritableKeyPath<Dossier, [Uitspraak]>, id: String, titel: String, enkelvoud: String,
                           leefgebieden: Leefgebiedtag? = nil, vragen: Vragen) -> Lijst {
        lijst(pad, id: id, titel: titel, enkelvoud: enkelvoud,
              regel: regel,
              kop: { d, u in "\(hoofdletter(enkelvoud)) van \(d.naam(van: u.spreker))" },
              velden: { _, p in
                  var velden: [Onderdeel] = [
                      .veld(.persoon("spreker", "Wie zegt het", p.appending(path: \.spreker), uitleg: vragen.wie)),
                      .veld(Veld.tekst("citaat", "Citaat", p.appending(path: \.citaat), uitleg: vragen.citaat).als(.citaat)),
                      .veld(.regel("sinds", "Sinds wanneer", p.appending(path: \.sinds), uitleg: vragen.sinds)),
                      .veld(.tekst("gevolgen", "Gevolgen", p.appending(path: \.gevolgen), uitleg: vragen.gevolgen)),
                  ]
                  if let leefgebieden { velden.append(.veld(leefgebieden.veld(p.appending(path: \.leefgebied)))) }
                  return velden
              },
              nieuw: .metPersoon(vraag: vragen.wie) { d, wie in d[keyPath: pad].append(Uitspraak(spreker: wie, citaat: "")) },
              staart: leefgebieden.map { tag in { _, u in tag.staart(u.leefgebied) } })
            .focus(op: "citaat")
    }

    static func hoofdletter(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    /// "02-11" for short histories.
    static func kort(_ d: Datum) -> String { String(d.tekst.prefix(5)) }
}
