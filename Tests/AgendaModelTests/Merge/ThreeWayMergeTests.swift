import AgendaModel
import Foundation
import Testing
import TestSupport

/// Three-way merge of hand-made copies: each rule of the merge, with the figures worked out by hand.
@Suite struct ThreeWayMergeTests: MergeCopies {

    @Test func changesToDifferentGoalsAndFieldsNeverConflict() throws {
        let ours = try copy([.setGoal(id: "G-0001", .status(.blocked)), .setGoal(id: "G-0004", .progress(30))], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0001", .progress(55)), .setGoal(id: "G-0005", .title("Voto desde el exterior"))],
                              by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        #expect(outcome.agenda.conflicts.isEmpty)
        let g1 = try #require(outcome.agenda.goal("G-0001"))
        #expect(g1.status == .blocked && g1.progress == 55)
        #expect(outcome.agenda.goal("G-0004")?.progress == 30)
        #expect(outcome.agenda.goal("G-0005")?.title == "Voto desde el exterior")
        // Both copies' history entries are there, oldest first.
        #expect(g1.history.map(\.field) == ["created", "status", "progress"])
        #expect(g1.updatedAt == noon)
    }

    @Test func theSameFieldChangedDifferentlyIsRecordedWithBothValuesWhoAndWhen() throws {
        let ours = try copy([.setGoal(id: "G-0001", .status(.blocked))], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0001", .status(.achieved))], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        let expected = MergeConflict(
            id: "G-0001", field: "status", kind: .bothChanged, base: "active",
            sides: [ConflictSide(value: "blocked", by: "Ana", time: morning),
                    ConflictSide(value: "achieved", by: "Luis", time: noon)])
        #expect(outcome.conflicts == [expected])
        #expect(outcome.agenda.conflicts == [expected])
        // The later change holds the field meanwhile, whichever copy is ours.
        #expect(outcome.agenda.goal("G-0001")?.status == .achieved)
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == outcome.agenda)
        #expect(outcome.agenda.validate().isEmpty)
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() throws {
        let ours = try copy([.setGoal(id: "G-0004", .status(.active))], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0004", .status(.active))], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        #expect(outcome.agenda.goal("G-0004")?.status == .active)
        #expect(outcome.agenda.goal("G-0004")?.history.filter { $0.field == "status" }.count == 2)
    }

    @Test func ownersOrganizationsTagsAndNotesMergeAsSets() throws {
        let ours = try copy([.addOwner(goal: "G-0001", name: "Ana"), .removeOwner(goal: "G-0001", name: "Leadership Committee"),
                             .linkOrganization(goal: "G-0001", organization: "diocesis"),
                             .addNote(goal: "G-0001", text: "Nota de Ana")], by: "Ana", at: morning)
        let theirs = try copy([.addOwner(goal: "G-0001", name: "Luis"), .unlinkOrganization(goal: "G-0001", organization: "alianza"),
                               .setGoal(id: "G-0001", .tags(["school"])),
                               .addNote(goal: "G-0001", text: "Nota de Luis")], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        let goal = try #require(outcome.agenda.goal("G-0001"))
        #expect(goal.owners == ["Ana", "Luis"])
        #expect(goal.organizations == ["diocesis"])
        #expect(goal.tags == ["school"])
        #expect(goal.notes.map(\.text) == ["Nota de Ana", "Nota de Luis"])
    }

    @Test func aGoalDeletedOnOneSideAndChangedOnTheOtherIsKeptAndFlagged() throws {
        let ours = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0004", .progress(50))], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.goal("G-0004")?.progress == 50)
        let conflict = try #require(outcome.conflicts.first)
        #expect(conflict.isAboutWholeGoal && conflict.kind == .deletedAndChanged && conflict.id == "G-0004")
        #expect(conflict.sides.map(\.value) == [MergeConflict.deleted, MergeConflict.changed])
        #expect(conflict.sides[1].by == "Luis")
        // Deleted on one side and untouched on the other: gone, without a conflict.
        let untouched = Agenda.merge(base: base, ours: ours, theirs: try copy([.setGoal(id: "G-0005", .progress(5))], by: "Luis", at: noon))
        #expect(untouched.isClean && untouched.agenda.goal("G-0004") == nil)
    }

    @Test func aSubGoalChangedUnderAParentDeletedElsewhereBringsTheParentBack() throws {
        // Deleting G-0002 deletes G-0003 too; the other copy changed G-0003.
        let ours = try copy([.deleteGoal(id: "G-0002")], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0003", .title("Pilot cohort, 2027"))], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.goal("G-0003")?.title == "Pilot cohort, 2027")
        #expect(outcome.agenda.goal("G-0002") != nil)
        #expect(Set(outcome.conflicts.map(\.id)) == ["G-0002", "G-0003"])
        #expect(outcome.agenda.validate().isEmpty)
    }

    @Test func goalsAddedOnBothSidesUnderOneIDAreBothKept() throws {
        let mine = Goal(id: "G-NEW1", title: "Census outreach", area: "leadership", createdAt: morning)
        let yours = Goal(id: "G-NEW1", title: "Consulate hours", area: "vote-abroad", createdAt: noon)
        let child = Goal(id: "G-NEW2", title: "Visit consulates", area: "vote-abroad", parent: "G-NEW1", createdAt: noon)
        let ours = try copy([.createGoal(mine)], by: "Ana", at: morning)
        let theirs = try copy([.createGoal(yours), .createGoal(child)], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.renamed.count == 1)
        let renamed = try #require(outcome.renamed.first)
        #expect(renamed.from == "G-NEW1")
        // The earlier goal keeps the id; the later one and its sub-goal follow the new id.
        #expect(outcome.agenda.goal("G-NEW1")?.title == "Census outreach")
        #expect(outcome.agenda.goal(renamed.to)?.title == "Consulate hours")
        #expect(outcome.agenda.goal("G-NEW2")?.parent == renamed.to)
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == outcome.agenda)
        #expect(outcome.agenda.validate().isEmpty)
    }

    /// Found by the merge's fuzz target: goals both copies added under one id, with one title and one
    /// creation time but different content, gave the id to the copy called ours, whichever it was.
    @Test func goalsAddedOnBothSidesAlikeButForTheirContentMergeTheSameEitherWay() throws {
        let mine = Goal(id: "G-NEW1", title: "Census outreach", area: "leadership", progress: 20, parent: "G-0004",
                        createdAt: morning)
        let yours = Goal(id: "G-NEW1", title: "Census outreach", area: "leadership", progress: 60, createdAt: morning)
        let ours = try copy([.createGoal(mine)], by: "Ana", at: morning)
        let theirs = try copy([.createGoal(yours)], by: "Luis", at: morning)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.renamed.count == 1)
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == outcome.agenda)
        #expect(outcome.agenda.goals.filter { $0.title == "Census outreach" }.map(\.progress).sorted() == [20, 60])
        #expect(outcome.agenda.validate().isEmpty)
    }

    @Test func movesOnBothSidesThatWouldMakeALoopAreUndoneAndFlagged() throws {
        // Ours puts G-0001 under G-0004; theirs puts G-0004 under G-0003 (a grandchild of G-0001).
        let ours = try copy([.moveGoal(id: "G-0001", parent: "G-0004", area: nil)], by: "Ana", at: morning)
        let theirs = try copy([.moveGoal(id: "G-0004", parent: "G-0003", area: nil)], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.validate().isEmpty)
        #expect(outcome.conflicts.contains { $0.field == "parent" })
        #expect(Agenda.merge(base: base, ours: theirs, theirs: ours).agenda == outcome.agenda)
    }

    /// Found by the merge's fuzz target: `agenda merge` reads BASE unchecked, and a base holding a goal
    /// id twice (a hand-edited version in git's history) gave that goal twice, which could not be saved.
    @Test func aBaseWithAnIDTwiceStillMergesEachGoalOnce() throws {
        var twice = base
        twice.goals[0].id = "G-0002"
        let ours = try copy([.moveGoal(id: "G-0004", parent: "G-0001", area: nil)], by: "Ana", at: morning)
        let theirs = try copy([.moveGoal(id: "G-0005", parent: "G-0001", area: "leadership")], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: twice, ours: ours, theirs: theirs)
        #expect(outcome.agenda.validate().isEmpty, "\(outcome.agenda.validate())")
        #expect(outcome.agenda.goals.map(\.id).sorted() == ["G-0001", "G-0002", "G-0003", "G-0004", "G-0005"])
        #expect(outcome.agenda.goal("G-0004")?.parent == "G-0001" && outcome.agenda.goal("G-0005")?.parent == "G-0001")
    }

    @Test func anOrganizationRemovedOnOneSideButLinkedOnTheOtherStays() throws {
        let ours = try copy([.removeOrganization(id: "diocesis")], by: "Ana", at: morning)
        let theirs = try copy([.linkOrganization(goal: "G-0005", organization: "diocesis")], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.agenda.organizations.contains { $0.id == "diocesis" })
        #expect(outcome.agenda.goal("G-0005")?.organizations.contains("diocesis") == true)
        #expect(outcome.agenda.validate().isEmpty)
        #expect(outcome.conflicts.contains { $0.subject == .organization && $0.id == "diocesis" })
    }

    @Test func organizationsMergeFieldByField() throws {
        var ourOrg = base.organizations[0]
        ourOrg.city = "Brooklyn"
        var theirOrg = base.organizations[0]
        theirOrg.contact = Contact(email: "info@alianza.example")
        let ours = try copy([.updateOrganization(ourOrg)], by: "Ana", at: morning)
        let theirs = try copy([.updateOrganization(theirOrg)], by: "Luis", at: noon)
        let outcome = Agenda.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.isClean)
        #expect(outcome.agenda.organizations[0].city == "Brooklyn")
        #expect(outcome.agenda.organizations[0].contact?.email == "info@alianza.example")
    }

