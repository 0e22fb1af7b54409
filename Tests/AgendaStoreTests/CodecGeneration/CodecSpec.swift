import AgendaModel
@testable import AgendaStore

/// What the codec generator reads of a layout: each member's key, shape and flags, and the names
/// the generated code uses for the record, the layout and what the table does not say.
struct CodecSpec: Sendable {
    /// One member of the object, as the generated code reads and writes it.
    struct Member: Sendable {
        let key: String
        let shape: Shape
        let isRequired: Bool
        /// Whether a listing reads it (false: checked and passed over).
        let isListed: Bool
        /// The enumerated word's type, for a text kept as its word's `rawValue`.
        let word: String?
    }

    /// How a member's value is written in the file, as the layout's `Value` says.
    enum Shape: Sendable {
        case text, optionalText, prose, int, bool, optionalBool, time, optionalTime
        case day(refusal: String), optionalDay, texts, notes, history, origin, translations
    }

    /// The generated type, such as `GoalCodec`; its file is `<type>+Generated.swift`.
    let type: String
    /// The record's type, and the name of the record in the generated code.
    let record: String
    let variable: String
    /// The layout the code is generated from, as a member of `ObjectLayout<Record>` (`goal`), and
    /// the listing's when it has one (`listedGoal`).
    let layout: String
    let listingLayout: String?
    /// The function that sets what depends on other members once all are read, as the layout's
    /// `finish` does; nil when the layout has none.
    let finish: String?
    let members: [Member]
    let namesMembers: Bool
    /// Whether the members the layout does not name are passed over, in a full read and in a listing.
    let skipsUnknown: Bool
    let listingSkipsUnknown: Bool

    /// The spec of a layout, with the listing's layout (the same keys, some passed over), the words
    /// of the members that hold one, and the function standing for the layout's `finish`.
    init<Record>(
        _ type: String, record: String, variable: String, layout: (ObjectLayout<Record>, String),
        listing: (ObjectLayout<Record>, String)? = nil, words: [String: String] = [:], finish: String? = nil
    ) throws {
        guard (layout.0.finish == nil) == (finish == nil) else {
            throw GenerationError("\(layout.1): the layout's finish and the spec's disagree")
        }
        if let listing, listing.0.keys != layout.0.keys {
            throw GenerationError("\(listing.1) does not have the members of \(layout.1)")
        }
        self.type = type
        self.record = record
        self.variable = variable
        self.layout = layout.1
        listingLayout = listing?.1
        self.finish = finish
        namesMembers = layout.0.namesMembers
        skipsUnknown = layout.0.unknown == .skip
        listingSkipsUnknown = (listing?.0 ?? layout.0).unknown == .skip
        members = try layout.0.members.indices.map { index in
            let member = layout.0.members[index]
            guard !member.isPassedOver else { throw GenerationError("\(layout.1).\(member.key) is passed over") }
            return Member(
                key: member.key, shape: try Self.shape(of: member.value, key: member.key), isRequired: member.isRequired,
                isListed: !(listing?.0.members[index].isPassedOver ?? false), word: words[member.key])
        }
        for member in members where member.word != nil {
            switch member.shape {
            case .text, .optionalText: break
            default: throw GenerationError("\(type).\(member.key): only a text is kept as a word")
            }
        }
        if members.count > 64 { throw GenerationError("\(type): more members than a member set holds") }
    }

    private static func shape<Record>(of value: ObjectLayout<Record>.Value, key: String) throws -> Shape {
        switch value {
        case .text: .text
        case .optionalText: .optionalText
        case .prose: .prose
        case .int: .int
        case .bool: .bool
        case .optionalBool: .optionalBool
        case .time: .time
        case .optionalTime: .optionalTime
        case .day(_, _, let refusal): .day(refusal: refusal)
        case .optionalDay: .optionalDay
        case .texts: .texts
        case .notes: .notes
        case .history: .history
        case .origin: .origin
        case .translations: .translations
        case .nested: throw GenerationError("\(key): a member with closures of its own is not generated")
        }
    }
}

/// Why a codec cannot be generated from a layout.
struct GenerationError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
