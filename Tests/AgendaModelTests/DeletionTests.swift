import AgendaModel
import Foundation
import Testing
import TestSupport

/// Deleting a goal leaves a record of it, with what it takes to bring the goal back; bringing it back
/// is an edit that can be undone.
@Suite struct DeletionTests {
    let later = Fixtures.time.addingTimeInterval(3600)
    let evening = Fixtures.time.addingTimeInterval(7200)

    @Test func aDeletionRecordsWhoWhenAndTheGoalWithItsSubGoals() throws {
        var agenda = Fixtures.agenda()
        let before = agenda
        try agenda.apply(.deleteGoal(id: "G-0002"), by: "Ana", at: later)
        #expect(agenda.goal("G-0002") == nil && agenda.goal("G-0003") == nil)
        let deletion = try #require(agenda.deletions.first)
        #expect(agenda.deletions.count == 1)
        #expect(deletion.by == "Ana")
        #expect(deletion.time == later)
        #expect(deletion.goal == "G-0002")
        #expect(deletion.title == "Run a leadership school")
        #expect(deletion.area == "leadership")
        #expect(deletion.goals == [before.goal("G-0002")!, before.goal("G-0003")!])
        #expect(deletion.restored == nil)
    }

    @Test func undoingADeletionPutsTheGoalsBackAndRemovesTheRecord() throws {
        var agenda = Fixtures.agenda()
        let before = agenda
        let undo = try agenda.apply(.deleteGoal(id: "G-0001"), by: "Ana", at: later)
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(agenda == before)
    }

    @Test func undoingADeletionOnAVersionWithAnotherDeletionRemovesItsOwnRecord() throws {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.deleteGoal(id: "G-0004"), by: "Ana", at: later)
        // Meanwhile another copy deleted a goal too, and its record came first.
        agenda.deletions.insert(Deletion(time: Fixtures.time, by: "Luis", goal: "G-OTHR", title: "Other", area: "leadership", goals: []), at: 0)
        try agenda.apply(undo, by: "Ana", at: evening)
        #expect(agenda.deletions.map(\.goal) == ["G-OTHR"])
        #expect(agenda.goal("G-0004") != nil)
    }

    @Test func editsNamingADeletionFindItWhenItWasSavedAMomentLater() throws {
        // The screen deleted the goal at `later`; the save recorded it a few seconds after.
        var screen = Fixtures.agenda()
        let undo = try screen.apply(.deleteGoal(id: "G-0004"), by: "Ana", at: later)
        var disk = Fixtures.agenda()
        try disk.apply(.deleteGoal(id: "G-0004"), by: "Ana", at: later.addingTimeInterval(5))
        var restored = disk
        try restored.apply(.restoreGoal(id: "G-0004", deletedAt: later), by: "Ana", at: evening)
        #expect(restored.goal("G-0004") != nil && restored.deletions.first?.restored?.by == "Ana")
        try disk.apply(undo, by: "Ana", at: evening)
        #expect(disk.deletions.isEmpty && disk.goal("G-0004") != nil)
    }

    @Test func undoingACreationLeavesNoDeletionRecord() throws {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.createGoal(Goal(id: "G-NEW1", title: "New", area: "leadership", createdAt: later)),
                                    by: "Ana", at: later)
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(agenda.goal("G-NEW1") == nil)
        #expect(agenda.deletions.isEmpty)
    }

    @Test func restoringBringsTheGoalBackWithItsSubGoalsAndMarksTheRecord() throws {
        var agenda = Fixtures.agenda()
        let before = agenda
        try agenda.apply(.deleteGoal(id: "G-0002"), by: "Ana", at: later)
        let undo = try agenda.apply(.restoreGoal(id: "G-0002", deletedAt: later), by: "Luis", at: evening)
        let goal = try #require(agenda.goal("G-0002"))
        #expect(goal.parent == "G-0001")
        #expect(agenda.goal("G-0003")?.parent == "G-0002")
        #expect(goal.history.last == Change(time: evening, by: "Luis", field: "restored", to: "Run a leadership school"))
        #expect(agenda.deletions.first?.restored == Deletion.Restoration(by: "Luis", time: evening))
        // Back where they were in the file.
        #expect(agenda.goals.map(\.id) == before.goals.map(\.id))
        try agenda.apply(undo, by: "Luis", at: evening)
        #expect(agenda.goal("G-0002") == nil && agenda.goal("G-0003") == nil)
        #expect(agenda.deletions.first?.restored == nil)
    }

    @Test func aGoalWhoseParentIsGoneComesBackAtTheTopOfItsArea() throws {
        var agenda = Fixtures.agenda()
        try agenda.apply(.deleteGoal(id: "G-0002"), by: "Ana", at: later)
        try agenda.apply(.deleteGoal(id: "G-0001"), by: "Ana", at: evening)
        try agenda.apply(.restoreGoal(id: "G-0002", deletedAt: later), by: "Ana", at: evening)
        #expect(agenda.goal("G-0002")?.parent == nil)
        #expect(agenda.goal("G-0002")?.area == "leadership")
        // The goal before it (G-0001) is gone: it comes back at the end.
        #expect(agenda.goals.map(\.id) == ["G-0004", "G-0005", "G-0002", "G-0003"])
    }

    @Test func restoringAGoalWhoseIdIsTakenIsRefused() throws {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.deleteGoal(id: "G-0004"), by: "Ana", at: later)
        let record = agenda.deletions
        try agenda.apply(Array(undo.dropLast()), by: "Ana", at: later)
        agenda.deletions = record
        #expect(throws: EditError.duplicateID("G-0004")) {
            try agenda.apply(.restoreGoal(id: "G-0004", deletedAt: later), by: "Ana", at: evening)
        }
        #expect(throws: EditError.noSuchGoal("G-0005")) {
            try agenda.apply(.restoreGoal(id: "G-0005", deletedAt: later), by: "Ana", at: evening)
        }
    }
}
