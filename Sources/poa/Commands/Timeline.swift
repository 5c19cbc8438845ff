import ArgumentParser
import POAAuthority
import POACore
import POAReports
import POAStore

extension Poa {
    /// `poa timeline`: every interval of a grantor's (or an attorney's) authority, in order.
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Every interval of authority for a grantor, or held by an attorney, in order.")

        @OptionGroup var ledger: LedgerOptions

        @Option(help: "The insider whose attorneys' authority to list.")
        var grantor: String?

        @Option(help: "The attorney-in-fact whose authority to list.")
        var attorney: String?

        @Option(help: "Only authority for this issuer (name or CIK); authority whose issuer could not be read is shown as possibly covering it.")
        var issuer: String?

        @Option(help: ArgumentHelp("Only authority held on or after this day (YYYY-MM-DD).", valueName: "date"))
        var from: Day?

        @Option(help: ArgumentHelp("Only authority held before this day (YYYY-MM-DD).", valueName: "date"))
        var until: Day?

        @Option(help: "text, json, svg (a picture: one lane per attorney and issuer) or html (a standalone page with the picture).")
        var format: TimelineFormat = .text

        enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
            case text, json, svg, html
        }

        func validate() throws {
            if (grantor == nil) == (attorney == nil) {
                throw ValidationError("Give exactly one of --grantor NAME or --attorney NAME.")
            }
            if let from, let until, until <= from { throw ValidationError("--until \(until) must come after --from \(from).") }
        }

        func run() throws {
            try reportingFailures {
                let reader = AuthorityReader(ledger: try ledger.openForReading())
                var answer = try querying {
                    try grantor.map { try reader.timeline(grantor: $0, issuer: issuer) }
                        ?? reader.timeline(attorney: attorney ?? "", issuer: issuer)
                }
                // Only the intervals that overlap [from, until).
                answer.entries = answer.entries.filter { entry in
                    (from.map { day in entry.until.map { $0 > day } ?? true } ?? true) && (until.map { entry.from < $0 } ?? true)
                }
                switch format {
                case .svg, .html:
                    let marks = try grantor.map { name in try querying { try reader.endingMarks(grantor: name) } } ?? []
                    let shown = marks.filter { mark in
                        (from.map { mark.day >= $0 } ?? true) && (until.map { mark.day < $0 } ?? true)
                    }
                    var picture = Self.picture(answer, marks: shown, forGrantor: grantor != nil)
                    let issuers = Set(answer.entries.map { Authority.issuer(of: $0) }).sorted()
                    picture.subtitle = [
                        issuers.isEmpty ? nil : issuers.joined(separator: ", "), "as of \(picture.today)",
                        "ledger \(ledger.path)",
                    ].compactMap { $0 }.joined(separator: " \u{B7} ")
                    print(format == .svg ? TimelineSVG.render(picture) : TimelineHTML.render(picture), terminator: "")
                case .json:
                    let intervals = answer.entries.map { entry -> [String: Any?] in
                        [
                            "grantor": entry.grantor, "attorney": entry.attorney, "issuer": entry.issuer,
                            "may_cover": entry.mayCover,
                            "forms": entry.forms.map(\.rawValue), "from": entry.from.description,
                            "until": entry.until?.description, "path": entry.path,
                            "via": entry.via.map(AuthorityJSON.link),
                        ]
                    }
                    print(AuthorityJSON.render(["intervals": intervals] as [String: Any?]))
                case .text:
                    if answer.entries.isEmpty { print("No authority on record for \(answer.person.name).") }
                    // Why each interval ended, from the endings recorded in the grantor's history.
                    let endings = try querying {
                        try Set(answer.entries.map(\.grantor)).flatMap { try reader.endingMarks(grantor: $0) }
                    }
                    var table = TextColumns()
                    for entry in answer.entries {
                        let period = Period.text(from: entry.from, until: entry.until)
                        let why = entry.until.flatMap { Self.whyEnded(entry, on: $0, endings) }.map { " (\($0))" } ?? ""
                        table.add([
                            entry.attorney, "for \(entry.grantor)", Authority.issuer(of: entry), "Forms \(entry.formsText)",
                            period + why, "via \(entry.chainText)",
                        ])
                    }
                    table.lines(indent: "").forEach { print($0) }
                }
            }
        }

        /// Why an interval ended on `day`: the ending recorded that day for the latest link of its
        /// chain that ended, for all its attorneys or for the one who holds that link (the next
        /// link's delegator, or the interval's attorney for the last); "changed by a later
        /// instrument" when none was (a new grant or delegation began a different interval that day).
        static func whyEnded(_ entry: AuthorityEntry, on day: Day, _ endings: [AuthorityReader.EndingMark]) -> String? {
            let words = [
                "supersession": "superseded", "revocation": "revoked", "obligations-end": "obligations ended",
                "expiry": "expired", "departure": "attorney left", "parent-ended": "parent grant ended",
            ]
            var parentEnded = false
            for (position, link) in entry.via.enumerated().reversed() {
                let isLast = position + 1 == entry.via.count
                let holder = isLast ? entry.attorney : entry.via[position + 1].grantor
                let found = endings.filter {
                    $0.day == day && $0.instrumentId == link.instrumentId && ($0.attorney == nil || $0.attorney == holder)
                }
                // A delegation that ended with its parent: the cause is further up the chain.
                guard let ending = found.first(where: { $0.cause != "parent-ended" }) else {
                    parentEnded = parentEnded || !found.isEmpty
                    continue
                }
                if ending.cause == "departure", !isLast { return "delegator left" }
                return words[ending.cause] ?? ending.cause
            }
            return parentEnded ? "parent grant ended" : "changed by a later instrument"
        }

        /// The picture of a timeline: a lane per attorney (or per principal), markers at endings.
        static func picture(_ answer: AuthorityReader.Answer, marks: [AuthorityReader.EndingMark], forGrantor: Bool)
            -> TimelinePicture
        {
            // One lane per attorney (or principal) and issuer: two grants for two companies never
            // share a lane, where one bar would hide the other.
            struct LaneKey: Hashable, Comparable {
                var person: String
                var issuer: String
                static func < (a: LaneKey, b: LaneKey) -> Bool { (a.person, a.issuer) < (b.person, b.issuer) }
            }
            var lanes: [LaneKey: [TimelinePicture.Bar]] = [:]
            var delegators: [LaneKey: Set<String>] = [:]
            for entry in answer.entries {
                let lane = LaneKey(person: forGrantor ? entry.attorney : entry.grantor, issuer: Authority.issuer(of: entry))
                let chain = entry.via.map { "\($0.kind) by \($0.grantor) of \($0.executedOn)" }.joined(separator: " > ")
                let source = entry.via.last.map { "\($0.document), lines \($0.lines)" }
                lanes[lane, default: []].append(
                    TimelinePicture.Bar(
                        from: entry.from, until: entry.until, path: entry.via.count > 1 ? .delegated : .direct,
                        label: "Forms \(entry.forms.map(\.rawValue).joined(separator: ", ")) via \(chain)", source: source))
                // Who delegated it: the grantor of the last delegation of the chain.
                delegators[lane, default: []].insert(entry.via.count > 1 ? entry.via.last?.grantor ?? "" : "")
            }
            // A lane held only by delegation from one attorney is drawn under that attorney's lane.
            func delegator(of key: LaneKey) -> String? {
                guard forGrantor, let names = delegators[key], names.count == 1, let name = names.first, !name.isEmpty else { return nil }
                return name
            }
            var ordered = lanes.keys.filter { delegator(of: $0) == nil }.sorted()
            for key in lanes.keys.filter({ delegator(of: $0) != nil }).sorted() {
                let parent = ordered.lastIndex { $0.person == delegator(of: key) && $0.issuer == key.issuer }
                    ?? ordered.lastIndex { $0.person == delegator(of: key) }
                ordered.insert(key, at: parent.map { $0 + 1 } ?? ordered.count)
            }
            let markers = marks.map { mark in
                TimelinePicture.Marker(
                    day: mark.day, kind: TimelinePicture.Marker.Kind(rawValue: mark.cause) ?? .revocation, label: mark.label)
            }
            let title = forGrantor
                ? "Who may sign for \(answer.person.name)" : "For whom \(answer.person.name) may sign"
            return TimelinePicture(
                title: title,
                lanes: ordered.map {
                    TimelinePicture.Lane(attorney: $0.person, issuer: $0.issuer, bars: lanes[$0] ?? [], delegator: delegator(of: $0))
                },
                markers: markers, today: Day.today)
        }
    }
}
