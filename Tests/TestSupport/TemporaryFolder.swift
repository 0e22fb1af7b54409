import Foundation

/// A fresh folder under the system's temp folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    /// The folder's path.
    public let path: String

    public init(_ label: String = "agenda-tests") {
        let base = FileManager.default.temporaryDirectory.path
        path = base + "/" + label + "-" + UUID().uuidString.prefix(8)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o755)
    }

    /// The path of a file in the folder.
    public func file(_ name: String) -> String {
        path + "/" + name
    }

    /// A copy of the sample agenda in the folder, under a name; its path.
    public func sampleCopy(_ name: String = "agenda.json") throws -> String {
        let target = file(name)
        try FileManager.default.copyItem(atPath: Paths.sampleAgenda, toPath: target)
        return target
    }

    /// Writes text to a file in the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String, mode: mode_t = 0o644) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: Data(text.utf8))
        chmod(target, mode)
        return target
    }

    /// The names of the files in the folder, hidden ones included, sorted.
    public func names() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    deinit {
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
}
