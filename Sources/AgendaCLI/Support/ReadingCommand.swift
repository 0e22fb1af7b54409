import AgendaModel
import AgendaStore
import ArgumentParser

/// The arguments a subcommand takes first: the agenda file, and what in it (a goal, a session) when
/// the subcommand is about one thing.
protocol AgendaFileArguments: ParsableArguments {
    /// The agenda file.
    var file: String { get }
}

extension AgendaFileArgument: AgendaFileArguments {}
extension GoalTarget: AgendaFileArguments {}
extension SessionTarget: AgendaFileArguments {}

/// A subcommand that reads one agenda file and prints from it: the file is loaded, and a failure to
/// load it or one the command throws is reported with its file and position, as every subcommand does.
protocol ReadingCommand: ParsableCommand {
    associatedtype Target: AgendaFileArguments
    /// The agenda file given first, and what in it.
    var target: Target { get }

    /// What the command does with the agenda it read.
    func run(reading agenda: Agenda) throws
}

extension ReadingCommand {
    func run() throws {
        try reporting {
            try run(reading: try FileAgendaStore.forCommandLine().load(target.file))
        }
    }
}
