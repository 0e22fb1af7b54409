import AgendaModel

/// A record that a reader starts from a blank value of, before any member is read.
protocol BlankRecord: KeepsUnknownMembers {
    /// The record before any member is read: a new one each time.
    static var blank: Self { get }
}
