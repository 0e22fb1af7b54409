import AgendaModel
import ArgumentParser

extension CompletionKind {
    /// Completes the values a model's vocabulary knows (statuses, priorities, levels), as files spell them.
    static func known<Value: KnownValue>(_ type: Value.Type, adding extra: [String] = []) -> CompletionKind {
        .list(Value.known.map(\.rawValue) + extra)
    }
}
