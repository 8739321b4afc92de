import Foundation
import RegieDomain
import RegieExport
import RegieStore

/// The file formats a dossier can be exported to.
public enum Exportformaat: String, CaseIterable, Sendable {
    /// The plan as the household and professionals receive it (A4).
    case pdf
    /// The same document as Markdown.
    case md
    /// An invitation for the next overleg (iCalendar).
    case ics
    /// The plan's open actions for one's agenda (iCalendar): those that repeat with their rhythm.
    case acties
    /// The whole dossier, to import elsewhere.
    case json

    /// How the file's name ends: the actions are a calendar file too.
    public var extensie: String { self == .acties ? "ics" : rawValue }

    public var omschrijving: String {
        switch self {
        case .pdf: return "PDF van het plan (om te versturen)"
        case .md: return "Markdown van het plan (tekst)"
        case .ics: return "agenda-uitnodiging voor het volgende overleg"
        case .acties: return "de open acties van het plan voor de agenda (ics)"
        case .json: return "het hele dossier, om elders in te lezen"
        }
    }
}

/// Who the plan document (PDF, Markdown) is for.
public enum Ontvanger: String, CaseIterable, Sendable {
    /// The household and the school: without the checks per person (Verwijsindex, identity,
    /// woonplaatsbeginsel) and without empty fields. The default.
    case gezin
    /// The professionals: every recorded field and check.
    case professionals

    public var inhoud: Plandocument.Inhoud { self == .gezin ? .voorGezin : .voorProfessionals }

    /// "voor het gezin en school", for the dialog and messages.
    public var omschrijving: String {
        switch self {
        case .gezin: return "voor het gezin en school"
        case .professionals: return "voor professionals"
        }
    }

    /// What the version leaves out or keeps, in one line.
    public var uitleg: String {
        switch self {
        case .gezin: return "zonder Verwijsindex, ID-controle, woonplaatsbeginsel en lege velden"
        case .professionals: return "met alle gegevens en de controles per persoon"
        }
    }

    /// Whether a format has versions: only the plan document.
    public static func geldt(voor formaat: Exportformaat) -> Bool { formaat == .pdf || formaat == .md }
}

/// Why an export did not happen, in one Dutch sentence.
public enum Exportfout: Error, Sendable, Equatable {
    /// The file exists; nothing was written. Ask the user, then call again with `overschrijf: true`.
    case bestaatAl(String)
    case mapBestaatNiet(String)
    /// The dossier lacks what this format needs (an ics without a planned overleg).
    case kanNiet(String)
    case schrijven(String)

    public var melding: String {
        switch self {
        case .bestaatAl(let pad): return "Het bestand \(pad) bestaat al. Er is niets overschreven."
        case .mapBestaatNiet(let map): return "De map \(map) bestaat niet."
        case .kanNiet(let reden), .schrijven(let reden): return reden
        }
    }
}

/// Exports a dossier to a file, for the CLI (`regie export`) and the screens alike. Files are
/// called `regie-<id>.<formaat>`, are written atomically and readable only by the user (0600),
/// and an existing file is never replaced unless asked.
public struct Exporteur: Sendable {
    public let opslag: Opslag
    public let methode: Methode
    public let vandaag: Datum
    public let nu: Date

    public init(opslag: Opslag, methode: Methode, vandaag: Datum, nu: Date) {
        self.opslag = opslag
        self.methode = methode
        self.vandaag = vandaag
        self.nu = nu
    }

    /// `regie-<id>.pdf`; the professionals' version of the plan `regie-<id>-professionals.pdf`,
    /// so both can sit in one folder; the actions `regie-<id>-acties.ics`, next to the invitation.
    public static func bestandsnaam(_ dossier: Dossier, _ formaat: Exportformaat, voor: Ontvanger = .gezin) -> String {
        let deel = formaat == .acties ? "-acties" : Ontvanger.geldt(voor: formaat) && voor == .professionals ? "-professionals" : ""
        return "regie-\(dossier.id)\(deel).\(formaat.extensie)"
    }

    /// The version text under the title: the dossier as it was fixed at the last overleg, or
    /// a working version that differs from (or precedes) every fixed version.
    public func versietekst(_ dossier: Dossier) -> String {
        guard let laatste = opslag.versies(dossier.id).last else {
            return "Werkversie van \(vandaag.tekst), nog niet vastgesteld"
        }
        let v = laatste.vaststelling
        if let vast = try? opslag.laadVersie(dossier.id, laatste.id), vast == dossier {
            let overleg = v.overleg.flatMap { id in dossier.plan.overleggen.first { $0.id == id } }
            return "Versie vastgesteld op \(v.datum.tekst)" + (overleg.map { " (\($0.soort.tekst))" } ?? "")
        }
        return "Werkversie van \(vandaag.tekst), nog niet vastgesteld (laatst vastgesteld op \(v.datum.tekst))"
    }

