import Testing
import TerminalWidgets

/// The multi-line text area: line breaks, moving by displayed line, wrapping and drawing.
@Suite struct TextAreaTests {
    @Test func enterBreaksTheLineAndPastedLineEndsBecomeLineBreaks() {
        var area = TextArea("Acuerdos")
        area.handle(.enter, width: 40)
        area.handle(.character("1"), width: 40)
        #expect(area.text == "Acuerdos\n1")
        area.insert("\r\n2\r3")
        #expect(area.text == "Acuerdos\n1\n2\n3")
        #expect(TextArea("a\r\nb").text == "a\nb")
    }

    @Test func upAndDownMoveByDisplayedLineKeepingTheColumn() {
        // At a width of 10 the text wraps at its spaces: "Zacatecas ", "Morelos " and "Michoacán".
        var area = TextArea("Zacatecas Morelos Michoacán")
        #expect(area.layout(width: 10).count == 3)
        for _ in 0..<6 { area.handle(.left, width: 10) }
        #expect(area.position(in: area.layout(width: 10)) == (row: 2, column: 3))
        area.handle(.up, width: 10)
        #expect(area.position(in: area.layout(width: 10)) == (row: 1, column: 3))
        area.handle(.up, width: 10)
        #expect(area.position(in: area.layout(width: 10)) == (row: 0, column: 3))
        #expect(area.cursor == 3)
        // Above the first line, ↑ goes to the start; below the last, ↓ goes to the end.
        area.handle(.up, width: 10)
        #expect(area.cursor == 0)
        area.handle(.down, width: 10)
        area.handle(.down, width: 10)
        area.handle(.down, width: 10)
        #expect(area.cursor == area.characters.count)
    }

    @Test func homeAndEndGoToTheEndsOfTheDisplayedLine() {
        var area = TextArea("uno dos\ntres cuatro")
        area.handle(.home, width: 40)
        #expect(area.cursor == 8)
        area.handle(.end, width: 40)
        #expect(area.cursor == 19)
        area.handle(.up, width: 40)
        area.handle(.control("a"), width: 40)
        #expect(area.cursor == 0)
        area.handle(.control("e"), width: 40)
        #expect(area.cursor == 7)
    }

    @Test func wideCharactersWrapByTheirWidth() {
        let area = TextArea("日本語のテキスト")
        // Each character takes two columns: four fit in eight.
        #expect(area.layout(width: 8).map { $0.end - $0.start } == [4, 4])
    }

    @Test func drawingShowsTheCursorsLine() {
        var area = TextArea("uno\ndos\ntres\ncuatro")
        var buffer = ScreenBuffer(width: 10, height: 2)
        let cursor = area.draw(into: &buffer, in: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(buffer.plainText == "tres\ncuatro\n")
        #expect(cursor.x == 6 && cursor.y == 1)
        area.handle(.up, width: 10)
        area.handle(.up, width: 10)
        area.handle(.up, width: 10)
        var top = ScreenBuffer(width: 10, height: 2)
        _ = area.draw(into: &top, in: Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(top.plainText == "uno\ndos\n")
    }
}
