// Prints the time to export a full plan as PDF: swift run -c release regie-pdf-bench [aantal] [pad]
// The plan is the demo household, enlarged: many quotes, goals and actions, long texts and a
// veiligheidsplan with signers. Goal: the median at most 200 ms.
import Foundation
import RegieDomain
import RegieExport
import RegieMethode

let vandaag = Datum(jaar: 2026, maand: 11, dag: 23)!

func grootPlan() -> Dossier {
    var d = Voorbeeld.demo(vandaag: vandaag)
    let lang = String(repeating: "Het gezin vertelt hoe de week verliep, wat goed ging en waar het schuurde; Zoë en René vullen aan. ", count: 12)
    d.plan.aanleiding += " " + lang
    d.plan.integraleAnalyse = String(repeating: d.plan.integraleAnalyse + " ", count: 8)
    d.plan.samenvatting += " " + lang
    let sprekers = d.personen.map(\.id)
    for i in 0..<40 {
        let u = Uitspraak(spreker: sprekers[i % sprekers.count], citaat: "Uitspraak \(i + 1): " + String(lang.prefix(180 + i * 7)),
                          sinds: "sinds \(i + 1) weken", gevolgen: "Gevolg \(i + 1) voor het gezin.")
        if i.isMultiple(of: 2) { d.plan.krachten.append(u) } else { d.plan.zorgen.append(u) }
    }
    for i in 0..<12 {
        let acties = (0..<6).map { j in
            Actie(wie: sprekers[(i + j) % sprekers.count], wat: "Actie \(j + 1) bij doel \(i + 1): " + String(lang.prefix(60 + j * 20)),
                  wanneer: vandaag.plus(dagen: j * 5 - 10), gedaan: j == 0 ? vandaag.plus(dagen: -12) : nil)
        }
        d.plan.doelen.append(Doel(omschrijving: "Het gezin heeft rust en overzicht in week \(i + 1).", acties: acties))
    }
    var vp = d.veiligheidsplan!
    vp.veiligheidsvoorwaarden += " " + lang
    for i in 0..<10 {
        vp.gebeurtenissen.append(Uitspraak(spreker: sprekers[i % sprekers.count], citaat: "Gebeurtenis \(i + 1): " + String(lang.prefix(150))))
        vp.afspraken.append(Veiligheidsafspraak(wat: "Afspraak \(i + 1): " + String(lang.prefix(120)), nodig: "Steun van oma.",
                                                toezicht: sprekers[i % sprekers.count], alsNietNagekomen: "Extra overleg."))
    }
    vp.ondertekening = Array(vp.ondertekening.prefix(1))
    d.veiligheidsplan = vp
    return d
}

let aantal = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 30 : 30
let methode = try MethodeLader.standaard()
let dossier = grootPlan()
let versie = "Werkversie van \(vandaag.tekst), nog niet vastgesteld"

var tijden: [Double] = []
var laatste: PdfWeergave.Resultaat?
for _ in 0..<aantal {
    let begin = DispatchTime.now().uptimeNanoseconds
    // The whole export: build the document from the dossier, lay it out, write the PDF.
    let doc = Plandocument.bouw(dossier, methode: methode, vandaag: vandaag, versie: versie, inhoud: .voorGezin)
    laatste = try PdfWeergave(document: doc).pdf()
    tijden.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1_000_000)
}
let eerste = tijden[0]  // includes loading fonts
tijden.sort()
let mediaan = tijden[tijden.count / 2]
let p90 = tijden[min(tijden.count - 1, Int(Double(tijden.count) * 0.9))]
print(String(format: "PDF van een volledig plan, %d keer: mediaan %.1f ms, p90 %.1f ms, eerste keer (lettertypen laden) %.1f ms", aantal, mediaan, p90, eerste))
print("\(laatste!.paginas) pagina's, \(laatste!.data.count / 1024) KB")
print(mediaan <= 200 ? "Doel (mediaan ≤ 200 ms) gehaald." : "Doel (mediaan ≤ 200 ms) NIET gehaald.")
if CommandLine.arguments.count > 2 {
    try laatste!.data.write(to: URL(fileURLWithPath: CommandLine.arguments[2]))
    print("Geschreven: \(CommandLine.arguments[2])")
}
