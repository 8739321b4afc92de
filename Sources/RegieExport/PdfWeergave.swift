import CPangoCairo
import Foundation
import RegieDomain

/// The plan as a PDF (A4) to send to the household and the professionals: the title with
/// date and version, wrapped paragraphs, actions as a table, a signature line per signer,
/// and on every page a footer with the title of its part and "pagina 1 van 3". Text layout by pango, the PDF by cairo.
public struct PdfWeergave {
    public let document: Plandocument

    public init(document: Plandocument) {
        self.document = document
    }

    public struct Resultaat: Sendable {
        public var data: Data
        public var paginas: Int
        /// Characters no installed font has: they are printed as a box with their hex code.
        public var onbekendeTekens: Int
    }

    public func pdf() throws(PdfFout) -> Resultaat {
        let tekst = PangoTekst()
        var p = PdfPaginering()
        let opmaak = PdfBlokken(tekst: tekst)
        for s in opmaak.stapels(document) { p.plaats(s) }
        // Each part's pages carry its own title (the veiligheidsplan its own); before any part, the document's.
        let voeten = p.voeten.map { $0 ?? document.titel }
        let data = try Self.teken(p.paginas, voeten: voeten, tekst: tekst, titel: document.titel)
        return Resultaat(data: data, paginas: p.paginas.count, onbekendeTekens: tekst.onbekendeTekens)
    }

    // MARK: Drawing

    private final class Buffer {
        var data = Data()
    }

    private static func teken(_ paginas: [[PdfTeken]], voeten: [String], tekst: PangoTekst, titel: String) throws(PdfFout) -> Data {
        let buffer = Buffer()
        let schrijf: cairo_write_func_t = { closure, bytes, lengte in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Buffer>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(lengte))
            return CAIRO_STATUS_SUCCESS
        }
        // `buffer` stays alive until its last use below, after the surface is finished.
        let oppervlak = cairo_pdf_surface_create_for_stream(schrijf, Unmanaged.passUnretained(buffer).toOpaque(),
                                                            PdfPaginering.breedte, PdfPaginering.hoogte)
        guard let oppervlak else { throw PdfFout("De PDF kan niet worden gemaakt.") }
        defer { cairo_surface_destroy(oppervlak) }
        cairo_pdf_surface_set_metadata(oppervlak, CAIRO_PDF_METADATA_TITLE, PangoTekst.schoon(titel))
        cairo_pdf_surface_set_metadata(oppervlak, CAIRO_PDF_METADATA_CREATOR, "Regie")
        let cr = cairo_create(oppervlak)
        defer { cairo_destroy(cr) }
        let breedte = PdfPaginering.breedte - 2 * PdfPaginering.marge
        for (n, pagina) in paginas.enumerated() {
            var voetStapel = Stapel()
            voetStapel.voegToe(tekst, [Stuk(voeten[n])], .klein, x: PdfPaginering.marge, breedte: breedte * 0.7, top: 0)
            voetStapel.voegToe(tekst, [Stuk("pagina \(n + 1) van \(paginas.count)")], .klein, x: PdfPaginering.marge,
                               breedte: breedte, top: 0, rechts: true)
            var alles = pagina
            alles.append(.lijn(x1: PdfPaginering.marge, x2: PdfPaginering.breedte - PdfPaginering.marge,
                               y: PdfPaginering.onder + 22, dikte: 0.4))
            alles += voetStapel.elementen.map { $0.teken(PdfPaginering.onder + 26) }
            for t in alles {
                switch t {
                case let .regel(layout, index, x, y, grijs):
                    guard let regel = pango_layout_get_line_readonly(layout, index) else { continue }
                    let g = grijs ? 0.3 : 0.0
                    cairo_set_source_rgb(cr, g, g, g)
                    cairo_move_to(cr, x, y)
                    pango_cairo_show_layout_line(cr, regel)
                case let .lijn(x1, x2, y, dikte):
                    cairo_set_source_rgb(cr, 0, 0, 0)
                    cairo_set_line_width(cr, dikte)
                    cairo_move_to(cr, x1, y)
                    cairo_line_to(cr, x2, y)
                    cairo_stroke(cr)
                }
            }
            cairo_show_page(cr)
        }
        cairo_surface_finish(oppervlak)
        guard cairo_surface_status(oppervlak) == CAIRO_STATUS_SUCCESS else {
            throw PdfFout("De PDF kan niet worden gemaakt: \(String(cString: cairo_status_to_string(cairo_surface_status(oppervlak)))).")
        }
        return buffer.data
    }
}

public struct PdfFout: Error, Sendable, Equatable {
    public var melding: String
    public init(_ melding: String) { self.melding = melding }
}
