import AgendaModel
import Foundation
import Testing
import TestSupport

/// Each edit: what it changes, the history it records, and the edits that undo it.
@Suite struct EditTests {
    let later = Fixtures.time.addingTimeInterval(3600)

    @Test func setFieldRecordsHistoryAndUpdatedAt() throws {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.setGoal(id: "G-0001", .status(.blocked)), by: "Ana", at: later)
        let goal = try #require(agenda.goal("G-0001"))
        #expect(goal.status == .blocked)
        #expect(goal.updatedAt == later)
        #expect(goal.history.last == Change(time: later, by: "Ana", field: "status", from: "active", to: "blocked"))
        #expect(undo == [.setGoal(id: "G-0001", .status(.active))])
    }

    @Test func settingTheSameValueChangesNothing() throws {
        var agenda = Fixtures.agenda()
        let before = agenda
        let undo = try agenda.apply(.setGoal(id: "G-0001", .progress(40)), by: "Ana", at: later)
        #expect(undo.isEmpty)
        #expect(agenda == before)
    }

    @Test(arguments: [
        GoalField.title("Nuevo título: Michoacán"), .description("Línea 1\nLínea 2"), .progress(75), .priority(.high),
        .due(Day("2027-01-31")), .due(nil), .level(.binational), .source("Oscar Chacón"), .countries(["MX", "US"]),
        .tags(["vote", "reform"]), .status(.achieved), .area("vote-abroad"),
    ])
    func everyFieldCanBeSetAndUndone(field: GoalField) throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        let undo = try agenda.apply(.setGoal(id: "G-0004", field), by: "Ana", at: later)
        let goal = try #require(agenda.goal("G-0004"))
        #expect(goal.current(field) == field)
        #expect(goal.history.last?.field == field.name)
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(withoutHistory(agenda) == withoutHistory(original))
    }

    @Test func invalidValuesAreRefusedAndNothingChanges() {
        var agenda = Fixtures.agenda()
        let before = agenda
        #expect(throws: EditError.self) { try agenda.apply(.setGoal(id: "G-0001", .progress(150)), by: "A", at: later) }
        #expect(throws: EditError.self) { try agenda.apply(.setGoal(id: "G-0001", .title("   ")), by: "A", at: later) }
        #expect(throws: EditError.self) {
            try agenda.apply(.setGoal(id: "G-0001", .status(GoalStatus(rawValue: "done"))), by: "A", at: later)
        }
        #expect(throws: EditError.self) { try agenda.apply(.setGoal(id: "G-0001", .countries(["Mexico"])), by: "A", at: later) }
        #expect(throws: EditError.noSuchArea("nowhere")) {
            try agenda.apply(.setGoal(id: "G-0001", .area("nowhere")), by: "A", at: later)
        }
        #expect(throws: EditError.noSuchGoal("G-9999")) {
            try agenda.apply(.setGoal(id: "G-9999", .progress(1)), by: "A", at: later)
        }
        #expect(agenda == before)
    }

    @Test func createGoalStampsCreationAndCanBeUndone() throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        let goal = Goal(id: "G-NEW1", title: "Afro-Latino outreach", area: "leadership", parent: "G-0001",
                        createdAt: Date(timeIntervalSince1970: 0))
        let undo = try agenda.apply(.createGoal(goal), by: "Ana", at: later)
        let created = try #require(agenda.goal("G-NEW1"))
        #expect(created.createdAt == later && created.updatedAt == later)
        #expect(created.history == [Change(time: later, by: "Ana", field: "created", to: "Afro-Latino outreach")])
        #expect(undo == [.removeGoal(id: "G-NEW1")])
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(agenda == original)
    }

    @Test func createGoalChecksReferences() {
        var agenda = Fixtures.agenda()
        func make(_ id: String, area: String = "leadership", parent: String? = nil, orgs: [String] = []) -> Edit {
            .createGoal(Goal(id: id, title: "T", area: area, organizations: orgs, parent: parent, createdAt: later))
        }
        #expect(throws: EditError.duplicateID("G-0001")) { try agenda.apply(make("G-0001"), by: "A", at: later) }
        #expect(throws: EditError.noSuchArea("x")) { try agenda.apply(make("G-X", area: "x"), by: "A", at: later) }
        #expect(throws: EditError.noSuchGoal("G-NONE")) { try agenda.apply(make("G-X", parent: "G-NONE"), by: "A", at: later) }
        #expect(throws: EditError.noSuchOrganization("nope")) { try agenda.apply(make("G-X", orgs: ["nope"]), by: "A", at: later) }
    }

    @Test func deleteRemovesTheSubtreeAndUndoRestoresItInPlace() throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        let undo = try agenda.apply(.deleteGoal(id: "G-0001"), by: "Ana", at: later)
        #expect(agenda.goals.map(\.id) == ["G-0004", "G-0005"])
        // Three goals to create again, and the record of the deletion to remove.
        #expect(undo.count == 4 && undo.last == .removeDeletion(goal: "G-0001", time: later))
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(agenda == original)
    }

    @Test func ownersAndOrganizationsAreAddedAndRemoved() throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        var undo: [Edit] = []
        undo = try agenda.apply(.addOwner(goal: "G-0004", name: " Comité de Finanzas "), by: "A", at: later) + undo
        #expect(agenda.goal("G-0004")?.owners == ["Finance Committee", "Comité de Finanzas"])
        #expect(try agenda.apply(.addOwner(goal: "G-0004", name: "Finance Committee"), by: "A", at: later).isEmpty)
        undo = try agenda.apply(.removeOwner(goal: "G-0004", name: "Finance Committee"), by: "A", at: later) + undo
        undo = try agenda.apply(.linkOrganization(goal: "G-0004", organization: "diocesis"), by: "A", at: later) + undo
        #expect(agenda.goal("G-0004")?.organizations == ["diocesis"])
        #expect(throws: EditError.noSuchOrganization("nope")) {
            try agenda.apply(.linkOrganization(goal: "G-0004", organization: "nope"), by: "A", at: later)
        }
        #expect(throws: EditError.self) {
            try agenda.apply(.removeOwner(goal: "G-0004", name: "Nobody"), by: "A", at: later)
        }
        let history = try #require(agenda.goal("G-0004")).history.dropFirst().map { [$0.field, $0.from ?? "", $0.to ?? ""] }
        #expect(history == [
            ["owners", "", "Comité de Finanzas"], ["owners", "Finance Committee", ""], ["organizations", "", "diocesis"],
        ])
        try agenda.apply(undo, by: "A", at: later)
        #expect(Set(agenda.goal("G-0004")!.owners) == Set(original.goal("G-0004")!.owners))
        #expect(agenda.goal("G-0004")?.organizations == [])
    }

    @Test func notesAreAddedWithAuthorAndTimeAndUndone() throws {
        var agenda = Fixtures.agenda()
        let undo = try agenda.apply(.addNote(goal: "G-0005", text: "Hablar con el Congreso 🇲🇽"), by: "Ana", at: later)
        #expect(agenda.goal("G-0005")?.notes == [Note(author: "Ana", time: later, text: "Hablar con el Congreso 🇲🇽")])
        #expect(agenda.goal("G-0005")?.history.last?.field == "notes")
        #expect(throws: EditError.self) { try agenda.apply(.addNote(goal: "G-0005", text: " \n"), by: "A", at: later) }
        try agenda.apply(undo, by: "Ana", at: later)
        #expect(agenda.goal("G-0005")?.notes == [])
    }

    @Test func moveChangesParentAndAreaOfTheWholeSubtree() throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        let undo = try agenda.apply(.moveGoal(id: "G-0002", parent: nil, area: "vote-abroad"), by: "A", at: later)
        #expect(agenda.goal("G-0002")?.parent == nil)
        #expect(agenda.goal("G-0002")?.area == "vote-abroad")
        #expect(agenda.goal("G-0003")?.area == "vote-abroad")
        try agenda.apply(.moveGoal(id: "G-0004", parent: "G-0005", area: nil), by: "A", at: later)
        #expect(agenda.goal("G-0004")?.parent == "G-0005")
        #expect(agenda.goal("G-0004")?.area == "vote-abroad")
        try agenda.apply(undo, by: "A", at: later)
        #expect(agenda.goal("G-0002")?.parent == original.goal("G-0002")?.parent)
        #expect(agenda.goal("G-0003")?.area == "leadership")
    }

    @Test func moveUnderItsOwnSubGoalIsACycle() {
        var agenda = Fixtures.agenda()
        #expect(throws: EditError.cycle(goal: "G-0001", parent: "G-0003")) {
            try agenda.apply(.moveGoal(id: "G-0001", parent: "G-0003", area: nil), by: "A", at: later)
        }
        #expect(throws: EditError.cycle(goal: "G-0001", parent: "G-0001")) {
            try agenda.apply(.moveGoal(id: "G-0001", parent: "G-0001", area: nil), by: "A", at: later)
        }
    }

    @Test func organizationsAreAddedUpdatedAndRemovedWithTheirLinks() throws {
        var agenda = Fixtures.agenda()
        let original = agenda
        var undo = try agenda.apply(
            .addOrganization(Organization(id: "fedzac", name: "Federación Zacatecana", country: "US", kind: .federation)),
            by: "A", at: later)
        #expect(throws: EditError.duplicateID("alianza")) {
            try agenda.apply(.addOrganization(Organization(id: "alianza", name: "X", country: "US")), by: "A", at: later)
        }
        #expect(throws: EditError.self) {
            try agenda.apply(.addOrganization(Organization(id: "Bad Id", name: "X", country: "US")), by: "A", at: later)
        }
        var renamed = try #require(agenda.organization("alianza"))
        renamed.name = "Alianza Americas"
        undo = try agenda.apply(.updateOrganization(renamed), by: "A", at: later) + undo
        #expect(agenda.organization("alianza")?.name == "Alianza Americas")
        undo = try agenda.apply(.removeOrganization(id: "alianza"), by: "A", at: later) + undo
        #expect(agenda.organization("alianza") == nil)
        #expect(agenda.goal("G-0001")?.organizations == [])
        #expect(agenda.goal("G-0001")?.history.last?.from == "alianza")
        try agenda.apply(undo, by: "A", at: later)
        #expect(agenda.organizations == original.organizations)
        #expect(agenda.goal("G-0001")?.organizations == ["alianza"])
    }

    @Test func areasInUseCannotBeRemoved() throws {
        var agenda = Fixtures.agenda()
        #expect(throws: EditError.self) { try agenda.apply(.removeArea(id: "leadership"), by: "A", at: later) }
        try agenda.apply(.addArea(Area(id: "infrastructure", name: "Infrastructure")), by: "A", at: later)
        try agenda.apply(.removeArea(id: "infrastructure"), by: "A", at: later)
        #expect(agenda.areas.map(\.id) == ["leadership", "vote-abroad"])
    }

    @Test func aBatchIsAllOrNothing() {
        var agenda = Fixtures.agenda()
        let before = agenda
        #expect(throws: EditError.self) {
            try agenda.apply(
                [.setGoal(id: "G-0001", .progress(90)), .setGoal(id: "G-0001", .progress(900))], by: "A", at: later)
        }
        #expect(agenda == before)
    }

    @Test func goalIdsAreMatchedIgnoringCase() throws {
        var agenda = Fixtures.agenda()
        try agenda.apply(.setGoal(id: "g-0001", .progress(41)), by: "A", at: later)
        #expect(agenda.goal("G-0001")?.progress == 41)
    }

    private func withoutHistory(_ agenda: Agenda) -> Agenda {
        var copy = agenda
        for index in copy.goals.indices {
            copy.goals[index].history = []
            copy.goals[index].updatedAt = copy.goals[index].createdAt
        }
        return copy
    }
}

/// Removing an organization its people belong to (found by the merge's fuzz target).
@Suite struct RemoveOrganizationPeopleTests {
    @Test func itsPeopleBelongToNoneAndUndoPutsThemBack() throws {
        var agenda = Fixtures.agenda()
        agenda.people[0].organization = "alianza"
        let before = agenda
        let undo = try agenda.apply(.removeOrganization(id: "alianza"), by: "Ana", at: Fixtures.time)
        #expect(agenda.people[0].organization == nil)
        #expect(agenda.validate().isEmpty)
        try agenda.apply(undo, by: "Ana", at: Fixtures.time)
        #expect(agenda.people == before.people && agenda.organizations == before.organizations)
        #expect(agenda.goal("G-0001")?.organizations == ["alianza"])
    }
}
