import AgendaModel
import Foundation

/// Reads agenda files in one pass over the bytes, keeping unknown members and refusing duplicates.
enum AgendaJSONDecoder {
    typealias Reader = JSONReader

    /// The agenda in the bytes; a goals array of more than `splitAbove` bytes is read on two cores. For `listing`,
    /// the goals hold only what a list shows and filters on, and people and sessions are passed over.
    static func agenda(_ r: inout Reader, splitAbove: Int? = parallelThreshold, listing: Bool = false)
        throws(JSONSyntaxError) -> Agenda {
        let start = r.offset
        var agenda = Agenda(title: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "schemaVersion":
                    try seen.insert(0, key: key, at: at)
                    agenda.schemaVersion = try r.readInt()
                    if agenda.schemaVersion > Agenda.currentSchemaVersion {
                        throw JSONSyntaxError(
                            "the file has schema version \(agenda.schemaVersion), newer than this program reads "
                                + "(\(Agenda.currentSchemaVersion)); update agenda to open it", at: at)
                    }
                case "title":
                    try seen.insert(1, key: key, at: at)
                    agenda.title = try r.readString()
                case "description":
                    try seen.insert(2, key: key, at: at)
                    agenda.description = try r.readOptionalString() ?? ""
                case "areas":
                    try seen.insert(3, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.areas.append(try area(&r)) }
                case "organizations":
                    try seen.insert(4, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.organizations.append(try organization(&r)) }
                case "people" where listing, "sessions" where listing:
                    try seen.insert(key == "people" ? 5 : 7, key: key, at: at)
                    try r.skipQuickly()
                case "people":
                    try seen.insert(5, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.people.append(try person(&r)) }
                case "goals":
                    try seen.insert(6, key: key, at: at)
                    agenda.goals = listing
                        ? try goals(&r, splitAbove: splitAbove) { (r) throws(JSONSyntaxError) in try goal(&r, listing: true) }
                        : try goals(&r, splitAbove: splitAbove)
                case "sessions":
                    try seen.insert(7, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.sessions.append(try session(&r)) }
                case "reviews":
                    try seen.insert(8, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.reviews.append(try review(&r)) }
                case "conflicts" where !listing:
                    try seen.insert(9, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in agenda.conflicts.append(try conflict(&r)) }
                default:
                    if listing { try r.skipQuickly() } else { try agenda.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen) }
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(1) else { throw Reader.missing("title", in: "the agenda", at: start) }
        return agenda
    }

