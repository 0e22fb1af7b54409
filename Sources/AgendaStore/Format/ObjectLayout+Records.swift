import AgendaModel
import Foundation

/// The layouts of the agenda's smaller records: areas, organizations and their contacts, people,
/// notes, history entries and reviews.
extension ObjectLayout where Record == Area {
    static let area = ObjectLayout(
        { Area(id: "", name: "") }, "an area", named: { "area \($0.id)" },
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("name", required: true, { $0.name }, { $0.name = $1 }),
            .prose("description", { $0.description }, { $0.description = $1 }),
            .translations("translations", { $0.translations }, { $0.translations = $1 }),
        ])
}

extension ObjectLayout where Record == Contact {
    static let contact = ObjectLayout(
        { Contact() }, "a contact",
        members: [
            .optionalText("name", { $0.name }, { $0.name = $1 }),
            .optionalText("email", { $0.email }, { $0.email = $1 }),
            .optionalText("phone", { $0.phone }, { $0.phone = $1 }),
            .optionalText("address", { $0.address }, { $0.address = $1 }),
        ])
}

extension ObjectLayout where Record == Organization {
    static let organization = ObjectLayout(
        { Organization(id: "", name: "", country: "") }, "an organization", named: { "organization \($0.id)" },
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("name", required: true, { $0.name }, { $0.name = $1 }),
            .text("country", required: true, { $0.country }, { $0.country = $1 }),
            .optionalText("city", { $0.city }, { $0.city = $1 }),
            .text("kind", { $0.kind.rawValue }, { $0.kind = OrganizationKind(rawValue: $1) }),
            .texts("communities", { $0.communities }, { $0.communities = $1 }),
            .optionalObject("contact", .contact, { $0.contact }, { $0.contact = $1 }),
            .translations("translations", { $0.translations }, { $0.translations = $1 }),
        ])
}

extension ObjectLayout where Record == Person {
    static let person = ObjectLayout(
        { Person(id: "", name: "") }, "a person", named: { "person \($0.id)" },
        members: [
            .text("id", required: true, { $0.id }, { $0.id = $1 }),
            .text("name", required: true, { $0.name }, { $0.name = $1 }),
            .optionalText("organization", { $0.organization }, { $0.organization = $1 }),
            .optionalText("country", { $0.country }, { $0.country = $1 }),
            .texts("communities", { $0.communities }, { $0.communities = $1 }),
            .texts("languages", { $0.languages }, { $0.languages = $1 }),
            .optionalObject("contact", .contact, { $0.contact }, { $0.contact = $1 }),
        ])
}

extension ObjectLayout where Record == Note {
    static let note = ObjectLayout(
        { .blank }, "a note",
        members: [
            .text("author", { $0.author }, { $0.author = $1 }),
            .time("time", required: true, { $0.time }, { $0.time = $1 }),
            .text("text", required: true, { $0.text }, { $0.text = $1 }),
        ])
}

extension ObjectLayout where Record == Change {
    static let change = ObjectLayout(
        { .blank }, "a history entry",
        members: [
            .time("time", required: true, { $0.time }, { $0.time = $1 }),
            .text("by", { $0.by }, { $0.by = $1 }),
            .text("field", required: true, { $0.field }, { $0.field = $1 }),
            .optionalText("from", { $0.from }, { $0.from = $1 }),
            .optionalText("to", { $0.to }, { $0.to = $1 }),
        ])
}

extension ObjectLayout where Record == Review {
    static let review = ObjectLayout(
        { Review(goal: "", reviewer: "", date: Day(daysSinceEpoch: 0), health: .onTrack) }, "a review",
        members: [
            .text("goal", required: true, { $0.goal }, { $0.goal = $1 }),
            .text("reviewer", { $0.reviewer }, { $0.reviewer = $1 }),
            .day("date", refusing: "a review needs a date", { $0.date }, { $0.date = $1 }),
            .text("health", required: true, { $0.health.rawValue }, { $0.health = Health(rawValue: $1) }),
            .prose("comment", { $0.comment }, { $0.comment = $1 }),
            .optionalTime("time", { $0.time }, { $0.time = $1 }),
        ])
}

extension Area: KeepsUnknownMembers {}
extension Contact: KeepsUnknownMembers {}
extension Organization: KeepsUnknownMembers {}
extension Person: KeepsUnknownMembers {}
extension Note: BlankRecord {
    /// The note a reader starts from.
    static var blank: Note { Note(author: "", time: Date(timeIntervalSince1970: 0), text: "") }
}

extension Change: BlankRecord {
    /// The history entry a reader starts from.
    static var blank: Change { Change(time: Date(timeIntervalSince1970: 0), by: "", field: "") }
}
extension Review: KeepsUnknownMembers {}
