import Foundation

/// Paths of the package, the built binaries and the fixtures, found from this source file.
public enum Paths {
    /// The package's root folder.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The summit's sample agenda.
    public static var sampleAgenda: String { packageRoot + "/Agendas/hemispheric-agenda.json" }

    /// The test fixtures folder.
    public static var fixtures: String { packageRoot + "/Tests/Fixtures" }

    /// The folder of the built products: beside the running test bundle.
    public static let productsFolder: String = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent().path,
            Bundle.main.bundleURL.path,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path,
        ]
        for folder in candidates where FileManager.default.isExecutableFile(atPath: folder + "/agenda") {
            return folder
        }
        return packageRoot + "/.build/debug"
    }()

    /// The environment variable that picks the `agenda` binary the tests run, such as the release
    /// build's (`AGENDA_TEST_BINARY=.build/release/agenda swift test`); a relative path is taken from
    /// the package's root.
    public static let binaryVariable = "AGENDA_TEST_BINARY"

    /// The `agenda` executable the tests run: the one `AGENDA_TEST_BINARY` names, else the one built
    /// with the tests. A name that is not an executable stops the run, so that a misspelt path never
    /// quietly tests the debug build instead.
    public static let agendaBinary: String = {
        guard let chosen = ProcessInfo.processInfo.environment[binaryVariable], !chosen.isEmpty else {
            return productsFolder + "/agenda"
        }
        let path = chosen.hasPrefix("/") ? chosen : packageRoot + "/" + chosen
        guard FileManager.default.isExecutableFile(atPath: path) else {
            fatalError("\(binaryVariable)=\(chosen): \(path) is not an executable; build it first (swift build -c release)")
        }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }()
}
