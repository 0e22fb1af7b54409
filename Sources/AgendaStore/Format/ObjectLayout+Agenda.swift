import AgendaModel

/// The layout of the file's top object, the agenda.
extension ObjectLayout where Record == Agenda {
    /// The agenda; a goals array of more than `splitAbove` bytes is read on two cores and one of at least
    /// `splitFrom` goals written on two. For `listing`, the goals hold only what a list shows and filters
    /// on, people and sessions are passed over, and conflicts are passed over as unknown members are.
    ///
    /// Goals are read and written by the code generated from their layout (`GoalCodec`), or with
    /// `goalsByTable` through the layout's table itself, which tests compare it with.
    static func agenda(
        splitAbove: Int? = nil, splitFrom: Int? = nil, listing: Bool = false, goalsByTable: Bool = false
    ) -> ObjectLayout<Agenda> {
        let people: Member = .objects("people", .person, { $0.people }, { $0.people = $1 })
        let sessions: Member = .objects("sessions", .session, { $0.sessions }, { $0.sessions = $1 })
        // Each goal read through a closure that captures nothing, so the two cores reading goals share
        // no reference count.
        let goal: @Sendable (inout JSONReader) throws(JSONSyntaxError) -> Goal
        switch (listing, goalsByTable) {
        case (false, false): goal = { (r: inout JSONReader) throws(JSONSyntaxError) -> Goal in try r.read(GoalCodec()) }
        case (true, false): goal = { (r: inout JSONReader) throws(JSONSyntaxError) -> Goal in try r.read(GoalCodec(listing: true)) }
        case (false, true): goal = { (r: inout JSONReader) throws(JSONSyntaxError) -> Goal in try r.read(ObjectLayout<Goal>.goal) }
        case (true, true): goal = { (r: inout JSONReader) throws(JSONSyntaxError) -> Goal in try r.read(ObjectLayout<Goal>.listedGoal) }
        }
        let goals = Member(
            "goals",
            read: { (r, agenda) throws(JSONSyntaxError) in
                agenda.goals = try AgendaJSONDecoder.goals(&r, splitAbove: splitAbove, element: goal)
            },
            write: { agenda, w in
                w.key("goals")
                w.beginArray()
                if goalsByTable {
                    AgendaJSONEncoder.writeGoals(agenda.goals, &w, splitFrom: splitFrom, ObjectLayout<Goal>.goal)
                } else {
                    AgendaJSONEncoder.writeGoals(agenda.goals, &w, splitFrom: splitFrom, GoalCodec())
                }
                w.endArray()
            })
        let conflicts = Member(
            "conflicts",
            read: { (r, agenda) throws(JSONSyntaxError) in agenda.conflicts = try r.readArray(of: ObjectLayout<MergeConflict>.conflict) },
            write: { agenda, w in
                // Nothing when there are none, so a file without conflicts is written as before they existed.
                guard !agenda.conflicts.isEmpty else { return }
                w.member("conflicts", agenda.conflicts, ObjectLayout<MergeConflict>.conflict)
            })
        let deletions = Member(
            "deletions",
            read: { (r, agenda) throws(JSONSyntaxError) in agenda.deletions = try r.readArray(of: ObjectLayout<Deletion>.deletion) },
            write: { agenda, w in
                // Nothing when no goal was deleted, so such a file is written as before deletions were kept.
                guard !agenda.deletions.isEmpty else { return }
                w.member("deletions", agenda.deletions, ObjectLayout<Deletion>.deletion)
            })
        return ObjectLayout(
            { Agenda(title: "") }, "the agenda", unknown: listing ? .skip : .keep,
            members: [
                Member(
                    "schemaVersion",
                    read: { (r, agenda) throws(JSONSyntaxError) in
                        let at = r.offset
                        agenda.schemaVersion = try r.readInt()
                        if agenda.schemaVersion > Agenda.currentSchemaVersion {
                            throw JSONSyntaxError(
                                "the file has schema version \(agenda.schemaVersion), newer than this program reads "
                                    + "(\(Agenda.currentSchemaVersion)); update agenda to open it", at: at)
                        }
                    },
                    write: { agenda, w in w.member("schemaVersion", agenda.schemaVersion) }),
                .optionalText("language", { $0.language }, { $0.language = $1 }),
                .text("title", required: true, { $0.title }, { $0.title = $1 }),
                .prose("description", { $0.description }, { $0.description = $1 }),
                .objects("areas", .area, { $0.areas }, { $0.areas = $1 }),
                .objects("organizations", .organization, { $0.organizations }, { $0.organizations = $1 }),
                listing ? people.passedOver : people,
                goals,
                listing ? sessions.passedOver : sessions,
                .objects("reviews", .review, { $0.reviews }, { $0.reviews = $1 }),
            ] + (listing ? [] : [conflicts, deletions]))
    }
}

extension Agenda: KeepsUnknownMembers {}
