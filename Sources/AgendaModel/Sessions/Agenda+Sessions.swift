import Foundation

extension Agenda {
    /// The index of the session with an id.
    public func sessionIndex(_ id: String) -> Int? {
        if let exact = sessions.firstIndex(where: { $0.id == id }) { return exact }
        let upper = id.uppercased()
        return sessions.firstIndex { $0.id.uppercased() == upper }
    }

    /// The session with an id.
    public func session(_ id: String) -> Session? {
        sessionIndex(id).map { sessions[$0] }
    }

    /// Applies a change to a session; the edits that undo it restore the session as it was.
    mutating func apply(_ change: SessionChange, to id: String, at time: Date) throws(EditError) -> [Edit] {
        guard let index = sessionIndex(id) else { throw .noSuchSession(id) }
        let before = sessions[index]
        var session = before
        func item(_ itemID: String) throws(EditError) -> Int {
            guard let position = session.itemIndex(itemID) else { throw .noSuchItem(itemID) }
            return position
        }
        func pauseAll() {
            for position in session.items.indices where session.items[position].clock.isRunning {
                session.items[position].clock.runs[session.items[position].clock.runs.count - 1].end = time
            }
        }
        switch change {
        case .setDetails(let title, let date, let place, let facilitator, let languages):
            guard !title.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "title", message: "the title is empty")
            }
            session.title = title
            session.date = date
            session.place = place
            session.facilitator = facilitator
            session.languages = languages
        case .setProgressive(let flag):
            session.progressive = flag
        case .setAttendance(let attendance):
            for org in attendance.organizations where organizationIndex(org) == nil { throw .noSuchOrganization(org) }
            session.attendance = attendance
        case .addItem(let newItem, let position):
            guard session.itemIndex(newItem.id) == nil else { throw .duplicateID(newItem.id) }
            if let goal = newItem.goal, goalIndex(goal) == nil { throw .noSuchGoal(goal) }
            guard newItem.goal != nil || !(newItem.topic ?? "").trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "topic", message: "an item needs a goal or a topic")
            }
            guard newItem.minutes > 0 else { throw .invalid(goal: nil, field: "minutes", message: "the timebox must be at least 1 minute") }
            session.items.insert(newItem, at: min(max(position ?? session.items.count, 0), session.items.count))
        case .removeItem(let itemID):
            let position = try item(itemID)
            session.items.remove(at: position)
            if session.currentItem == itemID { session.currentItem = nil }
        case .moveItem(let itemID, let target):
            let position = try item(itemID)
            let moved = session.items.remove(at: position)
            session.items.insert(moved, at: min(max(target, 0), session.items.count))
        case .setTimebox(let itemID, let minutes):
            guard minutes > 0 else { throw .invalid(goal: nil, field: "minutes", message: "the timebox must be at least 1 minute") }
            session.items[try item(itemID)].minutes = minutes
        case .setNotes(let itemID, let text):
            session.items[try item(itemID)].notes = text
        case .setPresenter(let itemID, let name):
            session.items[try item(itemID)].presenter = name
        case .startClock(let itemID):
            let position = try item(itemID)
            guard session.state != .closed else {
                throw .invalid(goal: nil, field: "state", message: "the session is closed: reopen it first")
            }
            guard !session.items[position].clock.isRunning else { return [] }
            pauseAll()
            session.items[position].clock.runs.append(ItemClock.Run(start: time))
            session.currentItem = itemID
            if session.state != .live {
                session.state = .live
                if session.startedAt == nil { session.startedAt = time }
                session.endedAt = nil
            }
        case .pauseClock(let itemID):
            let position = try item(itemID)
            guard session.items[position].clock.isRunning else { return [] }
            session.items[position].clock.runs[session.items[position].clock.runs.count - 1].end = time
        case .goTo(let itemID):
            let position = try item(itemID)
            guard session.currentItem != itemID else { return [] }
            let wasRunning = session.items.contains { $0.clock.isRunning }
            pauseAll()
            session.currentItem = itemID
            if wasRunning { session.items[position].clock.runs.append(ItemClock.Run(start: time)) }
        case .addDecision(let itemID, let text):
            guard !text.trimmingWhitespace.isEmpty else { throw .invalid(goal: nil, field: "decision", message: "the decision is empty") }
            session.items[try item(itemID)].decisions.append(Decision(time: time, text: text))
        case .addVote(let itemID, var vote):
            guard !vote.question.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "vote", message: "the question is empty")
            }
            guard vote.inFavor >= 0, vote.against >= 0, vote.abstentions >= 0 else {
                throw .invalid(goal: nil, field: "vote", message: "counts cannot be negative")
            }
            vote.time = time
            session.items[try item(itemID)].votes.append(vote)
        case .addAction(let itemID, let goal):
            guard goalIndex(goal) != nil else { throw .noSuchGoal(goal) }
            session.items[try item(itemID)].actions.append(goal)
        case .addSpeaker(var speaker):
            guard !speaker.name.trimmingWhitespace.isEmpty else {
                throw .invalid(goal: nil, field: "speaker", message: "the name is empty")
            }
            guard !session.speakers.contains(where: { $0.id == speaker.id }) else { throw .duplicateID(speaker.id) }
            speaker.addedAt = time
            if speaker.item == nil { speaker.item = session.currentItem }
            session.speakers.append(speaker)
        case .nextSpeaker:
            let organizations = Dictionary(self.organizations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let next = session.queue(organizations: organizations).first
            let current = session.speakers.lastIndex { $0.isSpeaking }
            guard current != nil || next != nil else { return [] }
            if let current { session.speakers[current].endedAt = time }
            if let next, let position = session.speakers.firstIndex(where: { $0.id == next.id }) {
                session.speakers[position].startedAt = time
                if session.speakers[position].item == nil { session.speakers[position].item = session.currentItem }
            }
        case .removeSpeaker(let speakerID):
            guard let position = session.speakers.firstIndex(where: { $0.id == speakerID }) else {
                throw .invalid(goal: nil, field: "speaker", message: "no speaker '\(speakerID)'")
            }
            session.speakers.remove(at: position)
        case .end:
            guard session.state != .closed else { return [] }
            pauseAll()
            if let current = session.speakers.lastIndex(where: { $0.isSpeaking }) { session.speakers[current].endedAt = time }
            session.state = .closed
            session.endedAt = time
        case .reopen:
            guard session.state == .closed else { return [] }
            session.state = .live
            session.endedAt = nil
        }
        guard session != before else { return [] }
        sessions[index] = session
        return [.replaceSession(before)]
    }

    /// A new session id, `S-` and four letters and digits, not among the agenda's.
    public static func newSessionID<R: RandomNumberGenerator>(avoiding existing: [Session], using random: inout R) -> String {
        var generator = GoalIDGenerator(random: random)
        let taken = Set(existing.map { "G-" + $0.id.dropFirst(2) })
        let id = "S-" + generator.next(avoiding: taken).dropFirst(2)
        random = generator.source
        return id
    }
}
