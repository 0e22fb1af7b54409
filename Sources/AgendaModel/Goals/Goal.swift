import Foundation

/// One goal of the agenda, with its owners, organizations, progress, sub-goal link, notes and history.
///
/// A value like any struct, kept in one shared box that is copied only when a copy is changed: a
/// goal has some twenty fields, and agendas of many thousand goals are filtered, sorted and indexed
/// by loops that would otherwise retain every field of every goal they pass.
public struct Goal: Equatable, Sendable, Identifiable {
    /// The fields, shared between copies until one of them changes.
    final class Storage: @unchecked Sendable {
        var id: String
        var title: String
        var area: String
        var description: String
        var owners: [String]
        var organizations: [String]
        var status: GoalStatus
        var progress: Int
        var priority: Priority
        var due: Day?
        var parent: String?
        var countries: [String]
        var level: GovernmentLevel?
        var tags: [String]
        var notes: [Note]
        var history: [Change]
        var createdAt: Date
        var updatedAt: Date
        var source: String?
        var origin: GoalOrigin?
        var extras: ExtraFields

        init(
            id: String, title: String, area: String, description: String, owners: [String],
            organizations: [String], status: GoalStatus, progress: Int, priority: Priority, due: Day?,
            parent: String?, countries: [String], level: GovernmentLevel?, tags: [String], notes: [Note],
            history: [Change], createdAt: Date, updatedAt: Date, source: String?, origin: GoalOrigin?,
            extras: ExtraFields
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
            self.updatedAt = updatedAt
            self.source = source
            self.origin = origin
            self.extras = extras
        }

        /// A copy of the fields, for a goal about to change while another goal shares them.
        func copy() -> Storage {
            Storage(id: id, title: title, area: area, description: description, owners: owners,
                    organizations: organizations, status: status, progress: progress, priority: priority, due: due,
                    parent: parent, countries: countries, level: level, tags: tags, notes: notes, history: history,
                    createdAt: createdAt, updatedAt: updatedAt, source: source, origin: origin, extras: extras)
        }
    }

    private var storage: Storage

    /// Gives this goal a box of its own before it changes, if another goal shares its box.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    /// A short, stable id such as `G-7K2M`.
    public var id: String {
        get { storage.id }
        set { makeUnique(); storage.id = newValue }
        _modify { makeUnique(); yield &storage.id }
    }

    public var title: String {
        get { storage.title }
        set { makeUnique(); storage.title = newValue }
        _modify { makeUnique(); yield &storage.title }
    }

    /// The id of the goal's area.
    public var area: String {
        get { storage.area }
        set { makeUnique(); storage.area = newValue }
        _modify { makeUnique(); yield &storage.area }
    }

    public var description: String {
        get { storage.description }
        set { makeUnique(); storage.description = newValue }
        _modify { makeUnique(); yield &storage.description }
    }

    /// People or committees, by name.
    public var owners: [String] {
        get { storage.owners }
        set { makeUnique(); storage.owners = newValue }
        _modify { makeUnique(); yield &storage.owners }
    }

    /// Ids of the organizations linked to the goal.
    public var organizations: [String] {
        get { storage.organizations }
        set { makeUnique(); storage.organizations = newValue }
        _modify { makeUnique(); yield &storage.organizations }
    }

    public var status: GoalStatus {
        get { storage.status }
        set { makeUnique(); storage.status = newValue }
        _modify { makeUnique(); yield &storage.status }
    }

    /// Progress from 0 to 100.
    public var progress: Int {
        get { storage.progress }
        set { makeUnique(); storage.progress = newValue }
        _modify { makeUnique(); yield &storage.progress }
    }

    public var priority: Priority {
        get { storage.priority }
        set { makeUnique(); storage.priority = newValue }
        _modify { makeUnique(); yield &storage.priority }
    }

    public var due: Day? {
        get { storage.due }
        set { makeUnique(); storage.due = newValue }
        _modify { makeUnique(); yield &storage.due }
    }

    /// The id of the parent goal, for a sub-goal.
    public var parent: String? {
        get { storage.parent }
        set { makeUnique(); storage.parent = newValue }
        _modify { makeUnique(); yield &storage.parent }
    }

    /// ISO 3166 alpha-2 codes of the countries the goal concerns.
    public var countries: [String] {
        get { storage.countries }
        set { makeUnique(); storage.countries = newValue }
        _modify { makeUnique(); yield &storage.countries }
    }

    public var level: GovernmentLevel? {
        get { storage.level }
        set { makeUnique(); storage.level = newValue }
        _modify { makeUnique(); yield &storage.level }
    }

    public var tags: [String] {
        get { storage.tags }
        set { makeUnique(); storage.tags = newValue }
        _modify { makeUnique(); yield &storage.tags }
    }

    public var notes: [Note] {
        get { storage.notes }
        set { makeUnique(); storage.notes = newValue }
        _modify { makeUnique(); yield &storage.notes }
    }

    public var history: [Change] {
        get { storage.history }
        set { makeUnique(); storage.history = newValue }
        _modify { makeUnique(); yield &storage.history }
    }

    public var createdAt: Date {
        get { storage.createdAt }
        set { makeUnique(); storage.createdAt = newValue }
        _modify { makeUnique(); yield &storage.createdAt }
    }

    public var updatedAt: Date {
        get { storage.updatedAt }
        set { makeUnique(); storage.updatedAt = newValue }
        _modify { makeUnique(); yield &storage.updatedAt }
    }

    /// Where the goal came from, such as the summit speaker who raised it.
    public var source: String? {
        get { storage.source }
        set { makeUnique(); storage.source = newValue }
        _modify { makeUnique(); yield &storage.source }
    }

    /// The session item that created the goal as an action item, if one did.
    public var origin: GoalOrigin? {
        get { storage.origin }
        set { makeUnique(); storage.origin = newValue }
        _modify { makeUnique(); yield &storage.origin }
    }

    public var extras: ExtraFields {
        get { storage.extras }
        set { makeUnique(); storage.extras = newValue }
        _modify { makeUnique(); yield &storage.extras }
    }

    public init(
        id: String, title: String, area: String, description: String = "", owners: [String] = [],
        organizations: [String] = [], status: GoalStatus = .proposed, progress: Int = 0,
        priority: Priority = .medium, due: Day? = nil, parent: String? = nil, countries: [String] = [],
        level: GovernmentLevel? = nil, tags: [String] = [], notes: [Note] = [], history: [Change] = [],
        createdAt: Date, updatedAt: Date? = nil, source: String? = nil, origin: GoalOrigin? = nil,
        extras: ExtraFields = ExtraFields()
    ) {
        storage = Storage(
            id: id, title: title, area: area, description: description, owners: owners, organizations: organizations,
            status: status, progress: progress, priority: priority, due: due, parent: parent, countries: countries,
            level: level, tags: tags, notes: notes, history: history, createdAt: createdAt,
            updatedAt: updatedAt ?? createdAt, source: source, origin: origin, extras: extras)
    }

    public static func == (a: Goal, b: Goal) -> Bool {
        if a.storage === b.storage { return true }
        return a.id == b.id && a.title == b.title && a.area == b.area && a.description == b.description &&
            a.owners == b.owners && a.organizations == b.organizations && a.status == b.status &&
            a.progress == b.progress && a.priority == b.priority && a.due == b.due && a.parent == b.parent &&
            a.countries == b.countries && a.level == b.level && a.tags == b.tags && a.notes == b.notes &&
            a.history == b.history && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
            a.source == b.source && a.origin == b.origin && a.extras == b.extras
    }
}
