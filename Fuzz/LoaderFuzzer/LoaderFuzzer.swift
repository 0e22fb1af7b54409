import FuzzChecks

// The loader's fuzz target: libFuzzer calls this function with each input it makes.
//
// Built with `swift build --sanitize=fuzzer --product agenda-fuzz-loader` (see `Benchmarks/fuzz.sh`),
// the program's entry point is libFuzzer's. In an ordinary build this file is the program's top-level
// code, which is empty: the program links and does nothing, so `swift build` needs no special case.

/// Runs the loader's checks on one input; a broken promise stops the program, which libFuzzer reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzChecks.run("loader", data, size)
    return 0
}
