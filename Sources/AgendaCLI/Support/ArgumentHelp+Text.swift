import AgendaLocalization
import ArgumentParser

extension ArgumentHelp {
    /// The help of an argument or option, in the command line's language.
    init(_ key: Text, discussion: Text? = nil, valueName: String? = nil) {
        self.init(strings[key], discussion: discussion.map { strings[$0] } ?? "", valueName: valueName)
    }
}
