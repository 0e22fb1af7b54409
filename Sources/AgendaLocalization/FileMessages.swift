/// The store's and the validator's messages in the interface's language.
///
/// `AgendaStore` and `AgendaModel`'s checks write their messages in English, where they are made (a
/// file that cannot be opened, a read-only file, a duplicate id at line 12). This turns the common ones
/// into the interface's language from their English form; one it does not know stays as it was
/// written, whole, rather than half translated.
public enum FileMessages {
    /// A message of the store or of the validator, with the ending that says what became of the file
    /// (`; nothing was written`), in the interface's language.
    public static func translate(_ message: String, _ strings: Strings) -> String {
        guard strings.language != .english else { return message }
        let endings: [(String, Text)] = [
            ("; nothing was written", .fileNothingWritten), ("; the file was not changed", .fileNotChanged),
            (" (nothing was written)", .fileNothingWrittenAfter),
        ]
        for (ending, key) in endings where message.hasSuffix(ending) {
            return strings.format(key, translate(String(message.dropLast(ending.count)), strings))
        }
        return phrase(message, strings)
    }

    /// One message, with no ending, in the interface's language; unknown ones as written.
    public static func phrase(_ message: String, _ strings: Strings) -> String {
        guard strings.language != .english else { return message }
        return file(message, strings) ?? problem(message, strings) ?? value(message, strings) ?? message
    }

    // MARK: The store

    /// What the store says about the file itself: it exists, it may not be written, a system call failed.
    private static func file(_ message: String, _ strings: Strings) -> String? {
        if message == "the file already exists" { return strings[.fileAlreadyExists] }
        if message.hasPrefix("the file is another user's") { return strings[.fileOthers] }
        if message == "the file is a symbolic link to a file that does not exist" { return strings[.fileDanglingLink] }
        if message == "is a folder; give the agenda file whose backups you want" { return strings[.fileIsFolder] }
        if let mode = between(message, "the file is read-only (mode ", ")") { return strings.format(.fileReadOnly, mode) }
        if let mode = between(message, "you do not have permission to write the file (mode ", ")") {
            return strings.format(.fileNoPermission, mode)
        }
        if let count = between(message, "the file has ", " other name").flatMap({ Int($0) }) {
            return strings.format(.fileHardLinks, count)
        }
        let actions: [(String, Text)] = [
            ("cannot open", .fileCannotOpen), ("cannot read", .fileCannotRead), ("cannot write", .fileCannotWrite),
            ("cannot lock", .fileCannotLock), ("cannot replace the file", .fileCannotReplace),
            ("cannot create a temporary file beside it", .fileCannotCreateTemporary), ("cannot flush to disk", .fileCannotFlush),
        ]
        for (action, key) in actions where message.hasPrefix(action + ": ") {
            return strings.format(key, system(String(message.dropFirst(action.count + 2)), strings))
        }
        return nil
    }

    /// The system's reason for a failure, as the store words it, in the interface's language with the
    /// system's own text kept for searching.
    private static func system(_ reason: String, _ strings: Strings) -> String {
        let reasons: [String: Text] = [
            "No such file or directory": .systemNoSuchFile, "Permission denied": .systemPermissionDenied,
            "Is a directory": .systemIsFolder, "Not a directory": .systemNotFolder,
            "the disk is full (No space left on device)": .systemDiskFull,
            "your disk quota is used up (Disk quota exceeded)": .systemQuota,
            "the disk is mounted read-only (Read-only file system)": .systemReadOnlyDisk,
            "Read-only file system": .systemReadOnlyDisk, "Too many levels of symbolic links": .systemLinkLoop,
        ]
        return reasons[reason].map { strings[$0] } ?? reason
    }

    // MARK: Validation

