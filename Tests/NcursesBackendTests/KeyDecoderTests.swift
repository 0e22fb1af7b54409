import CNcurses
import Testing
import TerminalWidgets
@testable import NcursesBackend

/// The mapping from what `wget_wch` returns to keys, without a terminal.
@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (UInt32(27), Key.escape), (9, .tab), (13, .enter), (10, .enter), (127, .backspace), (8, .backspace),
        (1, .control("a")), (18, .control("r")), (19, .control("s")), (17, .control("q")), (26, .control("z")),
        (32, .character(" ")), (0x61, .character("a")), (0xE1, .character("á")), (0x65E5, .character("日")),
        (0x1F469, .character("👩")), (0x301, .character("\u{301}")),
    ])
    func characterCodes(code: UInt32, key: Key) {
        #expect(KeyDecoder.decode(.scalar(code)) == .key(key))
    }

    @Test(arguments: [UInt32(0), 28, 29, 30, 31, 0x80, 0x9B, 0x9F, 0xD800, 0x110000])
    func controlsAndInvalidCodesAreIgnored(code: UInt32) {
        #expect(KeyDecoder.decode(.scalar(code)) == .ignored)
    }

    @Test(arguments: [
        (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_SR, .up), (KEY_SF, .down), (KEY_SLEFT, .left), (KEY_SRIGHT, .right),
        (KEY_HOME, .home), (KEY_FIND, .home), (KEY_A1, .home), (KEY_SHOME, .home),
        (KEY_END, .end), (KEY_SELECT, .end), (KEY_C1, .end), (KEY_SEND, .end),
        (KEY_PPAGE, .pageUp), (KEY_A3, .pageUp), (KEY_NPAGE, .pageDown), (KEY_C3, .pageDown),
        (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
        (KEY_DC, .delete), (KEY_SDC, .delete), (KEY_IC, .insert),
        (KEY_F0 + 1, .function(1)), (KEY_F0 + 5, .function(5)), (KEY_F0 + 12, .function(12)),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == .key(key))
    }

    @Test func resizeAndMouseNeedNcurses() {
        #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == .resize)
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == .mouse)
    }

    @Test func theEndsOfABracketedPasteAreTheirOwnCodes() {
        #expect(KeyDecoder.decode(.keyCode(KeySequences.pasteStart)) == .pasteStart)
        #expect(KeyDecoder.decode(.keyCode(KeySequences.pasteEnd)) == .pasteEnd)
        #expect(KeySequences.pasteStart > KEY_MAX && KeySequences.pasteEnd != KeySequences.pasteStart)
    }

    @Test func unknownKeyCodesAreIgnored() {
        #expect(KeyDecoder.decode(.keyCode(KEY_F0 + 13)) == .ignored)
        #expect(KeyDecoder.decode(.keyCode(KEY_PRINT)) == .ignored)
        #expect(KeyDecoder.decode(.keyCode(KEY_MAX + 10)) == .ignored)
    }

    @Test(arguments: [
        ("kUP5", Key.up), ("kDN3", .down), ("kLFT5", .left), ("kRIT2", .right), ("kHOM5", .home),
        ("kEND3", .end), ("kPRV5", .pageUp), ("kNXT5", .pageDown), ("kDC5", .delete), ("kIC3", .insert),
    ])
    func modifiedKeysArriveAsThePlainKey(name: String, key: Key) {
        let code = KEY_MAX + 20
        #expect(KeyDecoder.decode(.keyCode(code)) { $0 == code ? name : nil } == .key(key))
    }

    @Test(arguments: ["kxIN", "kxOUT", "kUPX", "kDNx5", ""])
    func otherExtendedKeysAreIgnored(name: String) {
        #expect(KeyDecoder.decodeExtendedName(name) == .ignored)
    }

    @Test func keyNamesAreOnlyAskedForExtendedCodes() {
        var asked: [Int32] = []
        _ = KeyDecoder.decode(.keyCode(KEY_UP)) { asked.append($0); return "kDN5" }
        _ = KeyDecoder.decode(.scalar(0x61)) { asked.append($0); return "kDN5" }
        #expect(asked.isEmpty)
    }
}
