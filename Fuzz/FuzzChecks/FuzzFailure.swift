/// A broken promise of the code under fuzzing: which check failed, and what was seen.
///
/// The fuzz executables stop on it (libFuzzer then keeps the input as a crash); the corpus replay in
/// `swift test` records it as a failed expectation naming the file.
public struct FuzzFailure: Error, Equatable, CustomStringConvertible {
    /// The promise that was broken, in a few words: `listing agrees with the full read`.
    public var check: String
    /// What was seen instead.
    public var detail: String

    public init(_ check: String, _ detail: String) {
        self.check = check
        self.detail = detail
    }

    public var description: String { "\(check): \(detail)" }
}

/// Throws a failure of `check` unless `condition` holds.
@inline(__always)
func expect(_ condition: Bool, _ check: String, _ detail: @autoclosure () -> String) throws(FuzzFailure) {
    if !condition { throw FuzzFailure(check, detail()) }
}
