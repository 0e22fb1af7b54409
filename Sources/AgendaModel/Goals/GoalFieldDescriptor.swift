import Foundation

/// One field of a goal, described once: its key in the file, what it holds and how to reach it on a
/// goal, how two copies of it merge, whether a listing reads it, and where the goal form edits it.
///
/// `Goal.fields` lists every field in the file's order. The JSON reader and writer, the merge, the
/// CSV export, `set` edits with the history entries they record, and the goal form all go through
/// that table, so a field is added or changed in one place.
public struct GoalFieldDescriptor: Sendable {
    /// The member's key in the file; also the field's name in history entries, edits and conflicts,
    /// and the name of the goal's property that holds it (the JSON codec generated from this table
    /// spells the property so).
    public let key: String
    /// What the field holds, with the goal's accessors for it.
    public let kind: Kind
    /// How two copies' values of the field merge.
    let merge: MergeRule
    /// Whether a goal in the file must have the member.
    public let isRequired: Bool
    /// Whether a listing (`list`, `list --count`) reads the member; a listing passes over the others.
    public let isListed: Bool
    /// Whether a `set` edit changes the field (as a `GoalField`); other fields change through edits
    /// of their own (moving, owners, organizations, notes) or not at all.
    public let isSettable: Bool
    /// Where the goal form shows the field, first at 0; nil when the form does not edit it.
    public let formPosition: Int?
    /// For a field that holds an enumerated word and is kept as its text (status, priority, level),
    /// the word's type: the JSON codec generated from this table reads the property's `rawValue` and
    /// makes the word with `init(rawValue:)`, as the accessors do.
    public let word: (any KnownValue.Type)?

    init(
        _ key: String, _ kind: Kind, merge: MergeRule, required: Bool = false, listed: Bool = true,
        settable: Bool = false, form: Int? = nil, word: (any KnownValue.Type)? = nil
    ) {
        self.key = key
        self.kind = kind
        self.word = word
        self.merge = merge
        isRequired = required
        isListed = listed
        isSettable = settable
        formPosition = form
    }
}

extension GoalFieldDescriptor {
    /// What a field holds, as the file stores it, with the goal's accessors for it.
    public enum Kind: Sendable {
        /// A text every goal has (an enumerated word is kept as its text); `absent` is the value
        /// that stands for none, when a conflict's side has none.
        case text(Accessor<String>, absent: String)
        /// A text that may be absent; the file then leaves the member out.
        case optionalText(Accessor<String?>)
        /// A long text, empty when there is none: always written, `null` read as empty.
        case prose(Accessor<String>)
        /// A whole number.
        case int(Accessor<Int>)
        /// A calendar day that may be absent.
        case day(Accessor<Day?>)
        /// A list of texts.
        case list(Accessor<[String]>)
        /// A time in ISO 8601 UTC.
        case time(Accessor<Date>)
        /// The goal's notes, objects of their own.
        case notes(Accessor<[Note]>)
        /// The goal's history entries, objects of their own.
        case history(Accessor<[Change]>)
        /// The session item that created the goal, an object that may be absent.
        case origin(Accessor<GoalOrigin?>)
        /// The translations of the goal's texts, an object left out when there are none.
        case translations(Accessor<Translations>)
    }

    /// How a goal's field is read and set.
    public struct Accessor<Value>: Sendable {
        public let get: @Sendable (Goal) -> Value
        public let set: @Sendable (inout Goal, Value) -> Void

        init(_ get: @escaping @Sendable (Goal) -> Value, _ set: @escaping @Sendable (inout Goal, Value) -> Void) {
            self.get = get
            self.set = set
        }
    }

    /// How two copies' values of a field merge.
    enum MergeRule: Sendable {
        /// Not merged: the field says which goal the copies are.
        case identity
        /// The one value the copies agree on, or the one a single copy changed; a field both changed
        /// is a conflict (`FieldMerger`).
        case value
        /// As a set: what either copy removed is gone, what either added is there (`MergeRules.set`).
        case set
        /// The earlier of the copies' values.
        case earliest
        /// The later of the copies' values.
        case latest
        /// As `value`, but a field both changed takes the value that sorts last, with no conflict.
        case quietly
        /// Each text's translation into each language merged as a value of its own (`quietly`): two
        /// people translating into different languages never meet.
        case byLanguage
    }
}
