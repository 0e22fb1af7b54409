/// Countries' names in each language, from their ISO 3166-1 alpha-2 codes: the Americas, where the
/// network's organizations are, and the countries of Europe its migrants come from or go to.
///
/// A code the table does not know stays as written: a record of a meeting never loses a country.
public enum CountryNames {
    /// The name of a country in a language (`MX` → Mexico, México, México, Mexique), or the code as
    /// written when the table does not know it.
    public static func name(_ code: String, _ language: Language) -> String {
        guard let names = table[code.uppercased()] else { return code }
        switch language {
        case .english: return names.english
        case .spanish: return names.spanish
        case .portuguese: return names.portuguese
        case .french: return names.french
        }
    }

    /// Whether the table knows a code.
    public static func isKnown(_ code: String) -> Bool {
        table[code.uppercased()] != nil
    }

    /// The codes the table knows.
    public static var codes: [String] { table.keys.sorted() }

    private typealias Names = (english: String, spanish: String, portuguese: String, french: String)

    private static let table: [String: Names] = [
        "AG": ("Antigua and Barbuda", "Antigua y Barbuda", "Antígua e Barbuda", "Antigua-et-Barbuda"),
        "AR": ("Argentina", "Argentina", "Argentina", "Argentine"),
        "BB": ("Barbados", "Barbados", "Barbados", "Barbade"),
        "BO": ("Bolivia", "Bolivia", "Bolívia", "Bolivie"),
        "BR": ("Brazil", "Brasil", "Brasil", "Brésil"),
        "BS": ("The Bahamas", "Bahamas", "Bahamas", "Bahamas"),
        "BZ": ("Belize", "Belice", "Belize", "Belize"),
        "CA": ("Canada", "Canadá", "Canadá", "Canada"),
        "CL": ("Chile", "Chile", "Chile", "Chili"),
        "CO": ("Colombia", "Colombia", "Colômbia", "Colombie"),
        "CR": ("Costa Rica", "Costa Rica", "Costa Rica", "Costa Rica"),
        "CU": ("Cuba", "Cuba", "Cuba", "Cuba"),
        "DM": ("Dominica", "Dominica", "Dominica", "Dominique"),
        "DO": ("Dominican Republic", "República Dominicana", "República Dominicana", "République dominicaine"),
        "EC": ("Ecuador", "Ecuador", "Equador", "Équateur"),
        "GD": ("Grenada", "Granada", "Granada", "Grenade"),
        "GT": ("Guatemala", "Guatemala", "Guatemala", "Guatemala"),
        "GY": ("Guyana", "Guyana", "Guiana", "Guyana"),
        "HN": ("Honduras", "Honduras", "Honduras", "Honduras"),
        "HT": ("Haiti", "Haití", "Haiti", "Haïti"),
        "JM": ("Jamaica", "Jamaica", "Jamaica", "Jamaïque"),
        "KN": ("Saint Kitts and Nevis", "San Cristóbal y Nieves", "São Cristóvão e Névis", "Saint-Christophe-et-Niévès"),
        "LC": ("Saint Lucia", "Santa Lucía", "Santa Lúcia", "Sainte-Lucie"),
        "MX": ("Mexico", "México", "México", "Mexique"),
        "NI": ("Nicaragua", "Nicaragua", "Nicarágua", "Nicaragua"),
        "PA": ("Panama", "Panamá", "Panamá", "Panama"),
        "PE": ("Peru", "Perú", "Peru", "Pérou"),
        "PR": ("Puerto Rico", "Puerto Rico", "Porto Rico", "Porto Rico"),
        "PY": ("Paraguay", "Paraguay", "Paraguai", "Paraguay"),
        "SR": ("Suriname", "Surinam", "Suriname", "Suriname"),
        "SV": ("El Salvador", "El Salvador", "El Salvador", "Salvador"),
        "TT": ("Trinidad and Tobago", "Trinidad y Tobago", "Trinidad e Tobago", "Trinité-et-Tobago"),
        "US": ("United States", "Estados Unidos", "Estados Unidos", "États-Unis"),
        "UY": ("Uruguay", "Uruguay", "Uruguai", "Uruguay"),
        "VC": ("Saint Vincent and the Grenadines", "San Vicente y las Granadinas", "São Vicente e Granadinas",
               "Saint-Vincent-et-les-Grenadines"),
        "VE": ("Venezuela", "Venezuela", "Venezuela", "Venezuela"),
        "DE": ("Germany", "Alemania", "Alemanha", "Allemagne"),
        "ES": ("Spain", "España", "Espanha", "Espagne"),
        "FR": ("France", "Francia", "França", "France"),
        "GB": ("United Kingdom", "Reino Unido", "Reino Unido", "Royaume-Uni"),
        "IT": ("Italy", "Italia", "Itália", "Italie"),
        "NL": ("Netherlands", "Países Bajos", "Países Baixos", "Pays-Bas"),
        "PT": ("Portugal", "Portugal", "Portugal", "Portugal"),
    ]
}
