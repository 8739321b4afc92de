import CPangoCairo

/// The text styles of the PDF.
enum PdfStijl {
    case titel, kop1, kop2, kop3, tekst, cursief, klein, kop3Tabel

    /// The fonts in order of preference. DejaVu Sans sets the text; a character it lacks
    /// comes from the next family that has it: Noto Sans for other alphabets, Noto Sans CJK
    /// for Chinese, Japanese and Korean (the Debian packages fonts-dejavu-core,
    /// fonts-noto-core and fonts-noto-cjk). Emoji come from fontconfig's fallback (Noto Color
    /// Emoji, fonts-noto-color-emoji): named in this list, pango would take that font for
    /// the digits too, which it has for keycaps, and the digits would be pictures without text.
    /// A character no font has is drawn as a box with its hex code, and counted.
    static let families = "DejaVu Sans, Noto Sans, Noto Sans CJK JP"

    var font: String {
        switch self {
        case .titel: return "\(Self.families) Bold 18"
        case .kop1: return "\(Self.families) Bold 16"
        case .kop2: return "\(Self.families) Bold 12.5"
        case .kop3: return "\(Self.families) Bold 10.5"
        case .tekst: return "\(Self.families) 10"
        case .cursief: return "\(Self.families) Oblique 10"
        case .klein: return "\(Self.families) 8.5"
        case .kop3Tabel: return "\(Self.families) Bold 9"
        }
    }

    /// Grey for secondary text (meta lines, notes, the footer); black otherwise.
    var grijs: Bool { self == .klein || self == .cursief }
}

/// One laid-out line of a pango layout: where it sits relative to the top of its layout.
struct LayoutRegel {
    var index: Int32
    /// Top of the line's logical box, in points from the top of the layout.
    var top: Double
    var hoogte: Double
    /// Baseline, in points from the top of the layout.
    var basis: Double
    /// Horizontal offset of the line (alignment), in points.
    var x: Double
}

/// Makes pango layouts (plain text with attributes, never markup, so nothing in the text
/// needs escaping) and owns them until the document is drawn.
final class PangoTekst {
    let context: OpaquePointer
    private var fonts: [String: OpaquePointer] = [:]
    private(set) var layouts: [OpaquePointer] = []
    /// Characters no installed font could draw (pango shows them as a box with their hex
    /// code), over all layouts made so far.
    private(set) var onbekendeTekens = 0
    let schaal = Double(regie_pango_scale())

    init() {
        // The thread's default font map: glyph caches survive between documents.
        let fontmap = pango_cairo_font_map_get_default()
        context = pango_font_map_create_context(fontmap)
        pango_cairo_context_set_resolution(context, 72)  // 1 unit = 1 point
        let opties = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(opties, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(opties, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, opties)
        cairo_font_options_destroy(opties)
        pango_context_set_language(context, pango_language_from_string("nl"))
    }

    deinit {
        for l in layouts { g_object_unref(UnsafeMutableRawPointer(l)) }
        for f in fonts.values { pango_font_description_free(f) }
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    private func font(_ stijl: PdfStijl) -> OpaquePointer {
        if let f = fonts[stijl.font] { return f }
        let f = pango_font_description_from_string(stijl.font)!
        fonts[stijl.font] = f
        return f
    }

    /// A layout of `stukken` (bold pieces in bold) wrapped at `breedte` points; word wrap,
    /// and inside a word only when a word is wider than the line. No hyphens are added.
    func layout(_ stukken: Regel, _ stijl: PdfStijl, breedte: Double, rechts: Bool = false, eenRegel: Bool = false) -> (OpaquePointer, [LayoutRegel]) {
        let l = pango_layout_new(context)!
        layouts.append(l)
        pango_layout_set_font_description(l, font(stijl))
        pango_layout_set_width(l, Int32(max(1, breedte) * schaal))
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR)
        if rechts { pango_layout_set_alignment(l, PANGO_ALIGN_RIGHT) }
        if eenRegel { pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END) }
        let attrs = pango_attr_list_new()
        pango_attr_list_insert(attrs, pango_attr_insert_hyphens_new(0))
        var tekst = ""
        var begin = 0
        for stuk in stukken {
            let schoon = stuk.citaat ? "\u{201C}\(Self.schoon(stuk.tekst))\u{201D}" : Self.schoon(stuk.tekst)
            tekst += schoon
            let eind = begin + schoon.utf8.count
            if stuk.vet && eind > begin {
                let a = pango_attr_weight_new(PANGO_WEIGHT_BOLD)!
                a.pointee.start_index = guint(begin)
                a.pointee.end_index = guint(eind)
                pango_attr_list_insert(attrs, a)
            }
            begin = eind
        }
        pango_layout_set_attributes(l, attrs)
        pango_attr_list_unref(attrs)
        pango_layout_set_text(l, tekst, Int32(tekst.utf8.count))
        onbekendeTekens += Int(pango_layout_get_unknown_glyphs_count(l))
        return (l, regels(l))
    }

    private func regels(_ l: OpaquePointer) -> [LayoutRegel] {
        var uit: [LayoutRegel] = []
        let iter = pango_layout_get_iter(l)
        defer { pango_layout_iter_free(iter) }
        var i: Int32 = 0
        repeat {
            var logisch = PangoRectangle()
            pango_layout_iter_get_line_extents(iter, nil, &logisch)
            let basis = Double(pango_layout_iter_get_baseline(iter)) / schaal
            uit.append(LayoutRegel(index: i, top: Double(logisch.y) / schaal, hoogte: Double(logisch.height) / schaal,
                                   basis: basis, x: Double(logisch.x) / schaal))
            i += 1
        } while pango_layout_iter_next_line(iter) != 0
        return uit
    }

    /// Text pango can take: no control characters (they would show as boxes or be refused),
    /// tabs as spaces, line breaks kept.
    static func schoon(_ s: String) -> String {
        var uit = String.UnicodeScalarView()
        var naCR = false
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0A: if !naCR { uit.append(u) }
            case 0x0D, 0x2028, 0x2029: uit.append("\n")
            case 0x09: uit.append(" ")
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: uit.append(" ")
            default: uit.append(u)
            }
            naCR = u.value == 0x0D
        }
        return String(uit)
    }
}
