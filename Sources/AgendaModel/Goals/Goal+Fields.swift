import Foundation

extension Goal {
    /// Every field of a goal, in the order the file writes them (`docs/FORMAT.md`); see
    /// `GoalFieldDescriptor` for what reads the table.
    public static let fields: [GoalFieldDescriptor] = [
        .init("id", .text(.init({ $0.id }, { $0.id = $1 }), absent: ""), merge: .identity, required: true),
        .init("title", .text(.init({ $0.title }, { $0.title = $1 }), absent: ""), merge: .value, required: true,
              settable: true, form: 0),
        .init("area", .text(.init({ $0.area }, { $0.area = $1 }), absent: ""), merge: .value, required: true,
              settable: true, form: 6),
        .init("parent", .optionalText(.init({ $0.parent }, { $0.parent = $1 })), merge: .value, form: 7),
        .init("status", .text(.init({ $0.status.rawValue }, { $0.status = GoalStatus(rawValue: $1) }), absent: "proposed"),
              merge: .value, settable: true, form: 2, word: GoalStatus.self),
        .init("progress", .int(.init({ $0.progress }, { $0.progress = $1 })), merge: .value, settable: true, form: 3),
        .init("priority", .text(.init({ $0.priority.rawValue }, { $0.priority = Priority(rawValue: $1) }), absent: "medium"),
              merge: .value, settable: true, form: 4, word: Priority.self),
        .init("due", .day(.init({ $0.due }, { $0.due = $1 })), merge: .value, settable: true, form: 5),
        .init("level", .optionalText(.init({ $0.level?.rawValue }, { $0.level = $1.map(GovernmentLevel.init(rawValue:)) })),
              merge: .value, settable: true, form: 8, word: GovernmentLevel.self),
        .init("countries", .list(.init({ $0.countries }, { $0.countries = $1 })), merge: .set, settable: true, form: 9),
        .init("owners", .list(.init({ $0.owners }, { $0.owners = $1 })), merge: .set, form: 10),
        .init("organizations", .list(.init({ $0.organizations }, { $0.organizations = $1 })), merge: .set, form: 11),
        .init("tags", .list(.init({ $0.tags }, { $0.tags = $1 })), merge: .set, settable: true, form: 12),
        .init("source", .optionalText(.init({ $0.source }, { $0.source = $1 })), merge: .value, listed: false,
              settable: true, form: 13),
        .init("origin", .origin(.init({ $0.origin }, { $0.origin = $1 })), merge: .quietly, listed: false),
        .init("description", .prose(.init({ $0.description }, { $0.description = $1 })), merge: .value, listed: false,
              settable: true, form: 1),
        .init("translations", .translations(.init({ $0.translations }, { $0.translations = $1 })), merge: .byLanguage),
        .init("notes", .notes(.init({ $0.notes }, { $0.notes = $1 })), merge: .set, listed: false),
        .init("history", .history(.init({ $0.history }, { $0.history = $1 })), merge: .set, listed: false),
        .init("createdAt", .time(.init({ $0.createdAt }, { $0.createdAt = $1 })), merge: .earliest, listed: false),
        .init("updatedAt", .time(.init({ $0.updatedAt }, { $0.updatedAt = $1 })), merge: .latest, listed: false),
    ]

    /// The field with this key, or nil.
    public static func field(_ key: String) -> GoalFieldDescriptor? {
        fields.first { $0.key == key }
    }

    /// The fields the goal form edits, in the form's order.
    public static let formFields: [GoalFieldDescriptor] = fields.filter { $0.formPosition != nil }
        .sorted { $0.formPosition! < $1.formPosition! }
}
