import Foundation

/// Sets git up to merge agenda files with `agenda merge`: the driver in the repository's own
/// configuration and the `merge=agenda` attribute in `.gitattributes`, each only when missing.
struct MergeDriverSetup {
    let repository: GitRepository

    /// The name git's configuration gives the driver.
    static let driverName = "agenda merge driver"

    /// What the driver command ends with after the program: git puts the three versions' files there.
    static let driverArguments = " merge --no-backup %O %A %B"

    /// The driver command for `program`. Git runs it through the shell after putting file names for
    /// `%O %A %B`, so the program's path is single-quoted for the shell and its `%` doubled for git.
    static func driverCommand(program: String) -> String {
        let quoted = "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "'"
        return quoted.replacingOccurrences(of: "%", with: "%%") + driverArguments
    }

    /// The program of a driver command this setup wrote, or nil for a command written otherwise.
    static func program(ofDriver command: String) -> String? {
        guard command.hasSuffix(driverArguments), command.hasPrefix("'") else { return nil }
        let quoted = command.dropLast(driverArguments.count).replacingOccurrences(of: "%%", with: "%")
        guard quoted.count >= 2, quoted.hasSuffix("'") else { return nil }
        return String(quoted.dropFirst().dropLast()).replacingOccurrences(of: "'\\''", with: "'")
    }

    /// Puts the driver in the repository's configuration when no configuration has one, or when the
    /// one an earlier sync wrote names a program that is gone, or one in a build folder while
    /// `program` is not (an installed `agenda` takes over from a build); returns what it did, or nil.
    func configureDriver(program: String) throws -> String? {
        let command = MergeDriverSetup.driverCommand(program: program)
        var replaced = ""
        if let current = try repository.config("merge.agenda.driver") {
            guard current != command, let old = MergeDriverSetup.program(ofDriver: current) else { return nil }
            if !FileManager.default.isExecutableFile(atPath: old) {
                replaced = " (it ran \(old), which is gone)"
            } else if BuildFolder.contains(old), !BuildFolder.contains(program) {
                replaced = " (it ran \(old), in a build folder)"
            } else {
                return nil
            }
        }
        try repository.git.expect(["config", "--local", "merge.agenda.name", MergeDriverSetup.driverName], "git config")
        try repository.git.expect(["config", "--local", "merge.agenda.driver", command], "git config")
        return "merge driver set up in the repository's config: merge.agenda.driver = \(command)" + replaced
    }

    /// What `addAttributes` did to `.gitattributes`.
    struct AttributesChange {
        /// The lines added.
        var lines: [String]
        /// Whether `.gitattributes` had no other uncommitted change, so the lines can be committed alone.
        var committable: Bool
    }

    /// Gives the agenda files (paths from the top) the attribute `merge=agenda` in the top folder's
    /// `.gitattributes` when git does not give it to them yet: one pattern for the agenda folder's
    /// `*.json` when that folder is below the top, else one line per agenda file, so that other JSON
    /// files of the repository keep git's own merge. Returns nil when nothing was missing.
    func addAttributes(for paths: [String]) throws -> AttributesChange? {
        // With no agenda file yet, a folder below the top is still set up, through a name it could hold.
        if paths.isEmpty, repository.prefix.isEmpty { return nil }
        let probe = paths.isEmpty ? [repository.path(of: "agenda.json")] : paths
        let missing = try probe.filter { try mergeAttribute(of: $0) != "agenda" }
        guard !missing.isEmpty else { return nil }
        let file = repository.absolute(".gitattributes")
        let existing = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let patterns = repository.prefix.isEmpty
            ? missing.map { MergeDriverSetup.attributePattern(for: $0) }
            : [MergeDriverSetup.attributePattern(for: repository.prefix + "*.json", keepingGlob: true)]
        var lines = patterns.map { $0 + " merge=agenda" }.filter { !present.contains($0) }
        guard !lines.isEmpty else { return nil }
        if !present.contains(MergeDriverSetup.comment) { lines.insert(MergeDriverSetup.comment, at: 0) }
        let committable = try repository.git.expect(
            ["status", "--porcelain=v1", "-z", "--", ".gitattributes"], "git status").fields.isEmpty
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        text += lines.joined(separator: "\n") + "\n"
        do {
            try text.write(toFile: file, atomically: true, encoding: .utf8)
        } catch {
            throw Failure("cannot write \(file): \(error.localizedDescription)")
        }
        return AttributesChange(lines: lines.filter { $0 != MergeDriverSetup.comment }, committable: committable)
    }

    /// The comment put above the lines this setup adds.
    static let comment = "# Agenda files merge goal by goal with `agenda merge` (set up by agenda sync)."

    /// The value git gives the `merge` attribute for a path ("unspecified" when none).
    private func mergeAttribute(of path: String) throws -> String {
        let fields = try repository.git.expect(["check-attr", "-z", "merge", "--", path], "git check-attr").fields
        return fields.count >= 3 ? fields[2] : "unspecified"
    }

    /// A `.gitattributes` pattern that matches exactly `path` from the top: anchored with `/`, glob
    /// characters escaped (except `*.json` at the end with `keepingGlob`), and quoted the C way when
    /// it holds a space or a quote.
    static func attributePattern(for path: String, keepingGlob: Bool = false) -> String {
        var literal = path
        var glob = ""
        if keepingGlob, literal.hasSuffix("*.json") {
            literal.removeLast("*.json".count)
            glob = "*.json"
        }
        var pattern = "/"
        for character in literal {
            if "*?[\\".contains(character) { pattern.append("\\") }
            pattern.append(character)
        }
        pattern += glob
        guard pattern.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" }) else { return pattern }
        return "\"" + pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
