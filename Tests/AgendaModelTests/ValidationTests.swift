import AgendaModel
import Foundation
import Testing
import TestSupport

/// Each validation rule names the goal and the field, with the path to the value in the file.
@Suite struct ValidationTests {
    @Test func theFixtureIsValid() {
        #expect(Fixtures.agenda().validate().isEmpty)
    }

    @Test func duplicateIds() {
        var agenda = Fixtures.agenda()
        agenda.goals[3].id = "G-0001"
        agenda.organizations[1].id = "alianza"
        let problems = agenda.validate()
        #expect(problems.contains(Problem("goal G-0001: duplicate id", at: [.key("goals"), .index(3), .key("id")])))
        #expect(problems.contains(Problem(
            "organization alianza: duplicate id", at: [.key("organizations"), .index(1), .key("id")])))
    }

    @Test func unknownReferences() {
        var agenda = Fixtures.agenda()
        agenda.goals[0].area = "nowhere"
        agenda.goals[0].organizations = ["alianza", "ghost"]
        agenda.goals[4].parent = "G-GONE"
        let messages = agenda.validate().map(\.message)
        #expect(messages.contains("goal G-0001: area 'nowhere' does not exist"))
        #expect(messages.contains("goal G-0001: organizations 'ghost' does not exist"))
        #expect(messages.contains("goal G-0005: parent 'G-GONE' does not exist"))
        #expect(agenda.validate().first { $0.message.contains("ghost") }?.path
            == [.key("goals"), .index(0), .key("organizations"), .index(1)])
    }

    @Test func parentCyclesAreReportedOnce() {
        var agenda = Fixtures.agenda()
        agenda.goals[0].parent = "G-0003"  // G-0001 -> G-0003 -> G-0002 -> G-0001
        agenda.goals[4].parent = "G-0005"
        let problems = agenda.validate()
        let cycles = problems.filter { $0.message.contains("cycle") }
        #expect(cycles.count == 1)
        #expect(cycles.first?.message == "goal G-0001: parent forms a cycle: G-0001 -> G-0003 -> G-0002 -> G-0001")
        #expect(problems.contains { $0.message == "goal G-0005: parent is the goal itself" })
    }

    @Test func rangesAndVocabularies() {
        var agenda = Fixtures.agenda()
        agenda.goals[1].progress = 150
        agenda.goals[2].status = GoalStatus(rawValue: "done")
        agenda.goals[3].priority = Priority(rawValue: "urgent")
        agenda.goals[3].level = GovernmentLevel(rawValue: "galactic")
        agenda.goals[3].countries = ["Mexico"]
        agenda.organizations[0].kind = OrganizationKind(rawValue: "club")
        agenda.organizations[0].country = "USA"
        let messages = agenda.validate().map(\.message)
        #expect(messages.contains("goal G-0002: progress 150 is out of range 0-100"))
        #expect(messages.contains("goal G-0003: status 'done' is not one of proposed, active, blocked, achieved, dropped"))
        #expect(messages.contains("goal G-0004: priority 'urgent' is not one of low, medium, high"))
        #expect(messages.contains { $0.hasPrefix("goal G-0004: level 'galactic'") })
        #expect(messages.contains { $0.hasPrefix("goal G-0004: countries 'Mexico'") })
        #expect(messages.contains { $0.hasPrefix("organization alianza: kind 'club'") })
        #expect(messages.contains { $0.hasPrefix("organization alianza: country 'USA'") })
    }

    @Test func emptyTitlesAndIds() {
        var agenda = Fixtures.agenda()
        agenda.goals[1].title = " "
        agenda.goals[2].id = ""
        let messages = agenda.validate().map(\.message)
        #expect(messages.contains("goal G-0002: title is empty"))
        #expect(messages.contains("goal number 3 has an empty id"))
    }

    @Test func aLongChainOfSubGoalsValidatesWithoutRecursion() {
        var agenda = Fixtures.agenda()
        for index in 0..<10_000 {
            agenda.goals.append(Goal(
                id: "C-\(index)", title: "Chain \(index)", area: "leadership",
                parent: index == 0 ? nil : "C-\(index - 1)", createdAt: Fixtures.time))
        }
        #expect(agenda.validate().isEmpty)
        #expect(Rollup(agenda).progress(of: "C-0") == 0)
        #expect(GoalOutline.rows(of: agenda).map(\.depth).max() == 9_999)
    }
}
