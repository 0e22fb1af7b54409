import AgendaModel
@testable import AgendaStore

extension CodecSpec {
    /// The codecs generated from the layouts of the objects that make up most of a file: goals (from
    /// `Goal.fields`), their notes, their history entries and their origin.
    static func hotObjects() throws -> [CodecSpec] {
        let words = Dictionary(uniqueKeysWithValues: Goal.fields.compactMap { field in
            field.word.map { (field.key, String(describing: $0)) }
        })
        return [
            try CodecSpec(
                "GoalCodec", record: "Goal", variable: "goal", layout: (.goal, "goal"), listing: (.listedGoal, "listedGoal"),
                words: words, finish: "ObjectLayout<Goal>.setTimesLeftOut"),
            try CodecSpec("NoteCodec", record: "Note", variable: "note", layout: (.note, "note")),
            try CodecSpec("ChangeCodec", record: "Change", variable: "change", layout: (.change, "change")),
            try CodecSpec("GoalOriginCodec", record: "GoalOrigin", variable: "origin", layout: (.origin, "origin")),
        ]
    }
}
