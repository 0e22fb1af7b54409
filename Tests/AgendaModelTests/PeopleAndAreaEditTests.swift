import AgendaModel
import Foundation
import Testing
import TestSupport

/// The roster's people and the areas: added, changed, reordered and removed as edits, each undoable.
@Suite struct PeopleAndAreaEditTests {
    let time = Fixtures.time

    @Test func aPersonIsAddedChangedAndRemovedAndEachStepUndoes() throws {
        var agenda = Fixtures.agenda()
        let rosa = Person(id: "rosa-hernandez", name: "Rosa Hernández", organization: "alianza", communities: ["mexican"],
                          languages: ["es"], contact: Contact(email: "rosa@example.org"))
        let undoAdd = try agenda.apply(.addPerson(rosa), by: "T", at: time)
        #expect(agenda.person("rosa-hernandez") == rosa)
        var changed = rosa
        changed.name = "Rosa María Hernández"
        changed.organization = nil
        let undoChange = try agenda.apply(.updatePerson(changed), by: "T", at: time)
        #expect(agenda.person("rosa-hernandez")?.name == "Rosa María Hernández")
        try agenda.apply(undoChange, by: "T", at: time)
        #expect(agenda.person("rosa-hernandez") == rosa)
        try agenda.apply(undoAdd, by: "T", at: time)
        #expect(agenda.person("rosa-hernandez") == nil)
        #expect(throws: EditError.duplicateID("jesus")) { try agenda.apply(.addPerson(Person(id: "jesus", name: "X")), by: "T", at: time) }
        #expect(throws: EditError.noSuchOrganization("nope")) {
            try agenda.apply(.addPerson(Person(id: "x", name: "X", organization: "nope")), by: "T", at: time)
        }
        #expect(throws: EditError.noSuchPerson("nobody")) { try agenda.apply(.removePerson(id: "nobody"), by: "T", at: time) }
    }

    @Test func someoneNamedBySessionsOrGoalsIsRemovedOnlyOnceUnlinkedAndMeetingsThatBeganKeepTheirName() throws {
        var agenda = SessionFixtures.agenda()
        // Jesús attends S-0001 (planned) and S-0002 (begun), and owns G-0002.
        var begun = try #require(agenda.session("S-0001"))
        begun.id = "S-0002"
        try agenda.apply(.createSession(begun), by: "T", at: time)
        try agenda.apply(.changeSession(id: "S-0002", .startClock(item: "I-1")), by: "T", at: time)
        try agenda.apply(.addOwner(goal: "G-0002", name: "jesús martínez saldaña"), by: "T", at: time)
        let uses = agenda.uses(ofPerson: "jesus")
        #expect(uses.sessions == ["S-0001", "S-0002"] && uses.goals == ["G-0002"])
        #expect(throws: EditError.inUse("jesus", by: ["S-0001", "S-0002", "G-0002"])) {
            try agenda.apply(.removePerson(id: "jesus"), by: "T", at: time)
        }
        let before = agenda
        let undo = try agenda.apply(agenda.unlinking(person: "jesus") + [.removePerson(id: "jesus")], by: "T", at: time)
        #expect(agenda.person("jesus") == nil)
        #expect(agenda.session("S-0001")?.attendance.people == ["lucia"])
        #expect(agenda.session("S-0001")?.attendance.named == [], "a planned meeting has no record to keep")
        #expect(agenda.session("S-0002")?.attendance.people == ["lucia"])
        #expect(agenda.session("S-0002")?.attendance.named == ["Jesús Martínez Saldaña"], "a meeting that began keeps the name")
        #expect(agenda.goal("G-0002")?.owners.contains("jesús martínez saldaña") == false)
        #expect(agenda.goal("G-0002")?.history.last?.field == "owners", "the goal's history records it")
        try agenda.apply(undo, by: "T", at: time)
        #expect(agenda.people == before.people && agenda.sessions == before.sessions)
        #expect(agenda.goal("G-0002")?.owners == before.goal("G-0002")?.owners)
    }

    @Test func anAreaIsRenamedDescribedAndMovedAndEachStepUndoes() throws {
        var agenda = Fixtures.agenda()
        let order = agenda.areas.map(\.id)
        var area = try #require(agenda.areas.last)
        area.name = "Voto en el extranjero"
        area.description = "Que se cuente el voto de quienes viven fuera."
        let undoRename = try agenda.apply(.updateArea(area), by: "T", at: time)
        #expect(agenda.area(area.id)?.name == "Voto en el extranjero")
        let undoMove = try agenda.apply(.moveArea(id: area.id, to: 0), by: "T", at: time)
        #expect(agenda.areas.first?.id == area.id)
        try agenda.apply(undoMove, by: "T", at: time)
        try agenda.apply(undoRename, by: "T", at: time)
        #expect(agenda.areas.map(\.id) == order && agenda.areas == Fixtures.agenda().areas)
        area.name = " "
        #expect(throws: EditError.invalid(goal: nil, field: "name", message: "the name is empty")) {
            try agenda.apply(.updateArea(area), by: "T", at: time)
        }
        #expect(try agenda.apply(.moveArea(id: order[0], to: 0), by: "T", at: time).isEmpty, "a move to where it is changes nothing")
    }
}
