import AgendaModel

extension AgendaJSONEncoder {
    /// The agenda's open merge conflicts, as the `conflicts` member; nothing when there are none, so
    /// a file without conflicts is written exactly as before they existed.
    static func writeConflicts(_ conflicts: [MergeConflict], _ w: inout JSONWriter) {
        guard !conflicts.isEmpty else { return }
        w.key("conflicts")
        w.beginArray()
        for conflict in conflicts {
            w.element()
            w.beginObject()
            w.member("subject", conflict.subject.rawValue)
            w.member("id", conflict.id)
            w.member("field", conflict.field)
            w.member("kind", conflict.kind.rawValue)
            w.member("base", conflict.base)
            w.key("sides")
            w.beginArray()
            for side in conflict.sides {
                w.element()
                w.beginObject()
                w.member("value", side.value)
                w.member("by", side.by)
                w.member("time", time: side.time)
                w.extras(side.extras)
                w.endObject()
            }
            w.endArray()
            w.extras(conflict.extras)
            w.endObject()
        }
        w.endArray()
    }
}
