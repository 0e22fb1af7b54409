import Foundation

/// Where a session stands: planned, live (the meeting is running), or closed.
public struct SessionState: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let planned = SessionState(rawValue: "planned")
    public static let live = SessionState(rawValue: "live")
    public static let closed = SessionState(rawValue: "closed")

    public static let known: [SessionState] = [.planned, .live, .closed]
}

/// Who attended a session: people of the agenda (by id, or by name for guests) and organizations (by id).
public struct Attendance: Equatable, Sendable {
    /// The people of the roster present, by id.
    public var people: [String]
    public var organizations: [String]
    /// People present recorded by name only: they have since left the roster, and the record of the
    /// meeting keeps their names.
    public var named: [String]
    public var extras: ExtraFields

    public init(people: [String] = [], organizations: [String] = [], named: [String] = [], extras: ExtraFields = ExtraFields()) {
        self.people = people
        self.organizations = organizations
        self.named = named
        self.extras = extras
    }
}

/// A meeting of the network: its run-of-show of items, attendance and speaker queue.
///
/// Clocks are start and stop times, not counters, so a session reopened after a crash resumes with its
/// clocks where they were.
public struct Session: Equatable, Sendable, Identifiable {
    /// A short id such as `S-4F2K`.
    public var id: String
    public var title: String
    public var date: Day
    public var place: String?
    public var facilitator: String?
    /// Languages in use, ISO 639-1 codes.
    public var languages: [String]
    public var attendance: Attendance
    public var state: SessionState
    /// The run-of-show, in order.
    public var items: [SessionItem]
    /// The item being discussed, by id.
    public var currentItem: String?
    /// Everyone who asked to speak, in the order they asked.
    public var speakers: [Speaker]
    /// Whether the queue puts first those who have not spoken and those of communities not yet heard.
    public var progressive: Bool
    public var startedAt: Date?
    public var endedAt: Date?
    /// The translations of its texts, by field and language.
    public var translations: Translations
    public var extras: ExtraFields

    public init(
        id: String, title: String, date: Day, place: String? = nil, facilitator: String? = nil,
        languages: [String] = [], attendance: Attendance = Attendance(), state: SessionState = .planned,
        items: [SessionItem] = [], currentItem: String? = nil, speakers: [Speaker] = [], progressive: Bool = false,
        startedAt: Date? = nil, endedAt: Date? = nil, translations: Translations = Translations(), extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.place = place
        self.facilitator = facilitator
        self.languages = languages
        self.attendance = attendance
        self.state = state
        self.items = items
        self.currentItem = currentItem
        self.speakers = speakers
        self.progressive = progressive
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.translations = translations
        self.extras = extras
    }

    /// The index of the item with an id.
    public func itemIndex(_ id: String) -> Int? {
        items.firstIndex { $0.id == id }
    }

    /// The planned length of the whole session, in minutes.
    public var plannedMinutes: Int {
        items.reduce(0) { $0 + $1.minutes }
    }

    /// The time spent on all items at an instant, in seconds.
    public func elapsed(at now: Date) -> TimeInterval {
        items.reduce(0) { $0 + $1.clock.elapsed(at: now) }
    }
}

/// One item of a run-of-show: an agenda goal or a free topic, with its timebox and what came of it.
public struct SessionItem: Equatable, Sendable, Identifiable {
    /// An id unique in its session, such as `I-3`.
    public var id: String
    /// The goal discussed, by id; or nil for a free topic.
    public var goal: String?
    /// The topic, for an item that is not a goal.
    public var topic: String?
    /// The timebox, in minutes.
    public var minutes: Int
    public var presenter: String?
    public var notes: String
    public var decisions: [Decision]
    public var votes: [Vote]
    /// Goals created as action items during the item, by id.
    public var actions: [String]
    public var clock: ItemClock
    /// The translations of its texts, by field and language.
    public var translations: Translations
    public var extras: ExtraFields

    public init(
        id: String, goal: String? = nil, topic: String? = nil, minutes: Int, presenter: String? = nil, notes: String = "",
        decisions: [Decision] = [], votes: [Vote] = [], actions: [String] = [], clock: ItemClock = ItemClock(),
        translations: Translations = Translations(), extras: ExtraFields = ExtraFields()
    ) {
        self.id = id
        self.goal = goal
        self.topic = topic
        self.minutes = minutes
        self.presenter = presenter
        self.notes = notes
        self.decisions = decisions
        self.votes = votes
        self.actions = actions
        self.clock = clock
        self.translations = translations
        self.extras = extras
    }

    /// When the item was first started, if ever.
    public var startedAt: Date? { clock.runs.first?.start }

    /// When the item's clock last stopped, if it is not running.
    public var endedAt: Date? { clock.isRunning ? nil : clock.runs.last?.end }
}

/// An item's clock as the times it ran: each run starts, and ends when paused.
public struct ItemClock: Equatable, Sendable {
    /// A stretch of time the clock ran; `end` is nil while it runs.
    public struct Run: Equatable, Sendable {
        public var start: Date
        public var end: Date?
        public var extras: ExtraFields

        public init(start: Date, end: Date? = nil, extras: ExtraFields = ExtraFields()) {
            self.start = start
            self.end = end
            self.extras = extras
        }
    }

    public var runs: [Run]

    public init(runs: [Run] = []) {
        self.runs = runs
    }

    /// Whether the clock is running.
    public var isRunning: Bool { runs.last.map { $0.end == nil } ?? false }

    /// Seconds the clock has run by an instant.
    public func elapsed(at now: Date) -> TimeInterval {
        runs.reduce(0) { total, run in total + max(0, (run.end ?? now).timeIntervalSince(run.start)) }
    }
}

/// A decision taken during an item.
public struct Decision: Equatable, Sendable {
    public var time: Date
    public var text: String
    /// The translations of its texts, by field and language.
    public var translations: Translations
    public var extras: ExtraFields

    public init(time: Date, text: String, translations: Translations = Translations(), extras: ExtraFields = ExtraFields()) {
        self.time = time
        self.text = text
        self.translations = translations
        self.extras = extras
    }
}

/// A vote taken during an item: counts for, against and abstaining, or a consensus check.
public struct Vote: Equatable, Sendable {
    public var time: Date
    public var question: String
    public var inFavor: Int
    public var against: Int
    public var abstentions: Int
    /// For a consensus check: whether consensus was reached (the counts are then 0).
    public var consensus: Bool?
    public var extras: ExtraFields

    public init(time: Date, question: String, inFavor: Int = 0, against: Int = 0, abstentions: Int = 0,
                consensus: Bool? = nil, extras: ExtraFields = ExtraFields()) {
        self.time = time
        self.question = question
        self.inFavor = inFavor
        self.against = against
        self.abstentions = abstentions
        self.consensus = consensus
        self.extras = extras
    }

    /// Whether the motion carried: consensus reached, or more in favour than against.
    public var carried: Bool {
        consensus ?? (inFavor > against)
    }
}
