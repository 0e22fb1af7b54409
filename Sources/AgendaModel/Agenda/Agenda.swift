/// A whole agenda: its areas, organizations, people and goals, as one file holds them.
public struct Agenda: Equatable, Sendable {
    /// The version of the file format this program writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The language its texts are written in (a BCP 47 tag, `es`, `en`); nil in a file that does not say.
    public var language: String?
    public var title: String
    public var description: String
    public var areas: [Area]
    public var organizations: [Organization]
    public var people: [Person]
    /// Goals in file order; sub-goals name their parent.
    public var goals: [Goal]
    /// Meetings of the network: planned, live or closed.
    public var sessions: [Session]
    /// Review marks on goals, oldest first.
    public var reviews: [Review]
    /// Fields that two merged copies changed differently, waiting for a person to choose.
    public var conflicts: [MergeConflict]
    /// Goals deleted, with what it takes to bring them back, oldest first.
    public var deletions: [Deletion]
    public var extras: ExtraFields

    public init(
        schemaVersion: Int = Agenda.currentSchemaVersion, language: String? = nil, title: String, description: String = "",
        areas: [Area] = [], organizations: [Organization] = [], people: [Person] = [], goals: [Goal] = [],
        sessions: [Session] = [], reviews: [Review] = [], conflicts: [MergeConflict] = [],
        deletions: [Deletion] = [], extras: ExtraFields = ExtraFields()
    ) {
        self.schemaVersion = schemaVersion
        self.language = language
        self.title = title
        self.description = description
        self.areas = areas
        self.organizations = organizations
        self.people = people
        self.goals = goals
        self.sessions = sessions
        self.reviews = reviews
        self.conflicts = conflicts
        self.deletions = deletions
        self.extras = extras
    }
}
