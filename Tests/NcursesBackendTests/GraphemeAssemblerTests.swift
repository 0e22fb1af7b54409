import Testing
@testable import NcursesBackend

/// Joining code points read one at a time into the characters the program sees.
@Suite struct GraphemeAssemblerTests {
    /// Feeds scalars as `nextEvent` does: the characters that come out, in order.
    func assemble(_ text: String) -> [Character] {
        var result: [Character] = []
        var current: GraphemeAssembler?
        for scalar in text.unicodeScalars {
            if current?.extend(with: scalar) == true { continue }
            if let done = current { result.append(done.character) }
            current = GraphemeAssembler(scalar)
        }
        if let done = current { result.append(done.character) }
        return result
    }

    @Test(arguments: ["e\u{301}", "👩🏽‍🌾", "👍🏽", "🇲🇽", "❤️", "1️⃣", "👨‍👩‍👧‍👦", "á", "日"])
    func oneCharacter(text: String) {
        #expect(assemble(text) == [Character(text)])
    }

    @Test func textBreaksWhereStringDoes() {
        let text = "Michoacán e\u{301} 日本 👩🏽‍🌾🇲🇽🇧🇷"
        #expect(assemble(text) == Array(text))
    }

    @Test func controlsNeverJoin() {
        var assembler = GraphemeAssembler("a")
        let escape = assembler.extend(with: "\u{1B}")
        let delete = assembler.extend(with: "\u{7F}")
        #expect(!escape && !delete)
        #expect(assembler.character == "a")
    }
}
