import Testing
import TerminalWidgets

/// The editing core that one-line fields and multi-line areas share, and that they agree.
@Suite struct TextEditorTests {
    @Test func aWordIsARunOfNonWhitespaceAndDeletingOneStopsAtALineBreak() {
        var editor = TextEditor("Rosa\tHernández  \nde Morelia")
        let outcome1 = editor.handleEditingKey(.control("w"))
        #expect(outcome1 == .edited)
        #expect(editor.text == "Rosa\tHernández  \nde ")
        editor.handleEditingKey(.control("w"))
        #expect(editor.text == "Rosa\tHernández  \n")
        // At the start of a line, Ctrl-W does not reach into the line above.
        let outcome2 = editor.handleEditingKey(.control("w"))
        #expect(outcome2 == .moved)
        #expect(editor.text == "Rosa\tHernández  \n")
        editor.handleEditingKey(.backspace)
        // A tab and several spaces are whitespace alike.
        editor.handleEditingKey(.control("w"))
        #expect(editor.text == "Rosa\t")
        editor.handleEditingKey(.control("w"))
        #expect(editor.text.isEmpty && editor.cursor == 0)
    }

    @Test func ctrlUAndCtrlKDeleteToTheEndsOfTheLineOfText() {
        var editor = TextEditor("primera línea\nsegunda línea")
        editor.moveCursor(to: 22)
        let outcome3 = editor.handleEditingKey(.control("u"))
        #expect(outcome3 == .edited)
        #expect(editor.text == "primera línea\nlínea" && editor.cursor == 14)
        let outcome4 = editor.handleEditingKey(.control("k"))
        #expect(outcome4 == .edited)
        #expect(editor.text == "primera línea\n")
        let outcome5 = editor.handleEditingKey(.control("k"))
        #expect(outcome5 == .moved)
        editor.moveCursor(to: 7)
        editor.handleEditingKey(.control("k"))
        #expect(editor.text == "primera\n")
    }

    @Test func keysAtTheEndsOfTheTextMoveNothingAndOtherKeysAreNotItsOwn() {
        var editor = TextEditor("日本")
        let outcome6 = editor.handleEditingKey(.delete)
        #expect(outcome6 == .moved)
        editor.moveCursor(to: -5)
        #expect(editor.cursor == 0)
        let outcome7 = editor.handleEditingKey(.backspace)
        #expect(outcome7 == .moved)
        let outcome8 = editor.handleEditingKey(.left)
        #expect(outcome8 == .moved && editor.cursor == 0)
        let outcome9 = editor.handleEditingKey(.home)
        #expect(outcome9 == nil)
        let outcome10 = editor.handleEditingKey(.enter)
        #expect(outcome10 == nil)
        #expect(editor.text == "日本")
    }

    @Test func graphemesStayWholeAndACombiningMarkJoinsTheLetterBeforeIt() {
        var editor = TextEditor("👩🏽‍🌾")
        #expect(editor.characters.count == 1)
        editor.handleEditingKey(.backspace)
        #expect(editor.text.isEmpty)
        editor.insert(Array("Michoaca"))
        editor.insert(["\u{301}"])
        #expect(editor.text == "Michoacá" && editor.characters.count == 8 && editor.cursor == 8)
    }

    @Test func aFieldAndAnAreaEditTheSameWay() {
        // The same keys on the same one-line text give the same text and cursor in both.
        let keys: [Key] = [.character("x"), .left, .left, .control("w"), .character("y"), .right, .delete, .backspace,
                           .control("k"), .character(" "), .control("u"), .character("z")]
        var field = TextField("Comisión de Voto en el Extranjero")
        var area = TextArea("Comisión de Voto en el Extranjero")
        for key in keys {
            let fieldOutcome = field.handle(key)
            let areaOutcome = area.handle(key, width: 80)
            #expect(fieldOutcome == areaOutcome, "\(key)")
            #expect(field.text == area.text && field.cursor == area.cursor, "\(key): \(field.text) / \(area.text)")
        }
    }
}
