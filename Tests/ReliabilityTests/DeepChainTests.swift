import AgendaLocalization
import AgendaModel
import AgendaStore
import AgendaTUI
import Foundation
import TerminalWidgets
import TestSupport
import XCTest

/// A chain of 10,000 sub-goals and a parent cycle of 10,000 goals through every walk of the goal tree
/// that `agenda list`, `validate` and the interface's first frames make. Each runs on a thread with a
/// 1 MB stack: a walk that recursed once per level would need several times that and crash the suite.
final class DeepChainTests: XCTestCase {
    static let depth = 10_000
    static let time = Date(timeIntervalSince1970: 1_768_478_400)

    /// Goals G-0 > G-1 > ... > G-9999, or with `cycle`, G-0's parent G-9999 too.
    static func chain(cycle: Bool = false) -> Agenda {
        let goals = (0..<depth).map { index in
            Goal(id: "G-\(index)", title: "Goal \(index)", area: "a",
                 parent: index > 0 ? "G-\(index - 1)" : (cycle ? "G-\(depth - 1)" : nil), createdAt: time)
        }
        return Agenda(title: "Chain", areas: [Area(id: "a", name: "A")], goals: goals)
    }

    /// Runs `body` on a thread whose stack is 1 MB and returns what it returned.
    func onSmallStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
        return box.value!
    }

    func testTheModelWalksATenThousandDeepChainWithoutRecursion() {
        let result = onSmallStack { () -> [String] in
            var found: [String] = []
            var agenda = Self.chain()
            if !agenda.validate().isEmpty { found.append("the chain has problems: \(agenda.validate().prefix(3))") }
            let rows = GoalOutline.rows(of: agenda)
            if rows.count != Self.depth || rows.last?.depth != Self.depth - 1 { found.append("outline: \(rows.suffix(1))") }
            let rollup = Rollup(agenda)
            if rollup.progressByIndex.count != Self.depth { found.append("rollup") }
            if agenda.subtree(of: "G-0").count != Self.depth { found.append("subtree") }
            // Moving the top under its deepest sub-goal is refused; deleting the top takes all.
            do {
                _ = try agenda.apply(.moveGoal(id: "G-0", parent: "G-\(Self.depth - 1)", area: nil), by: "t", at: Self.time)
                found.append("a move into its own sub-tree was accepted")
            } catch {}
            let format = JSONAgendaFormat()
            if (try? format.decode(format.encode(agenda))) != agenda { found.append("round trip") }
            do {
                _ = try agenda.apply(.deleteGoal(id: "G-0"), by: "t", at: Self.time)
                if !agenda.goals.isEmpty { found.append("delete left \(agenda.goals.count) goals") }
            } catch {
                found.append("delete: \(error)")
            }
            return found
        }
        XCTAssertEqual(result, [])
    }

    func testTheModelWalksATenThousandGoalCycleWithoutRecursion() {
        let result = onSmallStack { () -> [String] in
            var found: [String] = []
            let agenda = Self.chain(cycle: true)
            let problems = agenda.validate()
            if problems.count != 1 || !(problems.first?.message.contains("cycle of 10000 goals") ?? false) {
                found.append("validate: \(problems.prefix(2))")
            }
            if GoalOutline.rows(of: agenda).count != Self.depth { found.append("outline loses goals of the cycle") }
            if Rollup(agenda).progressByIndex.count != Self.depth { found.append("rollup") }
            if agenda.subtree(of: "G-5").count != Self.depth { found.append("subtree") }
            return found
        }
        XCTAssertEqual(result, [])
    }

    func testTheInterfaceShowsATenThousandDeepChain() {
        for cycle in [false, true] {
            let screens = onSmallStack { () -> [String] in
                var state = AppState(size: Size(width: 100, height: 30), language: .english, today: Day("2026-11-29")!,
                                     hasColor: false, screen: .loading(path: "chain.json"))
                _ = Reducer.reduce(&state, .loaded(path: "chain.json", .success(Self.chain(cycle: cycle))))
                var screens = [Renderer.render(state).plainText]
                // The deepest goal, then a search that shows all its ancestors as context, then the dashboard.
                _ = Reducer.reduce(&state, .input(.key(.end)))
                screens.append(Renderer.render(state).plainText)
                for key in [Key.character("/")] + "Goal 9999".map(Key.character) + [Key.enter] {
                    _ = Reducer.reduce(&state, .input(.key(key)))
                }
                screens.append(Renderer.render(state).plainText)
                _ = Reducer.reduce(&state, .input(.key(.character("4"))))
                screens.append(Renderer.render(state).plainText)
                return screens
            }
            XCTAssertTrue(screens[0].contains("Goal 0"), screens[0])
            XCTAssertTrue(screens[1].contains("Goal 9999") || cycle, screens[1])
            XCTAssertTrue(screens[2].contains("Goal 9999"), screens[2])
            XCTAssertFalse(screens[3].isEmpty)
        }
    }
}

/// What a thread returns to the one that waits for it (written before the signal, read after).
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
