import AgendaModel

/// Why an edit was refused (`EditError`), in the interface's language.
public enum EditErrorText {
    public static func describe(_ error: EditError, _ strings: Strings) -> String {
        switch error {
        case .noSuchGoal(let id): strings.format(.errorNoSuchGoal, id)
        case .noSuchArea(let id): strings.format(.errorNoSuchArea, id)
        case .noSuchOrganization(let id): strings.format(.errorNoSuchOrganization, id)
        case .noSuchPerson(let id): strings.format(.errorNoSuchPerson, id)
        case .noSuchSession(let id): strings.format(.errorNoSuchSession, id)
        case .noSuchItem(let id): strings.format(.errorNoSuchItem, id)
        case .noSuchConflict(let what): strings.format(.errorNoSuchConflict, what)
        case .noSuchText(let context): strings.format(.errorNoSuchText, context)
        case .duplicateID(let id): strings.format(.errorDuplicateID, id)
        case .invalid(let goal?, let field, let message):
            strings.format(.errorInvalidGoalField, goal, FileMessages.fieldName(field, strings), FileMessages.phrase(message, strings))
        case .invalid(nil, let field, let message):
            strings.format(.errorInvalidField, FileMessages.fieldName(field, strings), FileMessages.phrase(message, strings))
        case .cycle(let goal, let parent): strings.format(.errorCycle, goal, parent)
        case .inUse(let id, let users):
            strings.format(.errorInUse, id, users.count, users.prefix(10).joined(separator: ", ") + (users.count > 10 ? ", …" : ""))
        }
    }
}

extension Strings {
    /// Words joined as a list of choices: `a`, `a or b`, `a, b or c` (`a, b u otra` in Spanish, where
    /// `o` becomes `u` before a word that starts with the sound o).
    public func or(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        let head = items.dropLast().joined(separator: ", ")
        let word = TextFolding.fold(String(last.drop { !$0.isLetter }))
        if language == .spanish, word.hasPrefix("o") || word.hasPrefix("ho") {
            return head + " u " + last
        }
        return format(.listOr, head, last)
    }
}