    @Test func conflictsAlreadyInTheCopiesStayAndAreNotDoubled() throws {
        let ours = try copy([.setGoal(id: "G-0001", .status(.blocked))], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0001", .status(.achieved))], by: "Luis", at: noon)
        let first = Agenda.merge(base: base, ours: ours, theirs: theirs).agenda
        // Merging the merged copy with another change keeps the open conflict once.
        let other = try copy([.setGoal(id: "G-0005", .progress(20))], by: "Eva", at: noon)
        let second = Agenda.merge(base: base, ours: first, theirs: other)
        #expect(second.conflicts.isEmpty)
        #expect(second.agenda.conflicts == first.conflicts)
        #expect(second.agenda.goal("G-0005")?.progress == 20)
    }

    @Test func aChoiceSettlesTheConflictAndUndoBringsItBack() throws {
        let ours = try copy([.setGoal(id: "G-0001", .status(.blocked))], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0001", .status(.achieved))], by: "Luis", at: noon)
        var agenda = Agenda.merge(base: base, ours: ours, theirs: theirs).agenda
        let before = agenda
        let blocked = try #require(agenda.conflicts[0].sides.firstIndex { $0.value == "blocked" })
        let undo = try agenda.apply(.resolveConflict(agenda.conflicts[0], side: blocked), by: "Eva", at: noon)
        #expect(agenda.conflicts.isEmpty)
        #expect(agenda.goal("G-0001")?.status == .blocked)
        #expect(agenda.goal("G-0001")?.history.last?.by == "Eva")
        try agenda.apply(undo, by: "Eva", at: noon)
        #expect(agenda.conflicts == before.conflicts)
        #expect(agenda.goal("G-0001")?.status == .achieved)
    }

    @Test func choosingDeletedInAWholeGoalConflictDeletesTheGoal() throws {
        let ours = try copy([.deleteGoal(id: "G-0004")], by: "Ana", at: morning)
        let theirs = try copy([.setGoal(id: "G-0004", .progress(50))], by: "Luis", at: noon)
        var agenda = Agenda.merge(base: base, ours: ours, theirs: theirs).agenda
        let deleted = try #require(agenda.conflicts[0].sides.firstIndex { $0.value == MergeConflict.deleted })
        try agenda.apply(.resolveConflict(agenda.conflicts[0], side: deleted), by: "Eva", at: noon)
        #expect(agenda.goal("G-0004") == nil && agenda.conflicts.isEmpty)
    }
}
