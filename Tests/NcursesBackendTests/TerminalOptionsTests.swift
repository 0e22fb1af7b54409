import Testing
@testable import NcursesBackend

/// Options and start errors.
@Suite struct TerminalOptionsTests {
    @Test func noColorTurnsColoursOffWhenNotEmpty() {
        let options = TerminalOptions()
        #expect(options.wantsColor(noColor: nil))
        #expect(options.wantsColor(noColor: ""))
        #expect(!options.wantsColor(noColor: "1"))
        #expect(!TerminalOptions(color: .never).wantsColor(noColor: nil))
    }

    @Test func theDefaultsAnswerEscapeAtOnce() {
        let options = TerminalOptions()
        #expect(options.escapeDelay == 25)
        #expect(options.mouse)
        #expect(options.programName == "agenda")
    }

    @Test func errorsSayWhatIsWrong() {
        #expect(TerminalStartError.notATerminal.description.contains("terminal"))
        #expect(TerminalStartError.unknownTerminal("vt999").description.contains("vt999"))
        #expect(TerminalStartError.unknownTerminal("").description.contains("TERM"))
        #expect(TerminalStartError.cannotAddressCursor("dumb").description
            == "the terminal type \"dumb\" (TERM) cannot move the cursor, so it cannot show a full screen")
    }
}
