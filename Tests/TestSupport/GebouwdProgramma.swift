import Foundation

/// The built executable named `naam`, found next to the test bundle (the products
/// folder), in the usual places.
public func gebouwdProgramma(_ naam: String) -> URL? {
    var kandidaten: [URL] = []
    let main = Bundle.main.bundleURL
    kandidaten += [main, main.deletingLastPathComponent()]
    var d = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.deletingLastPathComponent()
    for _ in 0..<5 {
        kandidaten.append(d)
        d = d.deletingLastPathComponent()
    }
    for b in Bundle.allBundles where b.bundleURL.pathExtension == "xctest" {
        kandidaten.append(b.bundleURL.deletingLastPathComponent())
    }
    // Last resort: the package's own .build/debug, found from this source file.
    let pakket = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    kandidaten.append(pakket.appendingPathComponent(".build/debug"))
    for map in kandidaten {
        let pad = map.appendingPathComponent(naam)
        var isMap: ObjCBool = false
        if FileManager.default.fileExists(atPath: pad.path, isDirectory: &isMap), !isMap.boolValue,
           FileManager.default.isExecutableFile(atPath: pad.path) {
            return pad
        }
    }
    return nil
}
