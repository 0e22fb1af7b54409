import Foundation

/// Tells whether a program lives in a SwiftPM build folder, which `swift package clean` (or a new
/// checkout) empties: a folder named `.build`, `.build-*` or `.build_*`, or a scratch folder of
/// another name (`swift build --scratch-path`) told by SwiftPM's layout, `TRIPLE/debug` or
/// `TRIPLE/release`, with `debug` and `release` beside them as links.
enum BuildFolder {
    /// Whether `path`, or the file it leads to through links, is in a build folder.
    static func contains(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return isInside(path) || isInside(resolved)
    }

    /// The configurations SwiftPM builds, each a folder of the products.
    static let configurations: Set<String> = ["debug", "release"]

    /// Whether a folder's name is one SwiftPM's build folders go by.
    static func isBuildFolderName(_ name: some StringProtocol) -> Bool {
        name == ".build" || name.hasPrefix(".build-") || name.hasPrefix(".build_")
    }

    /// Whether a folder's name is a target triple, such as `x86_64-unknown-linux-gnu` or
    /// `arm64-apple-macosx`: an architecture, a vendor, then a system.
    static func isTriple(_ name: some StringProtocol) -> Bool {
        let parts = name.split(separator: "-")
        let systems = ["linux", "macos", "ios", "tvos", "watchos", "windows", "android", "wasi", "freebsd", "openbsd", "none"]
        return parts.count >= 3 && parts.dropFirst(2).contains { part in systems.contains { part.hasPrefix($0) } }
    }

    /// Whether the path itself, links left as they are, names a file in a build folder.
    private static func isInside(_ path: String) -> Bool {
        let folders = path.split(separator: "/").dropLast()
        if folders.contains(where: isBuildFolderName) { return true }
        guard let configuration = folders.last, configurations.contains(String(configuration)) else { return false }
        let above = folders.dropLast()
        if let parent = above.last, isTriple(parent) { return true }
        // SCRATCH/debug, a link SwiftPM makes to SCRATCH/TRIPLE/debug.
        let scratch = (path.hasPrefix("/") ? "/" : "") + above.joined(separator: "/")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scratch.isEmpty ? "." : scratch)) ?? []
        return names.contains { isTriple($0) && AgendaLocation.isFolder(scratch + "/" + $0 + "/" + configuration) }
    }
}
