#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sanitizer the tests run under (`swift test --sanitize=...`), if any: the programs they start are
/// built with it too, and use several times the memory and time they use in an ordinary build.
public enum Sanitizer {
    /// "AddressSanitizer" or "ThreadSanitizer" when the test program was built with one, else nil.
    public static let active: String? = {
        if dlsym(nil, "__asan_init") != nil { return "AddressSanitizer" }
        if dlsym(nil, "__tsan_init") != nil { return "ThreadSanitizer" }
        return nil
    }()
}
