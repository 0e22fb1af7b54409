import Foundation

/// One goal of the agenda, with its owners, organizations, progress, sub-goal link, notes and history.
///
/// A value like any struct, kept in one shared box that is copied only when a copy is changed: a
/// goal has some twenty fields, and agendas of many thousand goals are filtered, sorted and indexed
/// by loops that would otherwise retain every field of every goal they pass.
public struct Goal: Equatable, Sendable, Identifiable {
    /// The fields as one value: the one place they are stored, compared and copied.
    struct Fields: Equatable {
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
        var translations: Translations
        var extras: ExtraFields
    }

    /// The box of the fields, shared between copies until one of them changes.
    final class Storage: @unchecked Sendable {
        var fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
    }

    private var storage: Storage

    /// Gives this goal a box of its own before it changes, if another goal shares its box.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
    }

    /// A short, stable id such as `G-7K2M`.
    public var id: String {
        get { storage.fields.id }
        set { makeUnique(); storage.fields.id = newValue }
        _modify { makeUnique(); yield &storage.fields.id }
    }

    public var title: String {
        get { storage.fields.title }
        set { makeUnique(); storage.fields.title = newValue }
        _modify { makeUnique(); yield &storage.fields.title }
    }

    /// The id of the goal's area.
    public var area: String {
        get { storage.fields.area }
        set { makeUnique(); storage.fields.area = newValue }
        _modify { makeUnique(); yield &storage.fields.area }
    }

    public var description: String {
        get { storage.fields.description }
        set { makeUnique(); storage.fields.description = newValue }
        _modify { makeUnique(); yield &storage.fields.description }
    }

    /// People or committees, by name.
    public var owners: [String] {
        get { storage.fields.owners }
        set { makeUnique(); storage.fields.owners = newValue }
        _modify { makeUnique(); yield &storage.fields.owners }
    }

    /// Ids of the organizations linked to the goal.
    public var organizations: [String] {
        get { storage.fields.organizations }
        set { makeUnique(); storage.fields.organizations = newValue }
        _modify { makeUnique(); yield &storage.fields.organizations }
    }

    public var status: GoalStatus {
        get { storage.fields.status }
        set { makeUnique(); storage.fields.status = newValue }
        _modify { makeUnique(); yield &storage.fields.status }
    }

    /// Progress from 0 to 100.
    public var progress: Int {
        get { storage.fields.progress }
        set { makeUnique(); storage.fields.progress = newValue }
        _modify { makeUnique(); yield &storage.fields.progress }
    }

    public var priority: Priority {
        get { storage.fields.priority }
        set { makeUnique(); storage.fields.priority = newValue }
        _modify { makeUnique(); yield &storage.fields.priority }
    }

    public var due: Day? {
        get { storage.fields.due }
        set { makeUnique(); storage.fields.due = newValue }
        _modify { makeUnique(); yield &storage.fields.due }
    }

    /// The id of the parent goal, for a sub-goal.
    public var parent: String? {
        get { storage.fields.parent }
        set { makeUnique(); storage.fields.parent = newValue }
        _modify { makeUnique(); yield &storage.fields.parent }
    }

    /// ISO 3166 alpha-2 codes of the countries the goal concerns.
    public var countries: [String] {
        get { storage.fields.countries }
        set { makeUnique(); storage.fields.countries = newValue }
        _modify { makeUnique(); yield &storage.fields.countries }
    }

    public var level: GovernmentLevel? {
        get { storage.fields.level }
        set { makeUnique(); storage.fields.level = newValue }
        _modify { makeUnique(); yield &storage.fields.level }
    }

    public var tags: [String] {
        get { storage.fields.tags }
        set { makeUnique(); storage.fields.tags = newValue }
        _modify { makeUnique(); yield &storage.fields.tags }
    }

    public var notes: [Note] {
        get { storage.fields.notes }
        set { makeUnique(); storage.fields.notes = newValue }
        _modify { makeUnique(); yield &storage.fields.notes }
    }

    public var history: [Change] {
        get { storage.fields.history }
        set { makeUnique(); storage.fields.history = newValue }
        _modify { makeUnique(); yield &storage.fields.history }
    }

    public var createdAt: Date {
        get { storage.fields.createdAt }
        set { makeUnique(); storage.fields.createdAt = newValue }
        _modify { makeUnique(); yield &storage.fields.createdAt }
    }

    public var updatedAt: Date {
        get { storage.fields.updatedAt }
        set { makeUnique(); storage.fields.updatedAt = newValue }
        _modify { makeUnique(); yield &storage.fields.updatedAt }
    }

    /// Where the goal came from, such as the summit speaker who raised it.
    public var source: String? {
        get { storage.fields.source }
        set { makeUnique(); storage.fields.source = newValue }
        _modify { makeUnique(); yield &storage.fields.source }
    }

    /// The session item that created the goal as an action item, if one did.
    public var origin: GoalOrigin? {
        get { storage.fields.origin }
        set { makeUnique(); storage.fields.origin = newValue }
        _modify { makeUnique(); yield &storage.fields.origin }
    }

    /// The translations of the title and description, by language.
    public var translations: Translations {
        get { storage.fields.translations }
        set { makeUnique(); storage.fields.translations = newValue }
        _modify { makeUnique(); yield &storage.fields.translations }
    }

    public var extras: ExtraFields {
        get { storage.fields.extras }
        set { makeUnique(); storage.fields.extras = newValue }
        _modify { makeUnique(); yield &storage.fields.extras }
    }

    public init(
        id: String, title: String, area: String, description: String = "", owners: [String] = [],
        organizations: [String] = [], status: GoalStatus = .proposed, progress: Int = 0,
        priority: Priority = .medium, due: Day? = nil, parent: String? = nil, countries: [String] = [],
        level: GovernmentLevel? = nil, tags: [String] = [], notes: [Note] = [], history: [Change] = [],
        createdAt: Date, updatedAt: Date? = nil, source: String? = nil, origin: GoalOrigin? = nil,
        translations: Translations = Translations(), extras: ExtraFields = ExtraFields()
    ) {
        storage = Storage(Fields(
            id: id, title: title, area: area, description: description, owners: owners, organizations: organizations,
            status: status, progress: progress, priority: priority, due: due, parent: parent, countries: countries,
            level: level, tags: tags, notes: notes, history: history, createdAt: createdAt,
            updatedAt: updatedAt ?? createdAt, source: source, origin: origin, translations: translations,
            extras: extras))
    }

    public static func == (a: Goal, b: Goal) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }
}
