import Foundation

/// What a merge could not decide alone, as the file records it until a person chooses.
public struct ConflictKind: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Both copies changed the same field to different values since their common version.
    public static let bothChanged = ConflictKind(rawValue: "both-changed")
    /// One copy deleted the goal, the other changed it: the goal was kept.
    public static let deletedAndChanged = ConflictKind(rawValue: "deleted-changed")
    /// Two copies with no common version changed the field since their last shared history entry.
    public static let twoWay = ConflictKind(rawValue: "two-way")

    public static let known: [ConflictKind] = [.bothChanged, .deletedAndChanged, .twoWay]
}

/// What a conflict is about: a goal, most often, or another record of the agenda.
public struct ConflictSubject: KnownValue {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let goal = ConflictSubject(rawValue: "goal")
    public static let area = ConflictSubject(rawValue: "area")
    public static let organization = ConflictSubject(rawValue: "organization")
    public static let person = ConflictSubject(rawValue: "person")
    public static let session = ConflictSubject(rawValue: "session")
    /// The agenda's own title or description.
    public static let agenda = ConflictSubject(rawValue: "agenda")

    public static let known: [ConflictSubject] = [.goal, .area, .organization, .person, .session, .agenda]
}

/// One copy's side of a conflict: the value it gave the field, who gave it and when, where known.
public struct ConflictSide: Equatable, Sendable {
    /// The value as history records it (nil for an empty value, or for a deleted goal).
    public var value: String?
    public var by: String?
    public var time: Date?
    public var extras: ExtraFields

    public init(value: String?, by: String? = nil, time: Date? = nil, extras: ExtraFields = ExtraFields()) {
        self.value = value
        self.by = by
        self.time = time
        self.extras = extras
    }
}

/// A field of a goal (or a whole goal, or another record) that two copies of the agenda changed
/// differently.
///
/// The record holds one of the two values meanwhile (the later change where history tells), so the
/// file stays a valid agenda; the conflict keeps both, and stays in the file until a person chooses.
public struct MergeConflict: Equatable, Sendable {
    public var subject: ConflictSubject
    /// The id of the goal (or area, organization, person, session); empty for the agenda itself.
    public var id: String
    /// The field's name as the file spells it (`status`, `title`, `contact.email`, ...), or `goal`
    /// when one copy deleted the goal and the other changed it, or `session` when both changed a
    /// session (then the values are the ids of the two versions, both kept).
    public var field: String
    public var kind: ConflictKind
    /// The value in the common version, when there was one.
    public var base: String?
    /// The two copies' values, in a fixed order (earlier change first), so a merge of A with B and
    /// of B with A record the same conflict.
    public var sides: [ConflictSide]
    public var extras: ExtraFields

    public init(
        subject: ConflictSubject = .goal, id: String, field: String, kind: ConflictKind, base: String? = nil, sides: [ConflictSide],
        extras: ExtraFields = ExtraFields()
    ) {
        self.subject = subject
        self.id = id
        self.field = field
        self.kind = kind
        self.base = base
        self.sides = sides
        self.extras = extras
    }

    /// Whether the record is about the goal as a whole (deleted on one side) rather than one field.
    public var isAboutWholeGoal: Bool { subject == .goal && field == MergeConflict.wholeGoal }

    /// The field name that marks a conflict about a whole goal.
    public static let wholeGoal = "goal"
}

extension MergeConflict {
    /// The two sides put in their fixed order: earlier change first, then by value, then by who.
    static func ordered(_ a: ConflictSide, _ b: ConflictSide) -> [ConflictSide] {
        precedes(a, b) ? [a, b] : [b, a]
    }

    /// Whether side `a` sorts before side `b`: by time (unknown first), then value, then who.
    static func precedes(_ a: ConflictSide, _ b: ConflictSide) -> Bool {
        let ta = a.time ?? .distantPast
        let tb = b.time ?? .distantPast
        if ta != tb { return ta < tb }
        if a.value != b.value { return (a.value ?? "") < (b.value ?? "") }
        return (a.by ?? "") < (b.by ?? "")
    }
}
