import AgendaModel

/// Writes agenda files: members in the documented order, optional members left out when absent,
/// unknown members kept after the known ones.
enum AgendaJSONEncoder {
    /// Goal arrays at least this long are written in two halves on two cores.
    static let parallelGoals = 2_000

    /// The goals as elements of the open array: in two halves at once when there are many, joined in
    /// order, so the bytes are those of writing them one by one.
    static func writeGoals(_ goals: [Goal], _ w: inout JSONWriter, splitFrom: Int? = parallelGoals) {
        guard let splitFrom, goals.count >= max(2, splitFrom) else {
            for goal in goals {
                w.element()
                write(goal, &w)
            }
            return
        }
        let half = goals.count / 2
        let (first, second) = BothAtOnce.run(
            {
                var part = w.part(startingArray: true, capacity: half * 2_048)
                for goal in goals[..<half] {
                    part.element()
                    write(goal, &part)
                }
                return part
            },
            {
                var part = w.part(startingArray: false, capacity: (goals.count - half) * 2_048)
                for goal in goals[half...] {
                    part.element()
                    write(goal, &part)
                }
                return part
            })
        w.reserve(first.bytes.count + second.bytes.count)
        w.append(part: first, wroteElements: true)
        w.append(part: second, wroteElements: true)
    }

    static func encode(_ agenda: Agenda, parallel: Bool = true) -> [UInt8] {
        encode(agenda, splitFrom: parallel ? parallelGoals : nil)
    }

    /// The file's bytes, its goals written in two halves when there are at least `splitFrom` of them.
    static func encode(_ agenda: Agenda, splitFrom: Int?) -> [UInt8] {
        var w = JSONWriter(capacity: 1024 + agenda.goals.count * 1600)
        w.beginObject()
        w.member("schemaVersion", agenda.schemaVersion)
        w.member("title", agenda.title)
        w.member("description", agenda.description)
        w.key("areas")
        w.beginArray()
        for area in agenda.areas {
            w.element()
            write(area, &w)
        }
        w.endArray()
        w.key("organizations")
        w.beginArray()
        for org in agenda.organizations {
            w.element()
            write(org, &w)
        }
        w.endArray()
        w.key("people")
        w.beginArray()
        for person in agenda.people {
            w.element()
            write(person, &w)
        }
        w.endArray()
        w.key("goals")
        w.beginArray()
        writeGoals(agenda.goals, &w, splitFrom: splitFrom)
        w.endArray()
        w.key("sessions")
        w.beginArray()
        for session in agenda.sessions {
            w.element()
            write(session, &w)
        }
        w.endArray()
        w.key("reviews")
        w.beginArray()
        for review in agenda.reviews {
            w.element()
            w.beginObject()
            w.member("goal", review.goal)
            w.member("reviewer", review.reviewer)
            w.member("date", review.date.description)
            w.member("health", review.health.rawValue)
            w.member("comment", review.comment)
            w.member("time", time: review.time)
            w.extras(review.extras)
            w.endObject()
        }
        w.endArray()
        writeConflicts(agenda.conflicts, &w)
        w.extras(agenda.extras)
        w.endObject()
        return w.finish()
    }

    static func write(_ area: Area, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", area.id)
        w.member("name", area.name)
        w.member("description", area.description)
        w.extras(area.extras)
        w.endObject()
    }

    static func write(_ contact: Contact, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("name", contact.name)
        w.member("email", contact.email)
        w.member("phone", contact.phone)
        w.member("address", contact.address)
        w.extras(contact.extras)
        w.endObject()
    }

    static func write(_ org: Organization, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", org.id)
        w.member("name", org.name)
        w.member("country", org.country)
        w.member("city", org.city)
        w.member("kind", org.kind.rawValue)
        w.member("communities", org.communities)
        if let contact = org.contact {
            w.key("contact")
            write(contact, &w)
        }
        w.extras(org.extras)
        w.endObject()
    }

    static func write(_ person: Person, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", person.id)
        w.member("name", person.name)
        w.member("organization", person.organization)
        w.member("country", person.country)
        w.member("communities", person.communities)
        w.member("languages", person.languages)
        if let contact = person.contact {
            w.key("contact")
            write(contact, &w)
        }
        w.extras(person.extras)
        w.endObject()
    }

    static func write(_ goal: Goal, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", goal.id)
        w.member("title", goal.title)
        w.member("area", goal.area)
        w.member("parent", goal.parent)
        w.member("status", goal.status.rawValue)
        w.member("progress", goal.progress)
        w.member("priority", goal.priority.rawValue)
        w.member("due", goal.due?.description)
        w.member("level", goal.level?.rawValue)
        w.member("countries", goal.countries)
        w.member("owners", goal.owners)
        w.member("organizations", goal.organizations)
        w.member("tags", goal.tags)
        w.member("source", goal.source)
        if let origin = goal.origin {
            w.key("origin")
            w.beginObject()
            w.member("session", origin.session)
            w.member("item", origin.item)
            w.extras(origin.extras)
            w.endObject()
        }
        w.member("description", goal.description)
        w.key("notes")
        w.beginArray()
        for note in goal.notes {
            w.element()
            w.beginObject()
            w.member("author", note.author)
            w.member("time", time: note.time)
            w.member("text", note.text)
            w.extras(note.extras)
            w.endObject()
        }
        w.endArray()
        w.key("history")
        w.beginArray()
        for change in goal.history {
            w.element()
            write(change, &w)
        }
        w.endArray()
        w.member("createdAt", time: goal.createdAt)
        w.member("updatedAt", time: goal.updatedAt)
        w.extras(goal.extras)
        w.endObject()
    }

    static func write(_ change: Change, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("time", time: change.time)
        w.member("by", change.by)
        w.member("field", change.field)
        w.member("from", change.from)
        w.member("to", change.to)
        w.extras(change.extras)
        w.endObject()
    }
}
