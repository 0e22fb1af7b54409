import AgendaModel
import Foundation
import Testing
import TestSupport

/// Edits made on one version applied to another: both sides' changes kept, conflicts named.
@Suite struct RebaseTests {
    let later = Fixtures.time.addingTimeInterval(600)

    func pending(_ edits: [Edit], on agenda: Agenda, label: String = "edit") -> PendingEdit {
        PendingEdit(edits: edits, expectations: agenda.expectations(for: edits), label: label)
    }

    @Test func changesToDifferentGoalsAndFieldsBothStay() throws {
        let base = Fixtures.agenda()
        var theirs = base
        try theirs.apply(.setGoal(id: "G-0001", .status(.blocked)), by: "Lucía", at: later)
        try theirs.apply(.setGoal(id: "G-0004", .progress(90)), by: "Lucía", at: later)
        let mine = pending([.setGoal(id: "G-0001", .progress(55)), .setGoal(id: "G-0005", .title("Voto en el exterior"))],
                           on: base)
        var merged = theirs
        let report = merged.rebase([mine], by: "Ana", at: later)
        #expect(report == RebaseReport())
        #expect(merged.goal("G-0001")?.status == .blocked && merged.goal("G-0001")?.progress == 55)
        #expect(merged.goal("G-0004")?.progress == 90)
        #expect(merged.goal("G-0005")?.title == "Voto en el exterior")
    }

    @Test func theSameFieldChangedOnBothSidesIsAConflictWithBothValues() throws {
        let base = Fixtures.agenda()
        var theirs = base
        try theirs.apply(.setGoal(id: "G-0001", .status(.achieved)), by: "Lucía", at: later)
        var merged = theirs
        let report = merged.rebase([pending([.setGoal(id: "G-0001", .status(.blocked))], on: base)], by: "Ana", at: later)
        #expect(report.overwritten == [OverwrittenChange(goal: "G-0001", field: "status", ours: "blocked", theirs: "achieved",
                                                   theirsBy: "Lucía")])
        #expect(merged.goal("G-0001")?.status == .blocked)
        // Their value is not lost: the history has both changes.
        let statuses = merged.goal("G-0001")!.history.filter { $0.field == "status" }.map { $0.to ?? "" }
        #expect(statuses == ["achieved", "blocked"])
    }

    @Test func theSameValueOnBothSidesIsNoConflict() throws {
        let base = Fixtures.agenda()
        var theirs = base
        try theirs.apply(.setGoal(id: "G-0001", .progress(70)), by: "Lucía", at: later)
        var merged = theirs
        let report = merged.rebase([pending([.setGoal(id: "G-0001", .progress(70))], on: base)], by: "Ana", at: later)
        #expect(report.overwritten.isEmpty)
    }

    @Test func aGoalAddedOnBothSidesUnderOneIdIsKeptTwiceAndItsEditsFollowTheNewId() throws {
        let base = Fixtures.agenda()
        var theirs = base
        try theirs.apply(.createGoal(Goal(id: "G-7K2M", title: "Taller en Zacatecas", area: "leadership", createdAt: later)), by: "Lucía", at: later)
        // This side added another goal under the same id, then a sub-goal of it and a note on it.
        let mine = [
            pending([.createGoal(Goal(id: "G-7K2M", title: "Escuela en Morelia", area: "leadership", createdAt: later))], on: base),
            pending([.createGoal(Goal(id: "G-9ZZZ", title: "Primer grupo", area: "leadership", parent: "G-7K2M", createdAt: later))], on: base),
            pending([.addNote(goal: "G-7K2M", text: "Sede confirmada")], on: base),
        ]
        var merged = theirs
        let report = merged.rebase(mine, by: "Ana", at: later)
        #expect(report.refused.isEmpty && report.overwritten.isEmpty)
        let rename = try #require(report.renamed.first)
        #expect(report.renamed.count == 1 && rename.from == "G-7K2M" && rename.to != "G-7K2M")
        #expect(merged.goal("G-7K2M")?.title == "Taller en Zacatecas")
        #expect(merged.goal("G-7K2M")?.notes.isEmpty == true)
        let ours = try #require(merged.goal(rename.to))
        #expect(ours.title == "Escuela en Morelia" && ours.notes.map(\.text) == ["Sede confirmada"])
        #expect(merged.goal("G-9ZZZ")?.parent == rename.to)
        #expect(merged.validate().isEmpty)
    }

    @Test func anEditOfAGoalDeletedMeanwhileIsRefusedNotCrashed() throws {
        let base = Fixtures.agenda()
        var theirs = base
        try theirs.apply(.deleteGoal(id: "G-0004"), by: "Lucía", at: later)
        var merged = theirs
        let report = merged.rebase([pending([.setGoal(id: "G-0004", .progress(20))], on: base, label: "progress of G-0004"),
                                    pending([.setGoal(id: "G-0005", .progress(20))], on: base)], by: "Ana", at: later)
        #expect(report.refused == ["progress of G-0004: no goal with id 'G-0004'"])
        #expect(merged.goal("G-0005")?.progress == 20)
    }
}