    /// A problem the validator found in an agenda: `goal G-1: area 'b' does not exist`.
    private static func problem(_ message: String, _ strings: Strings) -> String? {
        if let (kind, number) = emptyID(message) {
            return strings.format(.problemEmptyID, strings.format(.problemRecord, noun(kind, strings), number))
        }
        guard let colon = message.range(of: ": ") else { return nil }
        let subjectWords = message[..<colon.lowerBound]
        let rest = String(message[colon.upperBound...])
        let subject: String
        if subjectWords.hasPrefix("review of ") {
            subject = strings.format(.problemReviewOf, String(subjectWords.dropFirst("review of ".count)))
        } else if let space = subjectWords.firstIndex(of: " "), ["goal", "area", "organization", "person", "session"]
            .contains(String(subjectWords[..<space])) {
            subject = strings.format(.problemRecord, noun(String(subjectWords[..<space]), strings),
                                     String(subjectWords[subjectWords.index(after: space)...]))
        } else {
            return nil
        }
        if rest == "duplicate id" { return strings.format(.problemSubject, subject, strings[.problemDuplicateID]) }
        if rest == "parent is the goal itself" { return strings.format(.problemSubject, subject, strings[.problemOwnParent]) }
        if rest.hasPrefix("parent forms a cycle"), let chain = rest.range(of: ": ") {
            return strings.format(.problemSubject, subject, strings.format(.problemCycle, String(rest[chain.upperBound...])))
        }
        guard let space = rest.firstIndex(of: " ") else { return nil }
        let field = fieldName(String(rest[..<space]), strings)
        guard let said = value(String(rest[rest.index(after: space)...]), strings, field: field) else { return nil }
        return strings.format(.problemSubject, subject, said)
    }

    /// `goal number 3 has an empty id`: the record's kind and number.
    private static func emptyID(_ message: String) -> (String, String)? {
        guard message.hasSuffix(" has an empty id"), let number = message.range(of: " number ") else { return nil }
        let kind = String(message[..<number.lowerBound])
        let count = String(message[number.upperBound...].dropLast(" has an empty id".count))
        return Int(count) == nil ? nil : (kind, count)
    }

    /// What is wrong with a value, as the validator and the edits' checks say it (`'x' does not exist`,
    /// `150 is out of range 0-100`, `is empty`), after a field's name when there is one.
    private static func value(_ text: String, _ strings: Strings, field: String? = nil) -> String? {
        let named = { (said: String) in field.map { strings.format(.problemField, $0, said) } ?? said }
        if text == "is empty" || text == "the name is empty" || text == "the title is empty" || text == "the area is empty" {
            return named(strings[.problemIsEmpty])
        }
        if let quoted = between(text, "'", "' does not exist") { return named(strings.format(.problemDoesNotExist, quoted)) }
        if let number = between(text, "", " is out of range 0-100") { return named(strings.format(.problemOutOfRange, number)) }
        if let quoted = between(text, "'", "' is not an ISO 3166 alpha-2 code such as MX") {
            return named(strings.format(.problemBadCountry, quoted))
        }
        if let quoted = between(text, "'", "' is not a slug such as rosa-hernandez") { return named(strings.format(.problemBadSlug, quoted)) }
        if let end = text.range(of: "' is not one of "), text.hasPrefix("'") {
            let quoted = String(text[text.index(after: text.startIndex)..<end.lowerBound])
            return named(strings.format(.problemNotOneOf, quoted, String(text[end.upperBound...])))
        }
        return nil
    }

    /// The word for a kind of record: `goal` → `meta`.
    private static func noun(_ kind: String, _ strings: Strings) -> String {
        let nouns: [String: Text] = [
            "goal": .nounGoal, "area": .nounArea, "organization": .nounOrganization, "person": .nounPerson,
            "session": .nounSession,
        ]
        return nouns[kind].map { strings[$0] } ?? kind
    }

    /// The name of a field of a record, lowercase: a goal's as the history names it, the others' as
    /// forms and tables do.
    static func fieldName(_ key: String, _ strings: Strings) -> String {
        let others: [String: Text] = [
            "organization": .filterOrganization, "country": .columnCountry, "kind": .columnKind, "health": .fieldHealth,
            "state": .columnState, "id": .fieldID, "name": .columnName,
        ]
        if let label = others[key] { return strings[label].lowercased() }
        return Labels.fieldName(key, strings)
    }

    /// The text between a prefix and a suffix that `text` starts and ends with, or nil.
    private static func between(_ text: String, _ prefix: String, _ suffix: String) -> String? {
        guard text.hasPrefix(prefix), text.hasSuffix(suffix), text.count >= prefix.count + suffix.count else { return nil }
        let inner = text.dropFirst(prefix.count).dropLast(suffix.count)
        return inner.isEmpty ? nil : String(inner)
    }
}
