// Every key the Swift looks up resolves, in English and in Spanish, in the compiled bundles:
// ios/check.sh checks the catalogues on Linux, and this checks what Xcode made of them. The
// keys are read from the sources beside this file, as written in `L("...")` and `WL("...")`.

import Foundation
import Testing
@testable import CairnApp
@testable import CairnWidget

struct LocalizationTests {
    /// ios/, found from this file's path (the simulator can read the Mac's files).
    private static let ios = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static func keys(function: String, under folder: String) throws -> Set<String> {
        let pattern = try NSRegularExpression(pattern: "\\b\(function)\\(\"([^\"]+)\"")
        var found = Set<String>()
        let files = FileManager.default.enumerator(at: ios.appendingPathComponent(folder), includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard file.pathExtension == "swift" else {
                continue
            }
            let text = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) {
                    found.insert(String(text[range]))
                }
            }
        }
        found.remove("...")  // the doc comment's example
        return found
    }

    private static func missing(_ keys: Set<String>, in bundle: Bundle, language: String) -> [String] {
        guard let path = bundle.path(forResource: language, ofType: "lproj"), let localized = Bundle(path: path) else {
            return ["no \(language).lproj"]
        }
        let absent = "\u{1}absent"
        return keys.sorted().filter { key in
            localized.localizedString(forKey: key, value: absent, table: nil) == absent
        }
    }

    @Test(arguments: ["en", "es"])
    func everyAppKeyResolves(language: String) throws {
        let keys = try LocalizationTests.keys(function: "L", under: "Sources/CairnApp")
        #expect(keys.count > 200)
        #expect(LocalizationTests.missing(keys, in: Labels.bundle, language: language) == [])
    }

    @Test(arguments: ["en", "es"])
    func everyWidgetKeyResolves(language: String) throws {
        let keys = try LocalizationTests.keys(function: "WL", under: "Sources/CairnWidget")
        #expect(keys.count >= 5)
        #expect(LocalizationTests.missing(keys, in: WidgetText.bundle, language: language) == [])
    }

    @Test func spanishPluralsTellOneFromMany() throws {
        let path = try #require(Labels.bundle.path(forResource: "es", ofType: "lproj"))
        let spanish = try #require(Bundle(path: path))
        let format = spanish.localizedString(forKey: "days.count", value: nil, table: nil)
        let es = Locale(identifier: "es")
        #expect(String(format: format, locale: es, 1) == "1 día")
        #expect(String(format: format, locale: es, 12) == "12 días")
    }
}
