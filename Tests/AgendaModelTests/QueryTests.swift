import AgendaModel
import Testing
import TestSupport

/// Folding, filters, sorting and the outline of goals.
@Suite struct QueryTests {
    @Test(arguments: [
        ("Michoacán", "michoacan"), ("JESÚS MARTÍNEZ", "jesus martinez"), ("São Paulo", "sao paulo"),
        ("Québec", "quebec"), ("Ñandú", "nandu"), ("e\u{301}cole", "ecole"), ("日本", "日本"), ("ASCII only", "ascii only"),
        ("Diócesis Católicas", "diocesis catolicas"), ("Zürich ĞŁ", "zurich gł"),
    ])
    func foldingIgnoresCaseAndAccents(input: String, folded: String) {
        #expect(TextFolding.fold(input) == folded)
    }

    @Test func searchFindsAccentedTextFromPlainLetters() {
        let agenda = Fixtures.agenda()
        #expect(GoalFilter(search: "michoacan").apply(to: agenda).map(\.id) == ["G-0005"])
        #expect(GoalFilter(search: "MICHOACÁN").apply(to: agenda).map(\.id) == ["G-0005"])
        #expect(GoalFilter(search: "congreso").apply(to: agenda).map(\.id) == ["G-0005"])  // its organization's name
        #expect(GoalFilter(search: "school").apply(to: agenda).map(\.id) == ["G-0002", "G-0004"])
        #expect(GoalFilter(search: "").apply(to: agenda).count == 5)
    }

    @Test func filtersCombine() {
        let agenda = Fixtures.agenda()
        #expect(GoalFilter(statuses: [.active, .blocked]).apply(to: agenda).map(\.id) == ["G-0001", "G-0002", "G-0004"])
        #expect(GoalFilter(area: "vote-abroad").apply(to: agenda).map(\.id) == ["G-0005"])
        #expect(GoalFilter(owner: "comite").apply(to: agenda).map(\.id) == ["G-0005"])
        #expect(GoalFilter(organization: "alianza").apply(to: agenda).map(\.id) == ["G-0001"])
        #expect(GoalFilter(country: "mx").apply(to: agenda).map(\.id) == ["G-0005"])
        #expect(GoalFilter(statuses: [.active], owner: "leadership").apply(to: agenda).map(\.id) == ["G-0001", "G-0002"])
        #expect(GoalFilter().isEmpty && !GoalFilter(area: "x").isEmpty)
    }

    @Test func goalsNotReviewedSinceADayAreThoseWhoseLatestReviewIsOlderOrMissing() throws {
        var agenda = Fixtures.agenda()
        try agenda.apply([
            .addReview(Review(goal: "G-0001", reviewer: "Ana", date: Day("2026-10-01")!, health: .onTrack)),
            .addReview(Review(goal: "G-0002", reviewer: "Ana", date: Day("2026-06-01")!, health: .atRisk)),
            .addReview(Review(goal: "G-0002", reviewer: "Ana", date: Day("2026-11-15")!, health: .onTrack)),
            .addReview(Review(goal: "G-0003", reviewer: "Ana", date: Day("2026-11-01")!, health: .offTrack)),
        ], by: "Ana", at: Fixtures.time)
        let since = try #require(Day("2026-11-01"))
        // G-0003 was reviewed on the day itself; G-0002's latest review is after it.
        #expect(GoalFilter(notReviewedSince: since).apply(to: agenda).map(\.id) == ["G-0001", "G-0004", "G-0005"])
        #expect(GoalFilter(statuses: [.blocked], notReviewedSince: since).apply(to: agenda).map(\.id) == ["G-0004"])
        #expect(!GoalFilter(notReviewedSince: since).isEmpty)
        // Closed goals need no review: G-0003 is achieved.
        #expect(GoalFilter(notReviewedSince: Day("2026-12-01")!).apply(to: agenda).map(\.id) == ["G-0001", "G-0002", "G-0004", "G-0005"])
        // By the latest review's health: G-0002 was at risk, then on track.
        #expect(GoalFilter(health: .onTrack).apply(to: agenda).map(\.id) == ["G-0001", "G-0002"])
        #expect(GoalFilter(health: .atRisk).apply(to: agenda).isEmpty)
        #expect(GoalFilter(health: .offTrack).apply(to: agenda).map(\.id) == ["G-0003"])
    }

    @Test func sortsAreStable() {
        let goals = Fixtures.agenda().goals
        #expect(GoalSort.due.sorted(goals).map(\.id) == ["G-0004", "G-0001", "G-0002", "G-0003", "G-0005"])
        #expect(GoalSort.progress.sorted(goals).map(\.id) == ["G-0005", "G-0004", "G-0001", "G-0002", "G-0003"])
        #expect(GoalSort.status.sorted(goals).map(\.id) == ["G-0005", "G-0001", "G-0002", "G-0004", "G-0003"])
        #expect(GoalSort.title.sorted(goals).map(\.title) == [
            "Fund the school", "Pilot cohort", "Run a leadership school", "Train migrant leaders",
            "Vote from abroad in Michoacán",
        ])
    }

    @Test func titleSortIgnoresAccents() {
        let names = ["Zacatecas", "Ávila", "avena", "Éxito", "edad"]
        let goals = names.enumerated().map { Goal(id: "G-\($0.offset)", title: $0.element, area: "a", createdAt: Fixtures.time) }
        #expect(GoalSort.title.sorted(goals).map(\.title) == ["avena", "Ávila", "edad", "Éxito", "Zacatecas"])
    }

    @Test func outlineGroupsByAreaAndIndentsSubGoals() {
        var agenda = Fixtures.agenda()
        // Put the vote-abroad goal first in the file: the outline still follows the areas' order.
        agenda.goals.insert(agenda.goals.removeLast(), at: 0)
        let rows = GoalOutline.rows(of: agenda).map { (agenda.goals[$0.index].id, $0.depth) }
        #expect(rows.map(\.0) == ["G-0001", "G-0002", "G-0003", "G-0004", "G-0005"])
        #expect(rows.map(\.1) == [0, 1, 2, 0, 0])
    }

    @Test func outlineKeepsGoalsCaughtInACycle() {
        var agenda = Fixtures.agenda()
        agenda.goals[0].parent = "G-0003"
        let rows = GoalOutline.rows(of: agenda)
        #expect(rows.count == agenda.goals.count)
        #expect(Set(rows.map(\.index)) == Set(agenda.goals.indices))
    }
}

/// The needle search gives the same answers as folding both texts and comparing.
@Suite struct FoldedNeedleTests {
    @Test func agreesWithFoldingBothSides() {
        let texts = ["Federación de Michoacán", "MICHOACAN", "michoacan", "Micho", "São Paulo", "日本の学校", "abc", "",
                     "The Catholic DIÓCESIS", "ÁáÀàÂâ", "e\u{301}cole", "x👩🏽‍🌾y"]
        let needles = ["michoacan", "Michoacán", "MICHO", "sao", "日本", "c", "ó", "aaaaaa", "diocesis", "ecole", "👩🏽‍🌾", "zz"]
        for text in texts {
            for needle in needles {
                let expected = TextFolding.fold(text).contains(TextFolding.fold(needle))
                #expect(FoldedNeedle(needle).isFound(in: text) == expected, "\(needle) in \(text)")
            }
        }
        #expect(FoldedNeedle("").isFound(in: "anything"))
    }
}
