import Foundation
import RegieDomain
import RegieExport
import RegieStore

/// The formats of "everything about one person" (AVG art. 15 access, art. 20 portability).
public enum Persoonsformaat: String, CaseIterable, Sendable {
    /// Machine-readable, to take elsewhere (art. 20).
    case json
    /// To read and hand over (art. 15).
    case pdf

    public var omschrijving: String {
        switch self {
        case .json: return "JSON: alle gegevens, om mee te nemen naar een andere organisatie"
        case .pdf: return "PDF: alle gegevens, om te lezen of te geven"
        }
    }
}

extension Exporteur {
    /// `regie-<dossier id>-<person id>.json|pdf`: ids only, so the name reveals no one.
    public static func bestandsnaam(_ dossier: Dossier, persoon: String, _ formaat: Persoonsformaat) -> String {
        "regie-\(dossier.id)-\(persoon).\(formaat.rawValue)"
    }

    /// The file's name and contents for one person of the dossier.
    public func bestand(_ dossier: Dossier, persoon id: String, _ formaat: Persoonsformaat) throws(Exportfout) -> (naam: String, data: Data) {
        guard let gegevens = Persoonsgegevens.van(id, in: dossier) else {
            throw .kanNiet("Deze persoon staat niet in het dossier \(dossier.id).")
        }
        let naam = Self.bestandsnaam(dossier, persoon: id, formaat)
        switch formaat {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            do { return (naam, try encoder.encode(gegevens)) } catch {
                throw .schrijven("De gegevens kunnen niet worden omgezet naar JSON.")
            }
        case .pdf:
            do { return (naam, try PdfWeergave(document: Plandocument.inzage(gegevens, vandaag: vandaag)).pdf().data) } catch {
                throw .schrijven(error.melding)
            }
        }
    }

    /// Writes everything about one person into `naarMap` (0600, atomically) and returns the
    /// path. Throws `.bestaatAl` (and writes nothing) when the file exists and `overschrijf` is false.
    @discardableResult
    public func schrijfPersoon(_ dossier: Dossier, _ persoon: String, _ formaat: Persoonsformaat, naarMap map: String,
                               overschrijf: Bool) throws(Exportfout) -> String {
        var isMap: ObjCBool = false
        guard FileManager.default.fileExists(atPath: map, isDirectory: &isMap), isMap.boolValue else { throw .mapBestaatNiet(map) }
        let pad = URL(fileURLWithPath: map).appendingPathComponent(Self.bestandsnaam(dossier, persoon: persoon, formaat)).path
        var bestaat: ObjCBool = false
        if FileManager.default.fileExists(atPath: pad, isDirectory: &bestaat) {
            if bestaat.boolValue { throw .schrijven("Er staat al een map met de naam \(pad); er is niets geschreven.") }
            if !overschrijf { throw .bestaatAl(pad) }
        }
        let data = try bestand(dossier, persoon: persoon, formaat).data
        do { try Uitvoer.schrijf(data, naar: pad) } catch { throw .schrijven(error.melding) }
        // Ids and the format only: the file name and the person's name stay out of the trail.
        opslag.noteerExport(dossier: dossier.id, formaat: "gegevens van persoon \(persoon) (\(formaat.rawValue))")
        return pad
    }
}
