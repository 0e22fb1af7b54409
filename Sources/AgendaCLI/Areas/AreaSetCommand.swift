import AgendaLocalization
import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda area set FILE AREA-ID [--name N] [--description D] [--position N]`: renames, describes or
/// moves an area; prints each change.
struct AreaSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set", abstract: strings[.cmdAreaSetAbstract], discussion: strings[.cmdAreaSetDiscussion])

    @OptionGroup var target: AreaTarget

    @Option(help: ArgumentHelp(.cmdAreaSetName), transform: ValueParsers.nonEmpty)
    var name: String?

    @Option(help: ArgumentHelp(.cmdAreaSetDescription))
    var description: String?

    @Option(help: ArgumentHelp(.cmdAreaSetPosition, valueName: "n"), transform: ValueParsers.position)
    var position: Int?

    @Option(name: .customLong("in"), help: ArgumentHelp(.cmdAreaSetIn, valueName: "language"), transform: TextLanguage.option)
    var textLanguage: String?

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func validate() throws {
        if name == nil && description == nil && position == nil { throw ValidationError(strings[.cliGiveAnAreaField]) }
        if textLanguage != nil, name == nil, description == nil { throw ValidationError(strings[.cliAreaInNeedsText]) }
    }

    func run() throws {
        try reporting {
            let (id, changes) = try FileAgendaStore.forCommandLine().update(target.file) {
                (agenda) throws(AgendaFileError) -> (String, [String]) in
                guard let index = agenda.areas.firstIndex(where: { $0.id == target.areaID }) else {
                    throw AgendaFileError(file: target.file, Failure.withClosest(
                        EditError.noSuchArea(target.areaID).localized, target.areaID, among: agenda.areas.map(\.id)))
                }
                var area = agenda.areas[index]
                var changes: [String] = []
                var translations: [Edit] = []
                // With `--in` another language than the agenda's, the name and description given are translations.
                var name = name, description = description
                if let tag = textLanguage, !TextLanguage.isOriginal(tag, of: agenda) {
                    let texts = [("name", name), ("description", description)]
                    translations = texts.compactMap { field, text in
                        text.flatMap { TextLanguage.edit(.area(area.id, field: field), into: tag, $0, in: agenda) }
                    }
                    changes += TextLanguage.changes(translations, label: { strings[$0 == "name" ? .columnName : .detailDescription].lowercased() },
                                                    in: agenda)
                    (name, description) = (nil, nil)
                }
                if let name, name != area.name {
                    changes.append(Self.change(.columnName, from: area.name, to: name))
                    area.name = name
                }
                if let description, description != area.description {
                    changes.append(Self.change(.detailDescription, from: area.description, to: description))
                    area.description = description
                }
                // The area as changed first, then its translations, which the area read before them would undo.
                var edits: [Edit] = [.updateArea(area)] + translations
                if let position, position != index + 1 {
                    guard position <= agenda.areas.count else {
                        throw AgendaFileError(file: target.file, strings.format(
                            .fileNothingWritten, strings.format(.cliAreaPosition, position, agenda.areas.count)))
                    }
                    changes.append(Self.change(.cliPosition, from: String(index + 1), to: String(position)))
                    edits.append(.moveArea(id: area.id, to: position - 1))
                }
                try agenda.apply(edits, by: editor.who, file: target.file)
                return (area.id, changes)
            }
            for change in changes { Console.line("\(id): \(change)") }
            if changes.isEmpty { Console.line(strings.format(.cliNothingChanged, id)) }
        }
    }

    /// A change in words, as `set` prints a goal's: `name: Voting abroad → Voto en el exterior`,
    /// `description: + ...` for a text that was empty.
    private static func change(_ field: Text, from old: String, to new: String) -> String {
        let label = strings[field].lowercased() + strings[.cliLabelColon] + " "
        if old.isEmpty { return label + "+ " + ChangeText.oneLine(new) }
        if new.isEmpty { return label + "− " + ChangeText.oneLine(old) }
        return label + ChangeText.oneLine(old) + " → " + ChangeText.oneLine(new)
    }
}
