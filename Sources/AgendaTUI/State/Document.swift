import AgendaLocalization
import AgendaModel

/// An open agenda: where it is, what it holds, and the index the screens use.
public struct Document: Sendable {
    public var path: String
    public private(set) var agenda: Agenda
    public private(set) var index: AgendaIndex

    public init(path: String, agenda: Agenda) {
        self.path = path
        self.agenda = agenda
        index = AgendaIndex(agenda)
    }
}
