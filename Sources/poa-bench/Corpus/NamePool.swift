/// Invented names for people and companies: unique across a corpus, so a query by name has one answer.
struct NamePool {
    static let first = [
        "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
        "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Christopher", "Lisa",
        "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Margaret", "Mark", "Sandra", "Donald", "Ashley", "Steven",
        "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda",
        "Brian", "Dorothy", "George", "Melissa", "Timothy", "Deborah", "Ronald", "Stephanie", "Edward", "Rebecca",
        "Jason", "Sharon", "Jeffrey", "Laura", "Ryan", "Cynthia", "Jacob", "Kathleen", "Gary", "Amy", "Nicholas",
        "Angela", "Eric", "Shirley", "Jonathan", "Anna", "Stephen", "Brenda", "Larry", "Pamela", "Justin", "Emma",
        "Scott", "Nicole", "Brandon", "Helen", "Benjamin", "Samantha", "Samuel", "Katherine", "Gregory", "Christine",
        "Alexander", "Debra", "Frank", "Rachel", "Patrick", "Carolyn", "Raymond", "Janet", "Jack", "Catherine",
        "Dennis", "Maria", "Jerry", "Heather", "Tyler", "Diane", "Aaron", "Ruth", "Jose", "Julie", "Adam", "Olivia",
        "Nathan", "Joyce", "Henry", "Virginia", "Douglas", "Victoria", "Zachary", "Kelly", "Peter", "Lauren",
    ]
    static let last = [
        "Abernathy", "Okafor", "Lindqvist", "Whitcomb", "Bexley", "Tashjian", "Gracey", "Kowalczyk", "Osei",
        "Lemaire", "Holloway", "Ashcroft", "Oduya", "Tremblay", "Marchetti", "Van Buren", "Castellanos", "Nakamura",
        "Fairweather", "Delacroix", "Brennan", "Sorensen", "Albrecht", "Mbeki", "Rasmussen", "Quintero", "Halvorsen",
        "Petrakis", "Iverson", "Montgomery", "Chandrasekar", "Fitzgerald", "Lockhart", "Vasquez", "Oyelaran",
        "Blackwood", "Kensington", "Duarte", "Thistlewood", "Hargreaves", "Novak", "Szymanski", "Achterberg",
        "Balakrishnan", "Cartwright", "Drummond", "Ellsworth", "Gallagher", "Hawthorne", "Ingram", "Jablonski",
        "Kavanagh", "Lindgren", "MacAllister", "Northcott", "Ortega", "Pemberton", "Quimby", "Radcliffe", "Sutherland",
        "Thornbury", "Underhill", "Vandermeer", "Wexler", "Yardley", "Zielinski", "Ashworth", "Bellamy", "Corcoran",
        "Davenport", "Eastwood", "Fairbanks", "Goldberg", "Holbrook", "Islington", "Jernigan", "Kingsley", "Lowell",
        "Mercer", "Nightingale", "Oakley", "Prescott", "Redfield", "Stanhope", "Townsend", "Upton", "Vickers",
        "Whitfield", "Xiong", "Youngblood", "Zamora", "Aldridge", "Beaumont", "Calloway", "Dunmore", "Everly",
    ]
    static let companyWords = [
        "Cobalt", "Ridge", "Verdant", "Pellucid", "Harbor", "Summit", "Granite", "Meridian", "Aurora", "Beacon",
        "Cascade", "Delta", "Evergreen", "Falcon", "Glacier", "Horizon", "Ironwood", "Juniper", "Keystone", "Lighthouse",
        "Magnolia", "Northstar", "Orchard", "Pinnacle", "Quarry", "Redwood", "Sterling", "Tidewater", "Union",
        "Vanguard", "Willow", "Yellowstone", "Zenith", "Atlas", "Bluewater", "Crescent", "Driftwood", "Ember",
    ]
    static let companyKinds = [
        "Therapeutics, Inc.", "Logistics Corp", "Software Corporation", "Energy Partners, L.P.", "Holdings, Inc.",
        "Bancorp, Inc.", "Industries, Inc.", "Pharmaceuticals, Inc.", "Financial Group, Inc.", "Technologies Corp.",
    ]

    private var used = Set<String>()

    /// A person's name not used before: "First M. Last" (a suffix is added when needed).
    mutating func person(_ random: inout RandomSource) -> (full: String, short: String) {
        for attempt in 0..<100 {
            let first = random.pick(NamePool.first)
            let last = attempt < 30 ? random.pick(NamePool.last) : "\(random.pick(NamePool.last))-\(random.pick(NamePool.last))"
            let initial = Character(UnicodeScalar(UInt8(65 + random.int(0...25))))
            let suffix = attempt > 50 ? ", \(["Jr.", "III", "IV", "II"][attempt % 4])" : ""
            let full = "\(first) \(initial). \(last)\(suffix)"
            // Two people may not share a first name and last name: spellings without the
            // initial must stay unambiguous for the resolver and for queries.
            let short = "\(first) \(last)\(suffix)"
            if used.insert(short).inserted { return (full, short) }
        }
        let serial = used.count
        let full = "Person\(serial) Q. Numbered"
        used.insert(full)
        return (full, full)
    }

    /// A company name not used before.
    mutating func company(_ random: inout RandomSource) -> String {
        while true {
            let name = "\(random.pick(NamePool.companyWords)) \(random.pick(NamePool.companyWords)) \(random.pick(NamePool.companyKinds))"
            if used.insert(name).inserted { return name }
            if used.count > 50_000 {
                let numbered = "\(random.pick(NamePool.companyWords)) \(used.count) \(random.pick(NamePool.companyKinds))"
                if used.insert(numbered).inserted { return numbered }
            }
        }
    }
}
