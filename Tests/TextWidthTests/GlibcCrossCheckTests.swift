import Glibc
import Testing
import TextWidth

/// `DisplayWidth.of(scalar:)` against glibc's `wcwidth` under a UTF-8 locale, for every scalar.
///
/// glibc 2.35 and later build their width table from Unicode 14.0 with the same rules as
/// `Scripts/generate-width-tables.py`, so every scalar glibc gives a width for must agree.
/// Skipped: scalars glibc leaves undefined (-1): controls (0 here), unassigned code points (1
/// here, or 2 in the default-wide CJK and emoji blocks) and noncharacters; and scalars assigned
/// after Unicode 14.0, which our tables do not know yet (a newer glibc would define them).
/// `KnownDisagreements.scalars` lists deliberate differences; it is empty with glibc 2.36.
@Suite struct GlibcCrossCheckTests {
    enum KnownDisagreements {
        /// Scalars where a deliberate rule of ours differs from glibc's: none at present.
        static let scalars: Set<UInt32> = []
    }

    /// glibc's `wcwidth`, looked up at run time: Swift's Glibc module does not export it.
    typealias WidthFunction = @convention(c) (wchar_t) -> Int32

    static func loadWcwidth() -> WidthFunction? {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else {
            return nil
        }
        return unsafeBitCast(symbol, to: WidthFunction.self)
    }

    /// Whether the scalar was assigned by Unicode 14.0, per the Swift runtime's own data.
    static func isInUnicode14(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else {
            return true  // unassigned even now
        }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    @Test func everyScalarAgreesWithGlibc() throws {
        let wcwidth = try #require(Self.loadWcwidth())
        // A thread-local locale rather than setlocale: tests run in parallel in one process,
        // and the global locale is shared with them.
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil))
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        try #require(wcwidth(0x4E00) == 2, "C.UTF-8 locale not in effect")

        var compared = 0
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let theirs = Int(wcwidth(wchar_t(value)))
            guard theirs >= 0, !KnownDisagreements.scalars.contains(value), Self.isInUnicode14(scalar) else {
                continue
            }
            compared += 1
            let ours = DisplayWidth.of(scalar: scalar)
            if ours != theirs {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): ours \(ours), glibc \(theirs)")
            }
        }
        #expect(compared > 250_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(30))")
    }
}
