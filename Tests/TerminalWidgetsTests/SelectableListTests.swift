import Testing
import TerminalWidgets

/// The selectable list every list of the interface uses: moves, pages, reveal, clicks, the wheel, drawing.
@Suite struct SelectableListTests {
    @Test func movesStayInTheListAndKeepTheSelectionInView() {
        var list = SelectableList()
        let outcome1 = list.move(.down, count: 0, page: 10)
        #expect(!outcome1, "an empty list does not move")
        let outcome2 = list.move(.down, count: 100, page: 10)
        #expect(outcome2)
        #expect(list.selection == 1)
        list.move(.pageDown, count: 100, page: 10)
        #expect(list.selection == 10 && list.visible(height: 10, count: 100) == 1..<11)
        list.move(.bottom, count: 100, page: 10)
        #expect(list.selection == 99 && list.visible(height: 10, count: 100) == 90..<100)
        list.move(.down, count: 100, page: 10)
        #expect(list.selection == 99)
        list.move(.pageUp, count: 100, page: 10)
        #expect(list.selection == 90)
        list.move(.top, count: 100, page: 10)
        #expect(list.selection == 0 && list.viewport.offset == 0)
        list.move(.up, count: 100, page: 10)
        #expect(list.selection == 0)
    }

    @Test func selectClampAndResetKeepTheSelectionOnARow() {
        var list = SelectableList()
        list.select(40, height: 5, count: 30)
        #expect(list.selection == 29 && list.visible(height: 5, count: 30) == 25..<30)
        list.clamp(count: 3)
        #expect(list.selection == 2)
        list.reset()
        #expect(list == SelectableList())
    }

    @Test func aClickSelectsTheRowUnderItAndTheWheelScrolls() {
        var list = SelectableList()
        let area = Rect(x: 0, y: 2, width: 20, height: 5)
        list.move(.pageDown, count: 30, page: 5)
        let outcome3 = list.point(MouseEvent(x: 3, y: 2, action: .press(button: 1)), in: area, count: 30)
        #expect(outcome3)
        #expect(list.selection == list.viewport.offset)
        let outcome4 = list.point(MouseEvent(x: 25, y: 3, action: .press(button: 1)), in: area, count: 30)
        #expect(!outcome4, "outside the list")
        list.point(MouseEvent(x: 3, y: 3, action: .scrollDown), in: area, count: 30)
        #expect(list.visible(height: 5, count: 30).contains(list.selection))
        #expect(list.viewport.offset == 3)
    }

    @Test func drawingVisitsTheRowsInViewAndMarksTheSelectedOne() {
        var list = SelectableList()
        list.select(3, height: 2, count: 5)
        var buffer = ScreenBuffer(width: 6, height: 2)
        var drawn: [Int] = []
        list.draw(count: 5, in: Rect(x: 0, y: 0, width: 6, height: 2), into: &buffer) { index, y, buffer in
            drawn.append(index)
            buffer.write("row \(index)", x: 0, y: y)
        }
        #expect(drawn == [2, 3])
        #expect(buffer.plainText == "row 2\nrow 3\n")
        #expect(buffer[0, 1].style.attributes.contains(.reverse) && !buffer[0, 0].style.attributes.contains(.reverse))
    }
}
