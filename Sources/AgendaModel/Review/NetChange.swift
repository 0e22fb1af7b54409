import Foundation

/// What changed in each goal since a day, field by field, as the difference between before and after:
/// a status set to blocked, back to proposed and to blocked again is one change from proposed to blocked,
/// and a change undone is none.
public struct NetChange: Equatable, Sendable {
    public var goal: String
    public var title: String
    public var area: String
    /// The field's name as the file spells it, or `created` for a goal created in that time.
    public var field: String
    /// For a field of one value: the value before the first change and after the last (nil for none).
    public var from: String?
    public var to: String?
    /// For owners, organizations and notes: the values added and removed in the end, in the order they were.
    public var added: [String]
    public var removed: [String]
    /// The last change's time.
    public var time: Date
    /// Who changed the field, in the order of their first change.
    public var people: [String]

    /// Whether the field holds a list whose history records additions and removals.
    public static func isList(_ field: String) -> Bool {
        field == "owners" || field == "organizations" || field == "notes"
    }
}

extension NetChange {
    /// The net change of every field of the goals `filter` lets through, since its day, newest first;
    /// fields whose value ended where it started are left out.
    public static func changes(_ agenda: Agenda, filter: Activity.Filter) -> [NetChange] {
        let since = filter.since.map { Date(timeIntervalSince1970: Double($0.daysSinceEpoch) * 86_400) }
        var result: [NetChange] = []
        for goal in agenda.goals where filter.includes(goal) {
            let changes = goal.history.filter { change in since.map { change.time >= $0 } ?? true }
            var fields: [String] = []
            var byField: [String: [Change]] = [:]
            for change in changes {
                if byField[change.field] == nil { fields.append(change.field) }
                byField[change.field, default: []].append(change)
            }
            for field in fields {
                if let net = net(field, byField[field]!, of: goal) { result.append(net) }
            }
        }
        return result.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time > b.element.time : a.offset > b.offset
        }.map(\.element)
    }

    /// The net change of one field from its changes in order, or nil when it ended where it started.
    private static func net(_ field: String, _ changes: [Change], of goal: Goal) -> NetChange? {
        var people: [String] = []
        for change in changes where !people.contains(change.by) { people.append(change.by) }
        var net = NetChange(goal: goal.id, title: goal.title, area: goal.area, field: field, from: nil, to: nil, added: [],
                            removed: [], time: changes.last!.time, people: people)
        if field == "created" {
            net.to = changes.last!.to
            return net
        }
        guard isList(field) else {
            net.from = changes.first!.from
            net.to = changes.last!.to
            return net.from == net.to ? nil : net
        }
        var count: [String: Int] = [:]
        var order: [String] = []
        for change in changes {
            for (value, step) in [(change.to, 1), (change.from, -1)] {
                guard let value else { continue }
                if count[value] == nil { order.append(value) }
                count[value, default: 0] += step
            }
        }
        net.added = order.filter { count[$0]! > 0 }
        net.removed = order.filter { count[$0]! < 0 }
        return net.added.isEmpty && net.removed.isEmpty ? nil : net
    }
}
