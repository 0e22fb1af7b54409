import AgendaModel
import Foundation
import Testing
import TestSupport

/// The records of deleted goals in a merge: a record either copy holds is kept, one per goal and time.
@Suite struct DeletionMergeTests: MergeCopies {

    @Test func deletionsInEitherCopyAreKeptWhicheverIsOurs() throws {
        let ours = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        let theirs = try copy([.deleteGoal(id: "G-0005")], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.deletions.map(\.goal) == ["G-0004", "G-0005"])
        #expect(outcome.agenda.deletions.map(\.by) == ["Ana", "Luis"])
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda.deletions == outcome.agenda.deletions)
        #expect(Agenda.mergeTwoWay(ours, theirs).agenda.deletions.map(\.goal) == ["G-0004", "G-0005"])
    }

    @Test func aGoalDeletedInOneCopyAndChangedInTheOtherIsKeptFlaggedAndItsDeletionRecorded() throws {
        let ours = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0004", .progress(50))], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.goal("G-0004")?.progress == 50)
        #expect(outcome.conflicts.first?.kind == .deletedAndChanged)
        #expect(outcome.agenda.deletions.map(\.goal) == ["G-0004"])
    }

    @Test func aDeletionRestoredInOneCopyIsKnownRestoredAfterTheMerge() throws {
        let deleted = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        var ours = deleted
        try ours.apply(.restoreGoal(id: "G-0004", deletedAt: morning), by: "Ana", at: noon)
        var theirs = deleted
        try theirs.apply(.setGoal(id: "G-0005", .progress(5)), by: "Luis", at: noon)
        for outcome in [Agenda.merge(base: deleted, ours: ours, theirs: theirs), Agenda.merge(base: deleted, ours: theirs, theirs: ours)] {
            #expect(outcome.agenda.deletions.count == 1)
            #expect(outcome.agenda.deletions.first?.restored?.by == "Ana")
            #expect(outcome.agenda.goal("G-0004") != nil)
        }
    }

    @Test func aDeletionUndoneInOneCopyIsStillKeptFromTheOther() throws {
        let deleted = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        var ours = deleted
        ours.deletions = []
        try ours.apply(.setGoal(id: "G-0001", .progress(45)), by: "Ana", at: noon)
        var theirs = deleted
        try theirs.apply(.setGoal(id: "G-0005", .progress(5)), by: "Luis", at: noon)
        #expect(Agenda.merge(base: deleted, ours: ours, theirs: theirs).agenda.deletions.map(\.goal) == ["G-0004"])
    }
}
