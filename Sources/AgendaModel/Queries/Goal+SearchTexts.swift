extension Goal {
    /// The texts a search looks in, the same on screen and on the command line: the short ones first
    /// (`forEachHeadText`), then the long ones (`forEachBodyText`).
    public func forEachSearchText(organizations: [String: Organization], _ body: (String) -> Void) {
        forEachHeadText(organizations: organizations, body)
        forEachBodyText(body)
    }

    /// The short texts a search looks in first: the id, the title and its translations, the owners, the
    /// organizations (ids, names and their translations) and the tags.
    public func forEachHeadText(organizations: [String: Organization], _ body: (String) -> Void) {
        body(id)
        body(title)
        for translation in translations.of("title").values { body(translation.text) }
        for owner in owners { body(owner) }
        for organization in self.organizations {
            body(organization)
            if let known = organizations[organization] {
                body(known.name)
                for translation in known.translations.of("name").values { body(translation.text) }
            }
        }
        for tag in tags { body(tag) }
    }

    /// The long texts a search looks in after the short ones: the description and its translations, and
    /// the notes.
    public func forEachBodyText(_ body: (String) -> Void) {
        if !description.isEmpty { body(description) }
        for translation in translations.of("description").values { body(translation.text) }
        for note in notes { body(note.text) }
    }
}
