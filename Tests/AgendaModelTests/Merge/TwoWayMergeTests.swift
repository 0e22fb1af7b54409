import AgendaModel
import Foundation
import Testing
import TestSupport

/// Two copies with no common version, merged from the goals' history.
@Suite struct TwoWayMergeTests: MergeCopies {

    @Test func aFieldOneCopyChangedTakesThatChangeAndBothCopiesGoalsStay() throws {
        let newGoal = Goal(id: "G-USB1", title: "Census outreach", area: "leadership", createdAt: noon)
        let a = try copy([.setGoal(id: "G-0001", .status(.blocked))], by: "Ana", at: morning)
        let b = try copy([.setGoal(id: "G-0004", .progress(70)), .createGoal(newGoal)], by: "Luis", at: noon)
        let outcome = Agenda.mergeTwoWay(a, b)
        #expect(outcome.isClean)
        #expect(outcome.agenda.goal("G-0001")?.status == .blocked)
        #expect(outcome.agenda.goal("G-0004")?.progress == 70)
        #expect(outcome.agenda.goal("G-USB1")?.title == "Census outreach")
        #expect(outcome.agenda.validate().isEmpty)
    }

    @Test func aFieldBothChangedSinceTheirSharedHistoryTakesTheLaterChangeAndIsFlagged() throws {
        let a = try copy([.setGoal(id: "G-0001", .progress(50))], by: "Ana", at: noon)
        let b = try copy([.setGoal(id: "G-0001", .progress(70))], by: "Luis", at: morning)
        let outcome = Agenda.mergeTwoWay(a, b)
        #expect(outcome.agenda.goal("G-0001")?.progress == 50)
        #expect(outcome.conflicts == [MergeConflict(
            id: "G-0001", field: "progress", kind: .twoWay,
            sides: [ConflictSide(value: "70", by: "Luis", time: morning), ConflictSide(value: "50", by: "Ana", time: noon)])])
        #expect(Agenda.mergeTwoWay(b, a).agenda.goal("G-0001")?.progress == 50)
    }

    @Test func changesOnTopOfAnEarlierSharedChangeAreSeenFromTheSharedEntry() throws {
        // Both copies share a status change; then only one changes the status again.
        let shared = try copy([.setGoal(id: "G-0001", .status(.blocked))], by: "Eva", at: morning)
        var a = shared, b = shared
        try a.apply(.setGoal(id: "G-0001", .status(.achieved)), by: "Ana", at: noon)
        try b.apply(.setGoal(id: "G-0001", .progress(90)), by: "Luis", at: noon)
        let outcome = Agenda.mergeTwoWay(a, b)
        #expect(outcome.isClean)
        #expect(outcome.agenda.goal("G-0001")?.status == .achieved)
        #expect(outcome.agenda.goal("G-0001")?.progress == 90)
    }

    @Test func goalsUnderOneIDCreatedApartAreBothKept() throws {
        let a = try copy([.createGoal(Goal(id: "G-SAME", title: "Consulate hours", area: "leadership", createdAt: morning))],
                         by: "Ana", at: morning)
        let b = try copy([.createGoal(Goal(id: "G-SAME", title: "Radio program", area: "vote-abroad", createdAt: noon))],
                         by: "Luis", at: noon)
        let outcome = Agenda.mergeTwoWay(a, b)
        #expect(outcome.renamed.count == 1)
        #expect(Set(outcome.agenda.goals.map(\.title)).isSuperset(of: ["Consulate hours", "Radio program"]))
        #expect(outcome.agenda.validate().isEmpty)
    }

    @Test func notesAndOwnersOfBothCopiesAreUnited() throws {
        let a = try copy([.addNote(goal: "G-0005", text: "Llamar al congreso"), .addOwner(goal: "G-0005", name: "Ana")],
                         by: "Ana", at: morning)
        let b = try copy([.addNote(goal: "G-0005", text: "Reunión en Morelia"), .addOwner(goal: "G-0005", name: "Luis")],
                         by: "Luis", at: noon)
        let goal = try #require(Agenda.mergeTwoWay(a, b).agenda.goal("G-0005"))
        #expect(goal.notes.map(\.text) == ["Llamar al congreso", "Reunión en Morelia"])
        #expect(goal.owners == ["Comité de Organización", "Ana", "Luis"])
    }
}
