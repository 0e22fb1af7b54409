import AgendaModel
import Testing
import TestSupport

/// Communities as a vocabulary: the words people type in each language find the key; others are kept.
@Suite struct CommunitiesTests {
    @Test(arguments: [
        ("indígenas", "indigenous"), ("Pueblos Indígenas", "indigenous"), ("povos indígenas", "indigenous"),
        ("peuples autochtones", "indigenous"), ("afrolatinos", "afro-latino"), ("Afrodescendientes", "afro-latino"),
        ("afro-descendants", "afro-latino"), ("Afro-Latinos", "afro-latino"), ("mujeres", "women"), ("jóvenes", "youth"),
        ("jeunes", "youth"), ("Mexicanos", "mexican"), ("mexicanos", "mexican"), ("dominicains", "dominican"),
        ("trabajadores agrícolas", "farmworkers"), ("jornaleros", "farmworkers"), ("indigenous", "indigenous"),
    ])
    func wordsInEachLanguageFindTheKey(word: String, key: String) {
        #expect(Communities.key(word) == key)
        #expect(Communities.isKnown(word))
        #expect(Communities.stored(word) == key)
    }

    @Test func aCommunityTheVocabularyDoesNotKnowIsKeptAndGroupedByItsWords() {
        #expect(!Communities.isKnown("Purhépecha de Cherán"))
        #expect(Communities.stored("  Purhépecha de Cherán ") == "Purhépecha de Cherán")
        #expect(Communities.key("Purhépecha de Cherán") == Communities.key("purhepecha  de cheran"))
        #expect(Communities.keys(["Mexicanos", "mexican", "mexicanos", "Garífuna", "afro-latino"]) == ["mexican", "garifuna", "afro-latino"])
    }

    @Test func changingAListRemovesByAnyWordAndAddsOnlyWhatIsNew() {
        let list = ["indígenas", "mexican"]
        #expect(Communities.changing(list, adding: ["pueblos indígenas", "Mujeres"]) == ["indígenas", "mexican", "women"])
        #expect(Communities.changing(list, removing: ["indigenous"]) == ["mexican"])
        #expect(Communities.changing([], adding: ["", "  "]) == [])
    }

    @Test func anOrganizationServingIndigenasRepresentsTheIndigenousCommunity() {
        var agenda = Fixtures.agenda()
        let open = agenda.goals.filter { !$0.status.isClosed }.map(\.id)
        let before = Dashboard(agenda, today: Day("2026-11-29")!).unrepresentedGoals
        // Every open goal is linked to one organization, typed in Spanish.
        agenda.organizations.append(Organization(id: "red-indigena", name: "Red Indígena", country: "MX", communities: ["indígenas"]))
        for index in agenda.goals.indices { agenda.goals[index].organizations = ["red-indigena"] }
        #expect(!before.isEmpty)
        #expect(Dashboard(agenda, today: Day("2026-11-29")!).unrepresentedGoals == [], "open goals: \(open)")
        #expect(Dashboard.represents(["Afrodescendientes"]))
        #expect(!Dashboard.represents(["mexicanos"]))
    }
}
