import Foundation

/// One goal of the agenda, with its owners, organizations, progress, sub-goal link, notes and history.
public struct Goal: Equatable, Sendable, Identifiable {
    /// A short, stable id such as `G-7K2M`.
    public var id: String
    public var title: String
    /// The id of the goal's area.
    public var area: String
    public var description: String
    /// People or committees, by name.
    public var owners: [String]
    /// Ids of the organizations linked to the goal.
    public var organizations: [String]
    public var status: GoalStatus
    /// Progress from 0 to 100.
    public var progress: Int
    public var priority: Priority
    public var due: Day?
    /// The id of the parent goal, for a sub-goal.
    public var parent: String?
    /// ISO 3166 alpha-2 codes of the countries the goal concerns.
    public var countries: [String]
    public var level: GovernmentLevel?
    public var tags: [String]
    public var notes: [Note]
    public var history: [Change]
    public var createdAt: Date
    public var updatedAt: Date
    /// Where the goal came from, such as the summit speaker who raised it.
    public var source: String?
    /// The session item that created the goal as an action item, if one did.
    public var origin: GoalOrigin?
    public var extras: ExtraFields

    public init(
        id: String, title: String, area: String, description: String = "", owners: [String] = [],
        organizations: [String] = [], status: GoalStatus = .proposed, progress: Int = 0,
        priority: Priority = .medium, due: Day? = nil, parent: String? = nil, countries: [String] = [],
        level: GovernmentLevel? = nil, tags: [String] = [], notes: [Note] = [], history: [Change] = [],
        createdAt: Date, updatedAt: Date? = nil, source: String? = nil, origin: GoalOrigin? = nil,
        extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.title = title
        self.area = area
        self.description = description
        self.owners = owners
        self.organizations = organizations
        self.status = status
        self.progress = progress
        self.priority = priority
        self.due = due
        self.parent = parent
        self.countries = countries
        self.level = level
        self.tags = tags
        self.notes = notes
        self.history = history
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.source = source
        self.origin = origin
        self.extras = extras
    }
}