    static func area(_ r: inout Reader) throws(JSONSyntaxError) -> Area {
        r.skipWhitespace()
        let start = r.offset
        var area = Area(id: "", name: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); area.id = try r.readString()
                case "name": try seen.insert(1, key: key, at: at); area.name = try r.readString()
                case "description":
                    try seen.insert(2, key: key, at: at)
                    area.description = try r.readOptionalString() ?? ""
                default: try area.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "an area", at: start) }
        guard seen.contains(1) else { throw Reader.missing("name", in: "area \(area.id)", at: start) }
        return area
    }

    static func contact(_ r: inout Reader) throws(JSONSyntaxError) -> Contact? {
        if try r.readNullIfPresent() { return nil }
        var contact = Contact()
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "name": try seen.insert(0, key: key, at: at); contact.name = try r.readOptionalString()
                case "email": try seen.insert(1, key: key, at: at); contact.email = try r.readOptionalString()
                case "phone": try seen.insert(2, key: key, at: at); contact.phone = try r.readOptionalString()
                case "address": try seen.insert(3, key: key, at: at); contact.address = try r.readOptionalString()
                default: try contact.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        return contact
    }

    static func organization(_ r: inout Reader) throws(JSONSyntaxError) -> Organization {
        r.skipWhitespace()
        let start = r.offset
        var org = Organization(id: "", name: "", country: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); org.id = try r.readString()
                case "name": try seen.insert(1, key: key, at: at); org.name = try r.readString()
                case "country": try seen.insert(2, key: key, at: at); org.country = try r.readString()
                case "city": try seen.insert(3, key: key, at: at); org.city = try r.readOptionalString()
                case "kind": try seen.insert(4, key: key, at: at); org.kind = OrganizationKind(rawValue: try r.readString())
                case "communities": try seen.insert(5, key: key, at: at); org.communities = try r.readStringArray()
                case "contact": try seen.insert(6, key: key, at: at); org.contact = try contact(&r)
                default: try org.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "an organization", at: start) }
        guard seen.contains(1) else { throw Reader.missing("name", in: "organization \(org.id)", at: start) }
        guard seen.contains(2) else { throw Reader.missing("country", in: "organization \(org.id)", at: start) }
        return org
    }

    static func person(_ r: inout Reader) throws(JSONSyntaxError) -> Person {
        r.skipWhitespace()
        let start = r.offset
        var person = Person(id: "", name: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); person.id = try r.readString()
                case "name": try seen.insert(1, key: key, at: at); person.name = try r.readString()
                case "organization":
                    try seen.insert(2, key: key, at: at)
                    person.organization = try r.readOptionalString()
                case "country": try seen.insert(3, key: key, at: at); person.country = try r.readOptionalString()
                case "communities": try seen.insert(4, key: key, at: at); person.communities = try r.readStringArray()
                case "languages": try seen.insert(5, key: key, at: at); person.languages = try r.readStringArray()
                case "contact": try seen.insert(6, key: key, at: at); person.contact = try contact(&r)
                default: try person.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "a person", at: start) }
        guard seen.contains(1) else { throw Reader.missing("name", in: "person \(person.id)", at: start) }
        return person
    }

    static func goal(_ r: inout Reader) throws(JSONSyntaxError) -> Goal {
        try goal(&r, listing: false)
    }

    /// The number in a goal's member set of a member a listing passes over.
    static func listingSkipNumber(_ key: String) -> Int {
        switch key {
        case "source": 13
        case "description": 14
        case "notes": 15
        case "history": 16
        case "createdAt": 17
        case "updatedAt": 18
        default: 19
        }
    }

    /// A goal; for `listing`, only what a list of goals shows and filters on, the rest (description,
    /// notes, history, source, origin, times, unknown members) checked and passed over.
    static func goal(_ r: inout Reader, listing: Bool) throws(JSONSyntaxError) -> Goal {
        r.skipWhitespace()
        let start = r.offset
        var goal = Goal(id: "", title: "", area: "", createdAt: Date(timeIntervalSince1970: 0))
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "id": try seen.insert(0, key: key, at: at); goal.id = try r.readString()
                case "title": try seen.insert(1, key: key, at: at); goal.title = try r.readString()
                case "area": try seen.insert(2, key: key, at: at); goal.area = try r.readString()
                case "parent": try seen.insert(3, key: key, at: at); goal.parent = try r.readOptionalString()
                case "status": try seen.insert(4, key: key, at: at); goal.status = GoalStatus(rawValue: try r.readString())
                case "progress": try seen.insert(5, key: key, at: at); goal.progress = try r.readInt()
                case "priority": try seen.insert(6, key: key, at: at); goal.priority = Priority(rawValue: try r.readString())
                case "due": try seen.insert(7, key: key, at: at); goal.due = try r.readDay()
                case "level":
                    try seen.insert(8, key: key, at: at)
                    goal.level = try r.readOptionalString().map(GovernmentLevel.init(rawValue:))
                case "countries": try seen.insert(9, key: key, at: at); goal.countries = try r.readStringArray()
                case "owners": try seen.insert(10, key: key, at: at); goal.owners = try r.readStringArray()
                case "organizations": try seen.insert(11, key: key, at: at); goal.organizations = try r.readStringArray()
                case "tags": try seen.insert(12, key: key, at: at); goal.tags = try r.readStringArray()
                case "description" where listing, "notes" where listing, "history" where listing, "source" where listing,
                     "createdAt" where listing, "updatedAt" where listing, "origin" where listing:
                    try seen.insert(listingSkipNumber(key), key: key, at: at)
                    try r.skipQuickly()
                case "source": try seen.insert(13, key: key, at: at); goal.source = try r.readOptionalString()
                case "origin":
                    try seen.insert(19, key: key, at: at)
                    if try !r.readNullIfPresent() {
                        var origin = GoalOrigin(session: "", item: "")
                        var originSeen = MemberSet()
                        try r.readObject { (r, key) throws(JSONSyntaxError) in
                            let at = r.offset
                            switch key {
                            case "session": try originSeen.insert(0, key: key, at: at); origin.session = try r.readString()
                            case "item": try originSeen.insert(1, key: key, at: at); origin.item = try r.readString()
                            default: try origin.extras.add(key, try r.readUniqueValue(), at: at, seen: &originSeen)
                            }
                        }
                        goal.origin = origin
                    }
                case "description":
                    try seen.insert(14, key: key, at: at)
                    goal.description = try r.readOptionalString() ?? ""
                case "notes":
                    try seen.insert(15, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in goal.notes.append(try note(&r)) }
                case "history":
                    try seen.insert(16, key: key, at: at)
                    try r.readArray { (r) throws(JSONSyntaxError) in goal.history.append(try change(&r)) }
                case "createdAt": try seen.insert(17, key: key, at: at); goal.createdAt = try r.readTimestamp()
                case "updatedAt": try seen.insert(18, key: key, at: at); goal.updatedAt = try r.readTimestamp()
                default:
                    if listing { try r.skipQuickly() } else { try goal.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen) }
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("id", in: "a goal", at: start) }
        guard seen.contains(1) else { throw Reader.missing("title", in: "goal \(goal.id)", at: start) }
        guard seen.contains(2) else { throw Reader.missing("area", in: "goal \(goal.id)", at: start) }
        if !seen.contains(17) {
            goal.createdAt = goal.history.first?.time ?? goal.createdAt
        }
        if !seen.contains(18) {
            goal.updatedAt = goal.history.last?.time ?? goal.createdAt
        }
        return goal
    }

    static func note(_ r: inout Reader) throws(JSONSyntaxError) -> Note {
        r.skipWhitespace()
        let start = r.offset
        var note = Note(author: "", time: Date(timeIntervalSince1970: 0), text: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "author": try seen.insert(0, key: key, at: at); note.author = try r.readString()
                case "time": try seen.insert(1, key: key, at: at); note.time = try r.readTimestamp()
                case "text": try seen.insert(2, key: key, at: at); note.text = try r.readString()
                default: try note.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(1) else { throw Reader.missing("time", in: "a note", at: start) }
        guard seen.contains(2) else { throw Reader.missing("text", in: "a note", at: start) }
        return note
    }

    static func review(_ r: inout Reader) throws(JSONSyntaxError) -> Review {
        r.skipWhitespace()
        let start = r.offset
        var review = Review(goal: "", reviewer: "", date: Day(daysSinceEpoch: 0), health: .onTrack)
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "goal": try seen.insert(0, key: key, at: at); review.goal = try r.readString()
                case "reviewer": try seen.insert(1, key: key, at: at); review.reviewer = try r.readString()
                case "date":
                    try seen.insert(2, key: key, at: at)
                    guard let day = try r.readDay() else { throw JSONSyntaxError("a review needs a date", at: at) }
                    review.date = day
                case "health": try seen.insert(3, key: key, at: at); review.health = Health(rawValue: try r.readString())
                case "comment": try seen.insert(4, key: key, at: at); review.comment = try r.readOptionalString() ?? ""
                case "time": try seen.insert(5, key: key, at: at); review.time = try r.readOptionalTimestamp()
                default: try review.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("goal", in: "a review", at: start) }
        guard seen.contains(2) else { throw Reader.missing("date", in: "a review", at: start) }
        guard seen.contains(3) else { throw Reader.missing("health", in: "a review", at: start) }
        return review
    }

    static func change(_ r: inout Reader) throws(JSONSyntaxError) -> Change {
        r.skipWhitespace()
        let start = r.offset
        var change = Change(time: Date(timeIntervalSince1970: 0), by: "", field: "")
        var seen = MemberSet()
        try r.readObject { (r, key) throws(JSONSyntaxError) in
            let at = r.offset
            do throws(JSONSyntaxError) {
                switch key {
                case "time": try seen.insert(0, key: key, at: at); change.time = try r.readTimestamp()
                case "by": try seen.insert(1, key: key, at: at); change.by = try r.readString()
                case "field": try seen.insert(2, key: key, at: at); change.field = try r.readString()
                case "from": try seen.insert(3, key: key, at: at); change.from = try r.readOptionalString()
                case "to": try seen.insert(4, key: key, at: at); change.to = try r.readOptionalString()
                default: try change.extras.add(key, try r.readUniqueValue(), at: at, seen: &seen)
                }
            } catch {
                throw error.within(key)
            }
        }
        guard seen.contains(0) else { throw Reader.missing("time", in: "a history entry", at: start) }
        guard seen.contains(2) else { throw Reader.missing("field", in: "a history entry", at: start) }
        return change
    }
}
