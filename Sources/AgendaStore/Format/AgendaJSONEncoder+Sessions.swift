import AgendaModel

/// Writing sessions in the documented member order.
extension AgendaJSONEncoder {
    static func write(_ session: Session, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", session.id)
        w.member("title", session.title)
        w.member("date", session.date.description)
        w.member("place", session.place)
        w.member("facilitator", session.facilitator)
        w.member("languages", session.languages)
        w.key("attendance")
        w.beginObject()
        w.member("people", session.attendance.people)
        w.member("organizations", session.attendance.organizations)
        w.extras(session.attendance.extras)
        w.endObject()
        w.member("state", session.state.rawValue)
        w.key("progressive")
        w.bool(session.progressive)
        w.member("startedAt", time: session.startedAt)
        w.member("endedAt", time: session.endedAt)
        w.member("currentItem", session.currentItem)
        w.key("items")
        w.beginArray()
        for item in session.items {
            w.element()
            write(item, &w)
        }
        w.endArray()
        w.key("speakers")
        w.beginArray()
        for speaker in session.speakers {
            w.element()
            write(speaker, &w)
        }
        w.endArray()
        w.extras(session.extras)
        w.endObject()
    }

    static func write(_ item: SessionItem, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", item.id)
        w.member("goal", item.goal)
        w.member("topic", item.topic)
        w.member("minutes", item.minutes)
        w.member("presenter", item.presenter)
        w.member("notes", item.notes)
        w.key("decisions")
        w.beginArray()
        for decision in item.decisions {
            w.element()
            w.beginObject()
            w.member("time", time: decision.time)
            w.member("text", decision.text)
            w.extras(decision.extras)
            w.endObject()
        }
        w.endArray()
        w.key("votes")
        w.beginArray()
        for vote in item.votes {
            w.element()
            w.beginObject()
            w.member("time", time: vote.time)
            w.member("question", vote.question)
            w.member("for", vote.inFavor)
            w.member("against", vote.against)
            w.member("abstain", vote.abstentions)
            if let consensus = vote.consensus {
                w.key("consensus")
                w.bool(consensus)
            }
            w.extras(vote.extras)
            w.endObject()
        }
        w.endArray()
        w.member("actions", item.actions)
        w.key("clock")
        w.beginArray()
        for run in item.clock.runs {
            w.element()
            w.beginObject()
            w.member("start", time: run.start)
            w.member("end", time: run.end)
            w.extras(run.extras)
            w.endObject()
        }
        w.endArray()
        w.extras(item.extras)
        w.endObject()
    }

    static func write(_ speaker: Speaker, _ w: inout JSONWriter) {
        w.beginObject()
        w.member("id", speaker.id)
        w.member("name", speaker.name)
        w.member("organization", speaker.organization)
        w.member("kind", speaker.kind.rawValue)
        w.member("language", speaker.language)
        w.member("item", speaker.item)
        w.member("addedAt", time: speaker.addedAt)
        w.member("startedAt", time: speaker.startedAt)
        w.member("endedAt", time: speaker.endedAt)
        w.extras(speaker.extras)
        w.endObject()
    }
}
