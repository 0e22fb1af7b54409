/// The areas in the order lists show them: the agenda's own, then the areas that goals name but the
/// agenda lacks, in the order the goals name them.
public struct AreaOrder: Sendable {
    /// The areas' ids, in order.
    public private(set) var ids: [String]
    private var positions: [String: Int]

    public init(_ areas: [Area]) {
        ids = areas.map(\.id)
        positions = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The position of an area, which is added at the end when the agenda does not have it.
    public mutating func position(of area: String) -> Int {
        if let known = positions[area] { return known }
        let position = ids.count
        positions[area] = position
        ids.append(area)
        return position
    }
}
