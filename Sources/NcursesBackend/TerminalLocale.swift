import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The process locale that ncurses needs for accents and wide characters: a UTF-8 one.
enum TerminalLocale {
    /// Sets the locale from the environment (as `setlocale(LC_ALL, "")`); if its character set is
    /// not UTF-8, switches the character type to `C.UTF-8`. Numbers keep the "C" format, so that
    /// nothing in the process starts writing decimal commas. Returns whether the result is UTF-8.
    @discardableResult
    static func prepare() -> Bool {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        if isUTF8 { return true }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    /// Whether the character type locale is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = agenda_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
