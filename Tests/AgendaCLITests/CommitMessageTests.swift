@testable import AgendaCLI
import AgendaModel
import Foundation
import Testing
import TestSupport

/// The summary sync writes as the commit message, from two versions of an agenda.
@Suite struct CommitMessageTests {
    let time = Date(timeIntervalSince1970: 1_780_000_000)

    /// The fixture agenda after `edits` by `who`.
    func edited(_ edits: [Edit], by who: String = "Ana") throws -> Agenda {
        var agenda = Fixtures.agenda()
        _ = try agenda.apply(edits, by: who, at: time)
        return agenda
    }

    @Test func goalChangesNotesAdditionsAndDeletionsAreSummed() throws {
        let old = Fixtures.agenda()
        var added = try #require(old.goal("G-0005"))
        added.id = "G-0009"
        added.title = "Voting rights abroad"
        added.history = []
        let new = try edited([
            .setGoal(id: "G-0001", .status(.blocked)), .setGoal(id: "G-0001", .progress(55)),
            .addOwner(goal: "G-0004", name: "Comité de Michoacán"), .addNote(goal: "G-0002", text: "Second cohort"),
            .addNote(goal: "G-0003", text: "Done"), .deleteGoal(id: "G-0005"), .createGoal(added),
        ])
        let changes = AgendaChanges(path: "Agendas/a.json", old: old, new: new)
        #expect(changes.changed.map(\.goal.id) == ["G-0001", "G-0004"])
        #expect(changes.notes.map(\.goal) == ["G-0002", "G-0003"])
        #expect(changes.added.map(\.id) == ["G-0009"] && changes.deleted.map(\.id) == ["G-0005"])
        #expect(CommitMessage.subject(for: [changes]) == "agenda: 2 goals changed (G-0001 status active→blocked, "
            + "G-0001 progress 40→55, G-0004 owner +Comité de Michoacán), 1 added, 1 deleted, 2 notes")
        let body = CommitMessage.body(for: changes).components(separatedBy: "\n")
        #expect(body.first == "Agendas/a.json:")
        #expect(body.contains("- G-0001 status: active → blocked (Ana, 2026-05-28T20:26:40Z)"))
        #expect(body.contains("- G-0004 owners: + Comité de Michoacán (Ana, 2026-05-28T20:26:40Z)"))
        #expect(body.contains("- G-0002 note: \"Second cohort\" (Ana, 2026-05-28T20:26:40Z)"))
        #expect(body.contains("- G-0009 added: \"Voting rights abroad\" (Ana, 2026-05-28T20:26:40Z)"))
        #expect(body.contains("- G-0005 deleted: \"Vote from abroad in Michoacán\""))
    }

    @Test func moreThanThreeChangesEndTheSubjectWithAnEllipsis() throws {
        let new = try edited([
            .setGoal(id: "G-0001", .progress(41)), .setGoal(id: "G-0002", .progress(61)),
            .setGoal(id: "G-0003", .progress(99)), .setGoal(id: "G-0004", .progress(11)),
        ])
        let subject = CommitMessage.subject(for: [AgendaChanges(path: "a.json", old: Fixtures.agenda(), new: new)])
        #expect(subject == "agenda: 4 goals changed (G-0001 progress 40→41, G-0002 progress 60→61, G-0003 progress 100→99, …)")
    }

    @Test func textFieldsAreNamedNotQuotedInTheSubject() throws {
        let new = try edited([.setGoal(id: "G-0001", .title("Train a new generation of migrant leaders across the Americas"))])
        let changes = AgendaChanges(path: "a.json", old: Fixtures.agenda(), new: new)
        #expect(CommitMessage.subject(for: [changes]) == "agenda: 1 goal changed (G-0001 title edited)")
        #expect(CommitMessage.body(for: changes).contains(
            "- G-0001 title: \"Train migrant leaders\" → \"Train a new generation of migrant leaders across the Americ…\" (Ana, "))
    }

    @Test func anEditByHandWithoutHistoryIsStillTold() {
        var new = Fixtures.agenda()
        new.goals[0].progress = 77
        let changes = AgendaChanges(path: "a.json", old: Fixtures.agenda(), new: new)
        #expect(CommitMessage.subject(for: [changes]) == "agenda: 1 goal changed (G-0001 edited)")
        #expect(CommitMessage.body(for: changes).hasSuffix("- G-0001 edited (no history entry)"))
    }

    @Test func newRemovedAndUnchangedFiles() {
        let agenda = Fixtures.agenda()
        let created = AgendaChanges(path: "Agendas/new.json", old: nil, new: agenda)
        let removed = AgendaChanges(path: "Agendas/old.json", old: agenda, new: nil)
        #expect(CommitMessage.subject(for: [created, removed]) == "agenda: new agenda new.json (5 goals), removed old.json")
        let same = AgendaChanges(path: "Agendas/a.json", old: agenda, new: agenda)
        #expect(same.isEmpty)
        #expect(CommitMessage.text(for: [same]) == "agenda: a.json saved again (no edit recorded)")
    }

    @Test func otherRecordsAndConflictsAreCounted() {
        let old = Fixtures.agenda()
        var new = old
        new.organizations.removeFirst()
        new.title = "Another title"
        new.conflicts = [MergeConflict(id: "G-0001", field: "status", kind: .bothChanged, sides: [
            ConflictSide(value: "active"), ConflictSide(value: "blocked"),
        ])]
        let opened = AgendaChanges(path: "a.json", old: old, new: new)
        #expect(CommitMessage.subject(for: [opened]) == "agenda: 1 conflict recorded, 1 organization changed, title or description changed")
        let settled = AgendaChanges(path: "a.json", old: new, new: old)
        #expect(CommitMessage.subject(for: [settled]).hasPrefix("agenda: 1 conflict settled"))
    }

    @Test func theDriverCommandQuotesTheProgramForTheShellAndGit() {
        let program = "/opt/it's 100% here/agenda"
        let command = MergeDriverSetup.driverCommand(program: program)
        #expect(command == #"'/opt/it'\''s 100%% here/agenda' merge --no-backup %O %A %B"#)
        #expect(MergeDriverSetup.program(ofDriver: command) == program)
        #expect(MergeDriverSetup.program(ofDriver: "my-wrapper %O %A %B") == nil)
    }

    @Test func attributePatternsMatchOnlyTheirPath() {
        #expect(MergeDriverSetup.attributePattern(for: "Agendas/*.json", keepingGlob: true) == "/Agendas/*.json")
        #expect(MergeDriverSetup.attributePattern(for: "a*b.json") == #"/a\*b.json"#)
        #expect(MergeDriverSetup.attributePattern(for: "my [x] dir/*.json", keepingGlob: true) == #""/my \\[x] dir/*.json""#)
    }
}
