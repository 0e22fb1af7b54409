import AgendaLocalization
import AgendaModel
import Foundation

extension ProgressReport {
    /// A session the report covers, with the items it covers: all of them, or with an area those on
    /// the area's goals.
    struct Meeting {
        var session: Session
        var items: [SessionItem]
    }

    /// The sessions held or planned since the report's day (all without one), in date order; with an
    /// area, those with an item on one of its goals.
    var meetingsCovered: [Meeting] {
        let covered = Set(goals.map(\.id))
        return agenda.sessions.filter { session in since.map { session.date >= $0 } ?? true }
            .sorted { $0.date < $1.date }
            .compactMap { session in
                let items = area == nil ? session.items : session.items.filter { $0.goal.map(covered.contains) ?? false }
                return area != nil && items.isEmpty ? nil : Meeting(session: session, items: items)
            }
    }

    /// The meetings: each session with its facts, its decisions, the outcome of its votes, and its action
    /// items with their status now.
    func meetings(_ doc: inout ReportDocument) {
        doc.heading(2, strings[.reportMeetings])
        let meetings = meetingsCovered
        guard !meetings.isEmpty else {
            doc.paragraph(strings[.reportMeetingsNone])
            return
        }
        let redaction = redaction
        let reading = reading
        for meeting in meetings {
            let session = meeting.session
            doc.heading(3, DateText.day(session.date, language) + " · " + redaction.text(reading.reportTitle(session)))
            var facts = [Labels.sessionState(session.state, strings).capitalizingFirstLetter]
            if let place = session.place { facts.append(strings[.minutesPlace] + ": " + redaction.text(place)) }
            if let facilitator = session.facilitator.flatMap(redaction.person) {
                facts.append(strings[.minutesFacilitator] + ": " + facilitator)
            }
            if session.state != .planned {
                let taken = session.elapsed(at: session.endedAt ?? session.lastClockTime)
                facts.append(strings.format(.minutesLength, Durations.words(taken), Durations.words(minutes: session.plannedMinutes)))
            }
            let attendance = session.attendance
            doc.paragraph(facts.joined(separator: " · ") + "\n"
                + strings.format(.minutesAttendanceCount, attendance.organizations.count, attendance.people.count + attendance.named.count))
            record(meeting, &doc)
        }
    }

    /// A meeting's decisions, votes and action items.
    private func record(_ meeting: Meeting, _ doc: inout ReportDocument) {
        let redaction = redaction
        let reading = reading
        let decisions = meeting.items.flatMap { item in
            item.decisions.map {
                redaction.text(reading.reportText($0)) + " — " + redaction.text(MinutesReport.itemTitle(item, in: agenda, reading: reading))
            }
        }
        if !decisions.isEmpty {
            doc.paragraph(strings[.minutesDecisions] + ":")
            doc.list(decisions)
        }
        let votes = meeting.items.flatMap { item in item.votes.map { VoteWords.describe($0, strings, redaction: redaction) } }
        if !votes.isEmpty {
            doc.paragraph(strings[.minutesVotes] + ":")
            doc.list(votes)
        }
        let actions = meeting.items.flatMap(\.actions).compactMap { agenda.goal($0) }
        if !actions.isEmpty {
            doc.paragraph(strings[.minutesActions] + ":")
            doc.table(ReportDocument.Table(
                header: [strings[.columnID], strings[.columnTitle], strings[.columnOwners], strings[.columnDue],
                         strings[.columnStatus], strings[.columnProgress]],
                rows: actions.map { goal in
                    [goal.id, redaction.text(reading.reportTitle(goal)), goal.owners.joined(separator: ", "),
                     goal.due.map { DateText.day($0, language) } ?? "",
                     Labels.symbol(goal.status) + " " + Labels.status(goal.status, strings), "\(goal.progress)%"]
                },
                alignRight: [5], layout: .cards, rowHeader: 1, bar: 5, noWrap: [0, 5]))
        }
    }
}

extension Session {
    /// The last time a clock of the session started or stopped: how far a session not closed has run,
    /// read without a clock.
    var lastClockTime: Date {
        items.flatMap { $0.clock.runs.flatMap { [$0.start] + ($0.end.map { [$0] } ?? []) } }.max() ?? .distantPast
    }
}
