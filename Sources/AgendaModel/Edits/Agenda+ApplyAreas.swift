import Foundation

/// Changing and reordering the areas of work.
extension Agenda {
    mutating func updateArea(_ area: Area) throws(EditError) -> [Edit] {
        guard let index = areas.firstIndex(where: { $0.id == area.id }) else { throw .noSuchArea(area.id) }
        guard !area.name.trimmingWhitespace.isEmpty else {
            throw .invalid(goal: nil, field: "name", message: "the name is empty")
        }
        let old = areas[index]
        areas[index] = area
        return old == area ? [] : [.updateArea(old)]
    }

    mutating func moveArea(_ id: String, to position: Int) throws(EditError) -> [Edit] {
        guard let index = areas.firstIndex(where: { $0.id == id }) else { throw .noSuchArea(id) }
        let target = min(max(position, 0), areas.count - 1)
        guard target != index else { return [] }
        areas.insert(areas.remove(at: index), at: target)
        return [.moveArea(id: id, to: index)]
    }
}
