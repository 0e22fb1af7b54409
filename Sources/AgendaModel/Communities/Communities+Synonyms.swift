extension Communities {
    /// Words for each known community in English, Spanish, Portuguese and French, folded as `fold` does
    /// (a trailing plural `s` or `es` is also tried, so singulars suffice).
    static let synonyms: [String: String] = {
        let words: [String: [String]] = [
            "afro-latino": ["afro-latino", "afrolatino", "afro-latina", "afrolatina", "afro-latinx", "afro-descendant",
                            "afrodescendant", "afrodescendiente", "afro-descendiente", "afrodescendente", "afro-brasileiro",
                            "afro-latino-americano", "afro-latinoamericano", "afro-latinoamericana", "black", "negro",
                            "afro-descendant-people", "personas-afrodescendientes", "pueblos-afrodescendientes",
                            "afro-latin-american", "afrodescendant-people", "afro-caribbean", "afrocaribeno"],
            "indigenous": ["indigenous", "indigenous-people", "indigenous-peoples", "indigena", "pueblos-indigenas",
                           "pueblo-indigena", "comunidades-indigenas", "povos-indigenas", "povo-indigena", "autochtone",
                           "peuples-autochtones", "peuple-autochtone", "indigene", "native", "native-american",
                           "originario", "pueblos-originarios", "first-nations", "maya", "mixteco", "zapoteco", "purepecha"],
            "women": ["women", "woman", "mujer", "mujeres", "mulher", "mulheres", "femme", "femmes"],
            "youth": ["youth", "young-people", "joven", "jovenes", "juventud", "juventudes", "jovem", "jovens", "juventude",
                      "jeune", "jeunes", "jeunesse"],
            "elders": ["elder", "elders", "older-adults", "adultos-mayores", "adulto-mayor", "personas-mayores", "idosos",
                       "idoso", "aines", "personnes-agees"],
            "farmworkers": ["farmworker", "farm-worker", "farm-workers", "agricultural-workers", "trabajador-agricola",
                            "trabajadores-agricolas", "jornalero", "jornaleros", "campesino", "campesinos",
                            "trabalhador-rural", "trabalhadores-rurais", "travailleur-agricole", "travailleurs-agricoles"],
            "domestic-workers": ["domestic-worker", "domestic-workers", "trabajadora-del-hogar", "trabajadoras-del-hogar",
                                 "trabajadores-domesticos", "trabalhadoras-domesticas", "trabalhadores-domesticos",
                                 "travailleurs-domestiques", "travailleuses-domestiques"],
            "students": ["student", "students", "estudiante", "estudiantes", "estudante", "estudantes", "etudiant",
                         "etudiants", "etudiante", "etudiantes"],
            "lgbtq": ["lgbtq", "lgbt", "lgbtq+", "lgbti", "lgbtiq", "lgbtqia", "lgbtqia+", "lgbtttiq"],
            "mexican": ["mexican", "mexicano", "mexicana", "mexicain", "mexicaine", "mexicains"],
            "guatemalan": ["guatemalan", "guatemalteco", "guatemalteca", "guatemaltèque", "guatemalteque"],
            "salvadoran": ["salvadoran", "salvadorean", "salvadoreno", "salvadorena", "salvadorenho", "salvadorien",
                           "salvadorienne"],
            "honduran": ["honduran", "hondureno", "hondurena", "hondurenho", "hondurien", "hondurienne"],
            "nicaraguan": ["nicaraguan", "nicaraguense", "nicaraguayen", "nicaraguayenne"],
            "dominican": ["dominican", "dominicano", "dominicana", "dominicain", "dominicaine", "dominicains"],
            "cuban": ["cuban", "cubano", "cubana", "cubain", "cubaine"],
            "haitian": ["haitian", "haitiano", "haitiana", "haitien", "haitienne"],
            "puerto-rican": ["puerto-rican", "puertorriqueno", "puertorriquena", "boricua", "porto-riquenho",
                             "portoricain", "portoricaine", "porto-ricain"],
            "colombian": ["colombian", "colombiano", "colombiana", "colombien", "colombienne"],
            "venezuelan": ["venezuelan", "venezolano", "venezolana", "venezuelano", "venezuelana", "venezuelien",
                           "venezuelienne"],
            "ecuadorian": ["ecuadorian", "ecuatoriano", "ecuatoriana", "equatoriano", "equatoriana", "equatorien",
                           "equatorienne"],
            "peruvian": ["peruvian", "peruano", "peruana", "peruvien", "peruvienne"],
            "bolivian": ["bolivian", "boliviano", "boliviana", "bolivien", "bolivienne"],
            "brazilian": ["brazilian", "brasileno", "brasilena", "brasileiro", "brasileira", "bresilien", "bresilienne"],
        ]
        var table: [String: String] = [:]
        for (key, list) in words {
            table[key] = key
            for word in list { table[fold(word)] = key }
        }
        return table
    }()

    /// The words people type for a known community, as search text: each in the four languages, with
    /// spaces for dashes and a plural beside it (`pueblos indigenas`, `indigenas`); empty for others.
    public static func searchWords(of key: String) -> String {
        synonyms.filter { $0.value == key }.keys.sorted().flatMap { word -> [String] in
            let spaced = word.replacingDashes
            return [spaced, spaced + "s"]
        }.joined(separator: " ")
    }
}

private extension String {
    var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
