import FuzzChecks

// The merge's fuzz target: libFuzzer calls this function with each input it makes (BASE, OURS and
// THEIRS separated by NUL bytes). Built as `Fuzz/LoaderFuzzer` is: see there.

/// Runs the merge's checks on one input; a broken promise stops the program, which libFuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func mergeFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.run("merge", data, size)
    return 0
}
