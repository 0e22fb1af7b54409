import AgendaLocalization
import AgendaModel
import AgendaStore
import ArgumentParser

/// `agenda person remove FILE PERSON-ID [--unlink]`: removes a person from the roster.
///
/// Refused while sessions list them as attending or goals name them as owner, naming those; with
/// `--unlink`, they are taken off those goals and sessions first, in the same save. Minutes and
/// history keep the name they recorded.
struct PersonRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: strings[.cmdPersonRemoveAbstract], discussion: strings[.cmdPersonRemoveDiscussion])

    @OptionGroup var target: PersonTarget

    @Flag(help: ArgumentHelp(.cmdPersonUnlink))
    var unlink = false

    @OptionGroup var editor: EditorOptions
    @OptionGroup var interface: LanguageOption

    func run() throws {
        try reporting {
            let lines = try FileAgendaStore.forCommandLine().update(target.file) { (agenda) throws(AgendaFileError) -> [String] in
                guard let person = agenda.person(target.personID) else {
                    throw AgendaFileError(file: target.file, Failure.withClosest(
                        EditError.noSuchPerson(target.personID).localized, target.personID, among: agenda.people.map(\.id)))
                }
                let uses = agenda.uses(ofPerson: person.id)
                if !unlink, !uses.sessions.isEmpty || !uses.goals.isEmpty {
                    throw AgendaFileError(file: target.file, strings.format(
                        .fileNothingWritten, Self.namedBy(person, sessions: uses.sessions, goals: uses.goals)))
                }
                let histories = agenda.goals.map(\.history.count)
                try agenda.apply(agenda.unlinking(person: person.id) + [.removePerson(id: person.id)], by: editor.who,
                                 file: target.file)
                let goalLines = zip(agenda.goals, histories).flatMap { goal, before in
                    goal.history[before...].map { "\(goal.id): " + ChangeText.describe($0) }
                }
                let attendance = strings[.minutesAttendance].lowercased() + strings[.cliLabelColon]
                let sessionLines = uses.sessions.map { "\($0): \(attendance) − \(person.name)" }
                return goalLines + sessionLines + [strings.format(.cliPersonRemoved, person.name, person.id)]
            }
            lines.forEach { Console.line($0) }
        }
    }

    /// What names a person, and how to free them: `Rosa Hernández attends 1 session (S-0001) and owns
    /// 2 goals (G-0001, G-0004); add --unlink to take her off them`.
    static func namedBy(_ person: Person, sessions: [String], goals: [String]) -> String {
        func ids(_ list: [String]) -> String { list.prefix(8).joined(separator: ", ") + (list.count > 8 ? ", …" : "") }
        let said: String
        switch (sessions.isEmpty, goals.isEmpty) {
        case (false, false):
            said = strings.format(.cliPersonAttendsAndOwns, person.name, sessions.count, ids(sessions), goals.count, ids(goals))
        case (false, true): said = strings.format(.cliPersonAttends, person.name, sessions.count, ids(sessions))
        default: said = strings.format(.cliPersonOwns, person.name, goals.count, ids(goals))
        }
        return said + strings[.cliAddUnlinkPerson]
    }
}
