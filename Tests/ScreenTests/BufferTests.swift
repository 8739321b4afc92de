import Testing
@testable import Screen

@Suite("Buffer en schermbreedte")
struct BufferTests {
    @Test func breedtePerGrafeem() {
        #expect(DisplayWidth.of("a") == 1)
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute: one grapheme
        #expect(DisplayWidth.of("ë") == 1)
        #expect(DisplayWidth.of("€") == 1)
        #expect(DisplayWidth.of("漢") == 2)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
        #expect(DisplayWidth.of("👨‍👩‍👧") == 2)
        #expect(DisplayWidth.of("\u{7}") == 0)
        #expect("Noé 漢字 😀".displayWidth == 3 + 1 + 4 + 1 + 2)
    }

    @Test func brededTekensNemenTweeCellen() {
        var b = Buffer(size: Size(width: 10, height: 1))
        let used = b.write("a漢b", x: 0, y: 0)
        #expect(used == 4)
        #expect(b[1, 0].grapheme == "漢")
        #expect(b[2, 0].isContinuation)
        #expect(b.lines == ["a漢b      "])
    }

    @Test func breedTekenPastNietAanDeRand() {
        var b = Buffer(size: Size(width: 3, height: 1))
        b.write("ab漢", x: 0, y: 0)
        #expect(b.lines == ["ab "])
        #expect(!b[2, 0].isContinuation)
    }

    @Test func halfOverschrevenBreedTekenWordtLeeg() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.write("漢字", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        #expect(b.lines == [" x字"])
    }

    @Test func stuurtekensWordenZichtbaarGemaakt() {
        var b = Buffer(size: Size(width: 6, height: 1))
        b.write("a\u{1B}[2J", x: 0, y: 0)
        #expect(b.lines == ["a·[2J "])
    }

    @Test func knippenBinnenRechthoek() {
        var b = Buffer(size: Size(width: 8, height: 2))
        b.write("Liënne El Amrani", x: 2, y: 1, clip: Rect(x: 2, y: 1, width: 4, height: 1))
        #expect(b.text == "\n  Liën")
    }

    @Test func verschilBevatAlleenGewijzigdeCellen() {
        var a = Buffer(size: Size(width: 10, height: 3))
        a.write("Sanne", x: 0, y: 0)
        var b = a
        b.write("x", x: 3, y: 2)
        let diff = Diff(from: a, to: b)
        #expect(diff.cellCount == 1)
        #expect(diff.runs == [Diff.Run(x: 3, y: 2, cells: [Cell("x")])])
        #expect(Diff(from: nil, to: b).cellCount == 30)
    }

    @Test func afkappenMetBeletselteken() {
        #expect("Familie De Jong".truncated(toColumns: 8) == "Familie…")
        #expect("漢字漢字".truncated(toColumns: 5) == "漢字…")
        #expect("kort".truncated(toColumns: 8) == "kort")
    }
}
