/// Makes new goal ids: `G-` and a few random letters and digits, such as `G-7K2M`.
///
/// Random rather than sequential, so two people adding goals to separate copies of a file almost never
/// pick the same id; merge still copes when they do. The alphabet is Crockford's base 32 (no I, L, O, U),
/// which reads aloud and types without confusion. The length grows with the agenda to keep clashes rare.
public struct GoalIDGenerator<Source: RandomNumberGenerator> {
    static var alphabet: [Character] { Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ") }

    private var random: Source

    public init(random: Source) {
        self.random = random
    }

    /// The random source, as it now is.
    public var source: Source { random }

    /// A new id that is not among `existing`.
    public mutating func next(avoiding existing: Set<String>) -> String {
        let length = existing.count < 2_000 ? 4 : existing.count < 60_000 ? 5 : 6
        let alphabet = Self.alphabet
        while true {
            var id = "G-"
            for _ in 0..<length {
                id.append(alphabet[Int(random.next(upperBound: UInt32(alphabet.count)))])
            }
            if !existing.contains(id) { return id }
        }
    }
}

extension GoalIDGenerator where Source == SystemRandomNumberGenerator {
    /// A generator drawing from the system's random source.
    public init() {
        self.init(random: SystemRandomNumberGenerator())
    }
}

/// A small, fast, seedable random generator (SplitMix64), for deterministic ids and test data.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
