/// The checks the fuzz targets run on every input, shared with `swift test`, which replays the
/// committed corpus through them.
///
/// Each target is one function from the input's bytes to nothing, throwing `FuzzFailure` when a
/// promise is broken; a crash or a hang is a failure too, caught by libFuzzer. A new target (the merge,
/// say) is a function here, an entry in `targets`, a three-line executable under `Fuzz/` and a corpus
/// folder `Tests/Fixtures/fuzz-corpus/<name>/`.
public enum FuzzChecks {
    /// The targets by the name of their corpus folder.
    public static let targets: [String: @Sendable ([UInt8]) throws(FuzzFailure) -> Void] = [
        "loader": { (bytes) throws(FuzzFailure) in try load(bytes) },
        "merge": { (bytes) throws(FuzzFailure) in try merge(bytes) },
    ]

    /// Runs the target `name` on the bytes of one input, stopping the process on a failure: the entry
    /// point of the fuzz executables, for which a trap is how a finding is reported.
    public static func run(_ name: String, _ data: UnsafePointer<UInt8>?, _ size: Int) {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        guard let target = targets[name] else { fatalError("no fuzz target named \(name)") }
        do {
            try target(bytes)
        } catch {
            fatalError("fuzz check failed: \(error)")
        }
    }
}
