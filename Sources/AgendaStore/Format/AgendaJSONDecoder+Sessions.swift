import AgendaModel
import Foundation

/// Reading sessions: their run-of-show, clocks, votes and speakers.
extension AgendaJSONDecoder {
    static func session(_ r: inout Reader) throws(JSONSyntaxError) -> Session {
        r.skipWhitespace()
        let start = r.offset
        var session = Session(id: "", title: "", date: Day(daysSinceEpoch: 0))
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); session.id = try r.readString()
                case "title": try seen.insert(1, key: key, at: at); session.title = try r.readString()
                case "date":
                    try seen.insert(2, key: key, at: at)
                    guard let day = try r.readDay() else { throw JSONSyntaxError("a session needs a date", at: at) }
                    session.date = day
                case "place": try seen.insert(3, key: key, at: at); session.place = try r.readOptionalString()
                case "facilitator": try seen.insert(4, key: key, at: at); session.facilitator = try r.readOptionalString()
                case "languages": try seen.insert(5, key: key, at: at); session.languages = try r.readStringArray()
                case "attendance":
                    try seen.insert(6, key: key, at: at)
                    var attendanceSeen = MemberSet()
                    try r.readObject { (r, key) throws(JSONSyntaxError) in
                        let at = r.offset
                        switch key {
                        case "people":
                            try attendanceSeen.insert(0, key: key, at: at)
                            session.attendance.people = try r.readStringArray()
                        case "organizations":
                            try attendanceSeen.insert(1, key: key, at: at)
                            session.attendance.organizations = try r.readStringArray()
                        default: try session.attendance.extras.add(key, try r.readUniqueValue(), at: at, seen: &attendanceSeen)
                        }
                    }
                case "state": try seen.insert(7, key: key, at: at); session.state = SessionState(rawValue: try r.readString())
                case "progressive": try seen.insert(8, key: key, at: at); session.progressive = try r.readBool()
                case "startedAt": try seen.insert(9, key: key, at: at); session.startedAt = try r.readOptionalTimestamp()
                case "endedAt": try seen.insert(10, key: key, at: at); session.endedAt = try r.readOptionalTimestamp()
                case "currentItem": try seen.insert(11, key: key, at: at); session.currentItem = try r.readOptionalString()
                case "items":
                    try seen.insert(12, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in session.items.append(try item(&r)) }
                case "speakers":
                    try seen.insert(13, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in session.speakers.append(try speaker(&r)) }
                default: try session.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "a session", at: start) }
        guard seen.contains(1) else { throw Reader.missing("title", in: "session \(session.id)", at: start) }
        guard seen.contains(2) else { throw Reader.missing("date", in: "session \(session.id)", at: start) }
        return session
    }

    static func item(_ r: inout Reader) throws(JSONSyntaxError) -> SessionItem {
        r.skipWhitespace()
        let start = r.offset
        var item = SessionItem(id: "", minutes: 0)
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); item.id = try r.readString()
                case "goal": try seen.insert(1, key: key, at: at); item.goal = try r.readOptionalString()
                case "topic": try seen.insert(2, key: key, at: at); item.topic = try r.readOptionalString()
                case "minutes": try seen.insert(3, key: key, at: at); item.minutes = try r.readInt()
                case "presenter": try seen.insert(4, key: key, at: at); item.presenter = try r.readOptionalString()
                case "notes": try seen.insert(5, key: key, at: at); item.notes = try r.readOptionalString() ?? ""
                case "decisions":
                    try seen.insert(6, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in item.decisions.append(try decision(&r)) }
                case "votes":
                    try seen.insert(7, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in item.votes.append(try vote(&r)) }
                case "actions": try seen.insert(8, key: key, at: at); item.actions = try r.readStringArray()
                case "clock":
                    try seen.insert(9, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in
                        var run = ItemClock.Run(start: Date(timeIntervalSince1970: 0))
                        var runSeen = MemberSet()
                        r.skipWhitespace()
                        let runStart = r.offset
                        try r.readObject { (r, key) throws(JSONSyntaxError) in
                            let at = r.offset
                            switch key {
                            case "start": try runSeen.insert(0, key: key, at: at); run.start = try r.readTimestamp()
                            case "end": try runSeen.insert(1, key: key, at: at); run.end = try r.readOptionalTimestamp()
                            default: try run.extras.add(key, try r.readUniqueValue(), at: at, seen: &runSeen)
                            }
                        }
                        guard runSeen.contains(0) else { throw Reader.missing("start", in: "a clock run", at: runStart) }
                        item.clock.runs.append(run)
                    }
                default: try item.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "a session item", at: start) }
        return item
    }

    static func decision(_ r: inout Reader) throws(JSONSyntaxError) -> Decision {
        var decision = Decision(time: Date(timeIntervalSince1970: 0), text: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            switch key {
            case "time": try seen.insert(0, key: key, at: at); decision.time = try r.readTimestamp()
            case "text": try seen.insert(1, key: key, at: at); decision.text = try r.readString()
            default: try decision.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
            }
        }
        return decision
    }

    static func vote(_ r: inout Reader) throws(JSONSyntaxError) -> Vote {
        var vote = Vote(time: Date(timeIntervalSince1970: 0), question: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "time": try seen.insert(0, key: key, at: at); vote.time = try r.readTimestamp()
                case "question": try seen.insert(1, key: key, at: at); vote.question = try r.readString()
                case "for": try seen.insert(2, key: key, at: at); vote.inFavor = try r.readInt()
                case "against": try seen.insert(3, key: key, at: at); vote.against = try r.readInt()
                case "abstain": try seen.insert(4, key: key, at: at); vote.abstentions = try r.readInt()
                case "consensus":
                    try seen.insert(5, key: key, at: at)
                    vote.consensus = try r.readNullIfPresent() ? nil : try r.readBool()
                default: try vote.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        return vote
    }

    static func speaker(_ r: inout Reader) throws(JSONSyntaxError) -> Speaker {
        r.skipWhitespace()
        let start = r.offset
        var speaker = Speaker(id: "", name: "", addedAt: Date(timeIntervalSince1970: 0))
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); speaker.id = try r.readString()
                case "name": try seen.insert(1, key: key, at: at); speaker.name = try r.readString()
                case "organization": try seen.insert(2, key: key, at: at); speaker.organization = try r.readOptionalString()
                case "kind": try seen.insert(3, key: key, at: at); speaker.kind = InterventionKind(rawValue: try r.readString())
                case "language": try seen.insert(4, key: key, at: at); speaker.language = try r.readOptionalString()
                case "item": try seen.insert(5, key: key, at: at); speaker.item = try r.readOptionalString()
                case "addedAt": try seen.insert(6, key: key, at: at); speaker.addedAt = try r.readTimestamp()
                case "startedAt": try seen.insert(7, key: key, at: at); speaker.startedAt = try r.readOptionalTimestamp()
                case "endedAt": try seen.insert(8, key: key, at: at); speaker.endedAt = try r.readOptionalTimestamp()
                default: try speaker.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "a speaker", at: start) }
        guard seen.contains(1) else { throw Reader.missing("name", in: "speaker \(speaker.id)", at: start) }
        return speaker
    }
}
