import Foundation

extension Opslag {
    /// A store on `map` without creating its folders: for code that only describes work on
    /// the store and never runs it (a program's reducer under test). Reading or writing
    /// through it fails as on a folder that is not there.
    public init(zonderAanmaken map: URL, laag: any Bytelaag = GeenVersleuteling()) {
        self.map = map
        self.laag = laag
    }
}
