/// The leaks LeakSanitizer finds in the Swift toolchain's libraries and the dependencies rather than in
/// this project, so that `swift test --sanitize=address` reports the project's leaks alone (seen with
/// Swift 6.3.1 on Linux).
///
/// LeakSanitizer calls this function of a program built with AddressSanitizer for suppressions to add
/// to its own; in other builds nothing calls it. It lives here because this module is linked into both
/// programs the tests run: `agenda` (which the command-line and end-to-end tests start) and the test
/// bundle. A suppression hides a leak when any function on the leaked block's allocation stack contains
/// its text:
///
/// - XCTest's runner keeps its suites, runs and test closures to the end of the process, even when no
///   XCTest test runs (`swift test --filter` of swift-testing tests only still reported 144 bytes).
///   These also hide leaks made inside XCTest tests, whose stacks run through XCTest's main: the
///   swift-testing tests, nearly all of them, are still checked.
/// - swift-foundation's `readBytesFromFile` mallocs a 4 KB buffer for a file whose size is 0 and
///   never frees it when nothing is read (`FileManager.contents(atPath:)`, `Data(contentsOf:)` of an
///   empty fixture).
/// - Foundation's `Process.run` leaves the side table of a weak reference to the process (in the test
///   bundle, and in `agenda sync`, which runs git: the leak made the merge driver exit with 23 and
///   every sync test fail).
/// - swift-argument-parser's `InputKey.fullPath` array, reported once in some hundred runs of `agenda`:
///   most likely LeakSanitizer missing a pointer Swift stores with spare bits set
///   (llvm/llvm-project#56751).
@_cdecl("__lsan_default_suppressions")
public func leakSanitizerDefaultSuppressions() -> UnsafePointer<CChar> {
    let suppressions: StaticString = """
        leak:XCTMainMisc
        leak:s6XCTest0A8SuiteRun
        leak:s6XCTest0A7CaseRun
        leak:s6XCTest0A4CaseC4name11testClosure
        leak:awaitUsingExpectation
        leak:readBytesFromFile
        leak:Foundation7ProcessC3run
        leak:ArgumentParser8InputKeyV8fullPath
        \u{0}
        """
    return UnsafeRawPointer(suppressions.utf8Start).assumingMemoryBound(to: CChar.self)
}
