import AgendaModel
import Foundation

/// The layouts of sessions: their run-of-show, clocks, decisions, votes, attendance and speakers.
extension ObjectLayout where Record == Session {
    static let session = ObjectLayout(
        { Session(id: "", title: "", date: Day(daysSinceEpoch: 0)) }, "a session", named: { "session \($0.id)" },
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("title", required: true, { $0.title }, { $0.title = $1 }),
            .day("date", refusing: "a session needs a date", { $0.date }, { $0.date = $1 }),
            .optionalText("place", { $0.place }, { $0.place = $1 }),
            .optionalText("facilitator", { $0.facilitator }, { $0.facilitator = $1 }),
            .texts("languages", { $0.languages }, { $0.languages = $1 }),
            .object("attendance", .attendance, { $0.attendance }, { $0.attendance = $1 }),
            .text("state", { $0.state.rawValue }, { $0.state = SessionState(rawValue: $1) }),
            .bool("progressive", { $0.progressive }, { $0.progressive = $1 }),
            .optionalTime("startedAt", { $0.startedAt }, { $0.startedAt = $1 }),
            .optionalTime("endedAt", { $0.endedAt }, { $0.endedAt = $1 }),
            .optionalText("currentItem", { $0.currentItem }, { $0.currentItem = $1 }),
            .objects("items", .item, { $0.items }, { $0.items = $1 }),
            .objects("speakers", .speaker, { $0.speakers }, { $0.speakers = $1 }),
            .translations("translations", { $0.translations }, { $0.translations = $1 }),
        ])
}

extension ObjectLayout where Record == Attendance {
    static let attendance = ObjectLayout(
        { Attendance() }, "an attendance", namesMembers: false,
        members: [
            .texts("people", { $0.people }, { $0.people = $1 }),
            .texts("organizations", { $0.organizations }, { $0.organizations = $1 }),
            Member("named", read: { (r, attendance) throws(JSONSyntaxError) in attendance.named = try r.readStringArray() },
                   write: { attendance, w in
                       // Nothing when there are none, so an attendance is written as before the member existed.
                       guard !attendance.named.isEmpty else { return }
                       w.member("named", attendance.named)
                   }),
        ])
}

extension ObjectLayout where Record == SessionItem {
    static let item = ObjectLayout(
        { SessionItem(id: "", minutes: 0) }, "a session item",
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .optionalText("goal", { $0.goal }, { $0.goal = $1 }),
            .optionalText("topic", { $0.topic }, { $0.topic = $1 }),
            .int("minutes", { $0.minutes }, { $0.minutes = $1 }),
            .optionalText("presenter", { $0.presenter }, { $0.presenter = $1 }),
            .prose("notes", { $0.notes }, { $0.notes = $1 }),
            .objects("decisions", .decision, { $0.decisions }, { $0.decisions = $1 }),
            .objects("votes", .vote, { $0.votes }, { $0.votes = $1 }),
            .texts("actions", { $0.actions }, { $0.actions = $1 }),
            .objects("clock", .clockRun, { $0.clock.runs }, { $0.clock.runs = $1 }),
            .translations("translations", { $0.translations }, { $0.translations = $1 }),
        ])
}

extension ObjectLayout where Record == Decision {
    static let decision = ObjectLayout(
        { Decision(time: Date(timeIntervalSince1970: 0), text: "") }, "a decision", namesMembers: false,
        members: [
            .time("time", { $0.time }, { $0.time = $1 }),
            .text("text", { $0.text }, { $0.text = $1 }),
            .translations("translations", { $0.translations }, { $0.translations = $1 }),
        ])
}

extension ObjectLayout where Record == Vote {
    static let vote = ObjectLayout(
        { Vote(time: Date(timeIntervalSince1970: 0), question: "") }, "a vote",
        members: [
            .time("time", { $0.time }, { $0.time = $1 }),
            .text("question", { $0.question }, { $0.question = $1 }),
            .int("for", { $0.inFavor }, { $0.inFavor = $1 }),
            .int("against", { $0.against }, { $0.against = $1 }),
            .int("abstain", { $0.abstentions }, { $0.abstentions = $1 }),
            .optionalBool("consensus", { $0.consensus }, { $0.consensus = $1 }),
        ])
}

extension ObjectLayout where Record == ItemClock.Run {
    static let clockRun = ObjectLayout(
        { ItemClock.Run(start: Date(timeIntervalSince1970: 0)) }, "a clock run", namesMembers: false,
        members: [
            .time("start", required: true, { $0.start }, { $0.start = $1 }),
            .optionalTime("end", { $0.end }, { $0.end = $1 }),
        ])
}

extension ObjectLayout where Record == Speaker {
    static let speaker = ObjectLayout(
        { Speaker(id: "", name: "", addedAt: Date(timeIntervalSince1970: 0)) }, "a speaker", named: { "speaker \($0.id)" },
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("name", required: true, { $0.name }, { $0.name = $1 }),
            .optionalText("organization", { $0.organization }, { $0.organization = $1 }),
            .text("kind", { $0.kind.rawValue }, { $0.kind = InterventionKind(rawValue: $1) }),
            .optionalText("language", { $0.language }, { $0.language = $1 }),
            .optionalText("item", { $0.item }, { $0.item = $1 }),
            .time("addedAt", { $0.addedAt }, { $0.addedAt = $1 }),
            .optionalTime("startedAt", { $0.startedAt }, { $0.startedAt = $1 }),
            .optionalTime("endedAt", { $0.endedAt }, { $0.endedAt = $1 }),
        ])
}

extension Session: KeepsUnknownMembers {}
extension Attendance: KeepsUnknownMembers {}
extension SessionItem: KeepsUnknownMembers {}
extension Decision: KeepsUnknownMembers {}
extension Vote: KeepsUnknownMembers {}
extension ItemClock.Run: KeepsUnknownMembers {}
extension Speaker: KeepsUnknownMembers {}
