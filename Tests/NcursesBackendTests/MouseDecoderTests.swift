import Testing
import TerminalWidgets
@testable import NcursesBackend

/// The mapping from an ncurses mouse event's button state to an action.
@Suite struct MouseDecoderTests {
    let masks = MouseMasks.ncurses

    @Test func buttonOne() {
        #expect(MouseDecoder.action(for: masks.button1Pressed) == .press(button: 1))
        #expect(MouseDecoder.action(for: masks.button1Released) == .release)
    }

    @Test func wheel() {
        #expect(MouseDecoder.action(for: masks.wheelUp) == .scrollUp)
        #expect(MouseDecoder.action(for: masks.wheelDown) == .scrollDown)
    }

    @Test func othersAreNotReported() {
        #expect(MouseDecoder.action(for: 0) == nil)
        #expect(MouseDecoder.action(for: ~masks.all) == nil)
    }

    @Test func theMasksAreDistinctAndAskedFor() {
        let all = [masks.button1Pressed, masks.button1Released, masks.wheelUp, masks.wheelDown]
        #expect(Set(all).count == 4)
        #expect(all.allSatisfy { $0 != 0 && masks.all & $0 == $0 })
    }
}
