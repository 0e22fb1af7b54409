import Testing
@testable import NcursesBackend

/// Lazy allocation of colour pair numbers.
@Suite struct ColorPairTableTests {
    let red = ColorPair(foreground: 1, background: -1)
    let blue = ColorPair(foreground: 4, background: 0)

    @Test func pairsAreAllocatedOnceInOrder() {
        var table = ColorPairTable(pairCount: 64)
        var defined: [(Int32, ColorPair)] = []
        let define: (Int32, ColorPair) -> Bool = { defined.append(($0, $1)); return true }
        let first = table.number(for: red, define: define)
        let second = table.number(for: blue, define: define)
        let again = table.number(for: red, define: define)
        #expect([first, second, again] == [1, 2, 1])
        #expect(defined.map(\.0) == [1, 2])
        #expect(table.allocated == 2)
    }

    @Test func theDefaultPairIsZeroAndNeverDefined() {
        var table = ColorPairTable(pairCount: 64)
        let number = table.number(for: .terminalDefault) { _, _ in Issue.record("defined"); return true }
        #expect(number == 0)
    }

    @Test func aFullTableFallsBackToTheDefaultColours() {
        var table = ColorPairTable(pairCount: 2)
        let first = table.number(for: red) { _, _ in true }
        let second = table.number(for: blue) { _, _ in true }
        #expect([first, second] == [1, 0])
    }

    @Test func aFailedDefinitionFallsBackToTheDefaultColours() {
        var table = ColorPairTable(pairCount: 64)
        let failed = table.number(for: red) { _, _ in false }
        let next = table.number(for: blue) { _, _ in true }
        #expect([failed, next] == [0, 1])
    }
}
