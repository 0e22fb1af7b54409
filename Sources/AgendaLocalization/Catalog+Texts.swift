/// The strings of writing an agenda's texts in another language on the command line (`set --in`,
/// `area set --in`), in every language.
extension Catalog {
    /// The strings of a language.
    static func texts(_ language: Language) -> [Text: String] {
        switch language {
        case .english: englishTexts
        case .spanish: spanishTexts
        case .portuguese: portugueseTexts
        case .french: frenchTexts
        }
    }

    static let englishTexts: [Text: String] = [
        .cmdSetIn: "The language --title and --description are written in, such as es or pt-BR: they become the translation into it (in the agenda's own language, they change the original).",
        .cmdAreaSetIn: "The language --name and --description are written in, such as es or pt-BR: they become the translation into it (in the agenda's own language, they change the original).",
        .cliNotALanguageTag: "'%@' is not a language tag such as es or pt-BR",
        .cliInNeedsText: "--in says which language --title or --description is in: give one of them",
        .cliAreaInNeedsText: "--in says which language --name or --description is in: give one of them",
    ]

    static let spanishTexts: [Text: String] = [
        .cmdSetIn: "El idioma en que están escritos --title y --description, como es o pt-BR: pasan a ser la traducción a ese idioma (en el idioma de la agenda, cambian el original).",
        .cmdAreaSetIn: "El idioma en que están escritos --name y --description, como es o pt-BR: pasan a ser la traducción a ese idioma (en el idioma de la agenda, cambian el original).",
        .cliNotALanguageTag: "«%@» no es una etiqueta de idioma como es o pt-BR",
        .cliInNeedsText: "--in indica en qué idioma está --title o --description: dé uno de los dos",
        .cliAreaInNeedsText: "--in indica en qué idioma está --name o --description: dé uno de los dos",
    ]

    static let portugueseTexts: [Text: String] = [
        .cmdSetIn: "O idioma em que --title e --description estão escritos, como es ou pt-BR: passam a ser a tradução para esse idioma (no idioma da própria agenda, alteram o original).",
        .cmdAreaSetIn: "O idioma em que --name e --description estão escritos, como es ou pt-BR: passam a ser a tradução para esse idioma (no idioma da própria agenda, alteram o original).",
        .cliNotALanguageTag: "“%@” não é uma etiqueta de idioma como es ou pt-BR",
        .cliInNeedsText: "--in indica o idioma de --title ou --description: informe um dos dois",
        .cliAreaInNeedsText: "--in indica o idioma de --name ou --description: informe um dos dois",
    ]

    static let frenchTexts: [Text: String] = [
        .cmdSetIn: "La langue dans laquelle --title et --description sont écrits, par exemple es ou pt-BR\u{A0}: ils deviennent la traduction dans cette langue (dans la langue de l'agenda, ils en modifient l'original).",
        .cmdAreaSetIn: "La langue dans laquelle --name et --description sont écrits, par exemple es ou pt-BR\u{A0}: ils deviennent la traduction dans cette langue (dans la langue de l'agenda, ils en modifient l'original).",
        .cliNotALanguageTag: "«\u{A0}%@\u{A0}» n'est pas une étiquette de langue comme es ou pt-BR",
        .cliInNeedsText: "--in indique la langue de --title ou de --description\u{A0}: donnez l'un des deux",
        .cliAreaInNeedsText: "--in indique la langue de --name ou de --description\u{A0}: donnez l'un des deux",
    ]
}
