import CNcurses
import TerminalWidgets
#if canImport(Glibc)
import Glibc
#endif

extension NcursesTerminal {
    /// How long to let ncurses finish a key whose first byte has arrived, in milliseconds.
    static let readTimeout: Int32 = 100
    /// How long to look for input ncurses may already hold, or the rest of a pasted grapheme.
    static let drainTimeout: Int32 = 2

    /// Waits up to `milliseconds` for a key, a click, a resize, a resume or a termination request.
    ///
    /// Signals come first: `.terminate` after SIGINT, SIGTERM, SIGHUP or SIGQUIT (and for ever
    /// once the terminal has hung up); after Ctrl-Z the process stops right here and `.resumed`
    /// comes once it runs again. A character made of several code points (e + U+0301, 👩🏽‍🌾)
    /// arrives as one `.key(.character)`. A lone Escape arrives after the 25 ms escape delay;
    /// Alt with a key sends Escape and the key, and arrives as those two.
    public func nextEvent(timeout milliseconds: Int?) -> InputEvent? {
        reenterIfNeeded()
        let deadline = milliseconds.map { ContinuousClock.now + .milliseconds(max(0, $0)) }
        while true {
            if let event = signalEvent() { return event }
            if hungUp { return .terminate }
            if !pendingInput.isEmpty {
                if let event = event(from: pendingInput.removeFirst()) { return event }
                continue
            }
            if mayHaveBufferedInput {
                if let raw = read(timeout: Self.drainTimeout) {
                    if let event = event(from: raw) { return event }
                    continue
                }
                mayHaveBufferedInput = false
            }
            var remaining: Int?
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                remaining = max(0, Int(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000))
            }
            switch poller.wait(milliseconds: remaining) {
            case .input:
                if let raw = read(timeout: Self.readTimeout) {
                    mayHaveBufferedInput = true
                    if let event = event(from: raw) { return event }
                }
            case .wake:
                SignalGuard.drainWake()
                mayHaveBufferedInput = true  // a resize: ncurses has KEY_RESIZE ready
            case .hangUp:
                hungUp = true
                terminationSignal = nil
                return .terminate
            case .timeout:
                return nil
            case .interrupted:
                mayHaveBufferedInput = true
            }
            if remaining == 0 { return nil }
        }
    }

    /// The event a signal asks for, doing what it needs first (stopping the process for Ctrl-Z).
    private func signalEvent() -> InputEvent? {
        if let signal = SignalGuard.takeTermination() {
            terminationSignal = signal
            return .terminate
        }
        if SignalGuard.takeSuspend() {
            suspend()
            return .resumed
        }
        if SignalGuard.takeContinued() {
            // Stopped and continued from outside (kill -STOP, kill -CONT): the shell may have
            // changed the terminal's modes meanwhile, so leave and enter full-screen mode again.
            endwin()
            resume()
            return .resumed
        }
        if SignalGuard.takeResized() { mayHaveBufferedInput = true }
        return nil
    }

    /// Gives the terminal back, stops the process as Ctrl-Z would, and takes it again after `fg`.
    private func suspend() {
        mousemask(0, nil)
        endwin()
        SignalGuard.setActive(false)
        SignalGuard.releaseStandardError()
        SignalGuard.stopProcess()
        _ = SignalGuard.takeContinued()
        resume()
    }

    /// Enters full-screen mode again after `endwin`, repainting everything.
    private func resume() {
        SignalGuard.setActive(true)
        SignalGuard.captureStandardError()
        invalidate()
        wrefresh(agenda_stdscr())
        enableMouse()
        mayHaveBufferedInput = true  // the size may have changed while stopped
    }

    /// One `wget_wch`, waiting up to `timeout` milliseconds; nil when nothing came.
    private func read(timeout: Int32) -> RawInput? {
        let window = agenda_stdscr()
        wtimeout(window, timeout)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case OK: return .scalar(UInt32(value))
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
        default: return nil
        }
    }

    /// The event for a raw input, asking ncurses for a mouse event's details or the new size.
    private func event(from raw: RawInput) -> InputEvent? {
        let decoded = KeyDecoder.decode(raw) { code in
            keyname(code).map { String(cString: $0) }
        }
        switch decoded {
        case .key(.escape):
            return swallowingUnknownSequence() ? nil : .key(.escape)
        case .key(.character(let character)):
            return .key(.character(assemble(character)))
        case .key(let key):
            return .key(key)
        case .resize:
            invalidate()
            let (width, height) = size
            return .resize(width: width, height: height)
        case .mouse:
            var event = MEVENT()
            guard getmouse(&event) == OK, let action = MouseDecoder.action(for: UInt32(event.bstate)) else { return nil }
            return .mouse(MouseEvent(x: Int(event.x), y: Int(event.y), action: action))
        case .ignored, .pasteEnd:
            return nil
        case .pasteStart:
            return .paste(readPaste())
        }
    }

    /// The text of a bracketed paste, read to its end mark: characters as they come, Enter and CR
    /// as line breaks, Tab kept, keys dropped. A paste cut short (no end mark within a second of
    /// silence, or more than 1 MiB) ends there.
    private func readPaste() -> String {
        var scalars = String.UnicodeScalarView()
        var count = 0
        var afterCR = false
        while count < 1 << 20,
              let raw = pendingInput.isEmpty ? read(timeout: 1000) : pendingInput.removeFirst() {
            count += 1
            defer { afterCR = raw == .scalar(13) }
            switch raw {
            case .keyCode(KeySequences.pasteEnd):
                return String(scalars)
            case .keyCode(KEY_ENTER), .scalar(13):
                scalars.append("\n")
            case .scalar(10) where afterCR:
                continue  // CR LF is one line break
            case .scalar(let value):
                if let scalar = Unicode.Scalar(value), value >= 0x20 || value == 9 || value == 10 {
                    scalars.append(scalar)
                }
            case .keyCode:
                continue
            }
        }
        return String(scalars)
    }

    /// After an Escape, whether what follows at once is the rest of a control sequence ncurses did not
    /// know (`ESC [ 1 ; 5 H`, `ESC O x`); such a sequence is read to its end and dropped, so a key the
    /// program does not know does nothing instead of acting as Escape and letters. Anything else read
    /// is kept for the next call (Alt with a key arrives as Escape and the key).
    private func swallowingUnknownSequence() -> Bool {
        guard let next = pendingInput.isEmpty ? read(timeout: 0) : pendingInput.removeFirst() else { return false }
        guard case .scalar(let introducer) = next, introducer == 0x5B || introducer == 0x4F else {
            pendingInput.insert(next, at: 0)
            return false
        }
        if introducer == 0x4F {
            _ = read(timeout: Self.drainTimeout)  // SS3: one more byte
            return true
        }
        var count = 0
        while count < 32, let raw = read(timeout: Self.drainTimeout) {
            count += 1
            guard case .scalar(let value) = raw else { return true }
            if KeySequences.isFinal(value) { return true }
        }
        return true
    }

    /// Reads on while the next code points continue the grapheme cluster that `first` starts;
    /// what does not is kept for the next call.
    private func assemble(_ first: Character) -> Character {
        guard first.unicodeScalars.count == 1, let scalar = first.unicodeScalars.first else { return first }
        var assembler = GraphemeAssembler(scalar)
        while let raw = pendingInput.isEmpty ? read(timeout: Self.drainTimeout) : pendingInput.removeFirst() {
            guard case .scalar(let value) = raw, let next = Unicode.Scalar(value), assembler.extend(with: next) else {
                pendingInput.insert(raw, at: 0)
                break
            }
        }
        return assembler.character
    }
}
