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

    /// The `agenda` executable built with the tests.
    public static var agendaBinary: String { productsFolder + "/agenda" }
}