    /// The plan document with the version text, as the PDF and the Markdown export show it.
    public func document(_ dossier: Dossier, voor: Ontvanger = .gezin) -> Plandocument {
        Plandocument.bouw(dossier, methode: methode, vandaag: vandaag, versie: versietekst(dossier), inhoud: voor.inhoud)
    }

    /// A file to write: its name, its contents, and what the user should know about it.
    public struct Bestand: Sendable {
        public var naam: String
        public var data: Data
        /// Said after writing: characters the PDF could only print as boxes.
        public var waarschuwing: String?
    }

    /// What `schrijf` did: where the file is, and what the user should know about it.
    public struct Geschreven: Sendable, Equatable {
        public var pad: String
        public var waarschuwing: String?
    }

    /// The warning for characters no installed font has.
    static func waarschuwing(onbekendeTekens n: Int) -> String? {
        guard n > 0 else { return nil }
        return "Let op: \(n == 1 ? "1 teken staat" : "\(n) tekens staan") in de PDF als vakje met een code, omdat geen geïnstalleerd "
            + "lettertype \(n == 1 ? "het" : "ze") heeft. Installeer de Noto-lettertypen (fonts-noto-core, fonts-noto-cjk, "
            + "fonts-noto-color-emoji) en exporteer opnieuw."
    }

    /// The file's name and contents. `voor` chooses the version of the plan (PDF, Markdown).
    public func bestand(_ dossier: Dossier, _ formaat: Exportformaat, voor: Ontvanger = .gezin) throws(Exportfout) -> Bestand {
        let naam = Self.bestandsnaam(dossier, formaat, voor: voor)
        switch formaat {
        case .pdf:
            do {
                let pdf = try PdfWeergave(document: document(dossier, voor: voor)).pdf()
                return Bestand(naam: naam, data: pdf.data, waarschuwing: Self.waarschuwing(onbekendeTekens: pdf.onbekendeTekens))
            } catch { throw .schrijven(error.melding) }
        case .md:
            return Bestand(naam: naam, data: Data(MarkdownWeergave(document: document(dossier, voor: voor)).tekst().utf8))
        case .json:
            do { return Bestand(naam: naam, data: try Formaat.codeer(dossier)) } catch {
                throw .schrijven("Het dossier kan niet worden omgezet naar JSON.")
            }
        case .ics:
            let overleg = dossier.volgendOverleg(vandaag: vandaag)
            if let probleem = ICalendarUitnodiging.probleem(overleg) { throw .kanNiet(probleem) }
            return Bestand(naam: naam, data: Data(ICalendarUitnodiging(dossier: dossier, overleg: overleg!, gemaakt: stempel).tekst().utf8))
        case .acties:
            let agenda = ICalendarActies(dossier: dossier, vandaag: vandaag, gemaakt: stempel)
            if let probleem = agenda.probleem { throw .kanNiet(probleem) }
            return Bestand(naam: naam, data: Data(agenda.tekst().utf8))
        }
    }

    /// `nu` as UTC "jjjjmmddThhmmssZ", for DTSTAMP.
    var stempel: String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: nu)
    }

    /// Writes the file into `naarMap` and returns its path (and a warning, if any). Throws
    /// `.bestaatAl` (and writes nothing) when the file exists and `overschrijf` is false.
    @discardableResult
    public func schrijf(_ dossier: Dossier, _ formaat: Exportformaat, voor: Ontvanger = .gezin, naarMap map: String,
                        overschrijf: Bool) throws(Exportfout) -> Geschreven {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: map, isDirectory: &isMap), isMap.boolValue else { throw .mapBestaatNiet(map) }
        let pad = URL(fileURLWithPath: map).appendingPathComponent(Self.bestandsnaam(dossier, formaat, voor: voor)).path
        var bestaat: ObjCBool = false
        if FileManager.default.fileExists(atPath: pad, isDirectory: &bestaat) {
            if bestaat.boolValue { throw .schrijven("Er staat al een map met de naam \(pad); er is niets geschreven.") }
            if !overschrijf { throw .bestaatAl(pad) }
        }
        let bestand = try bestand(dossier, formaat, voor: voor)
        do { try Uitvoer.schrijf(bestand.data, naar: pad) } catch { throw .schrijven(error.melding) }
        return Geschreven(pad: pad, waarschuwing: bestand.waarschuwing)
    }
}
