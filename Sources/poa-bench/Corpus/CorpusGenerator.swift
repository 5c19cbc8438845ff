import Foundation
import POACore

/// Writes a synthetic corpus of power-of-attorney filings, and what a correct import must find.
///
/// Insiders of many issuers sign grants in several template families (some superseding, some
/// not), sometimes on the same day, sometimes signing with a shorter spelling of their name;
/// attorneys delegate under delegable grants; some insiders revoke. The generator knows the
/// history it wrote, so it also writes the expected answer to sampled "who may sign Form 4 for
/// P on D" queries, computed from that history.
struct CorpusGenerator {
    let documents: Int
    let seed: UInt64
    let output: URL

    enum Family: CaseIterable {
        case nominate, knowAll, confirming, html
        var supersedes: Bool { self == .nominate }
    }

    enum Event {
        case grant(day: Day, attorneys: [String], family: Family, delegable: Bool)
        case delegation(day: Day, delegator: String, attorneys: [String], parent: Int)
        case revocation(day: Day)

        var day: Day {
            switch self {
            case .grant(let day, _, _, _), .delegation(let day, _, _, _), .revocation(let day): return day
            }
        }
    }

    struct Summary {
        var documents = 0
        var bytes = 0
        var queries = 0
        var insiders = 0
        var issuers = 0
    }

    /// The people filing: with `insiders` set, a fixed pool of that many who come back for
    /// every plan after the pool is full, as the same officers of a company file for twenty
    /// years; otherwise each plan is a new insider's.
    let insiders: Int?

    init(documents: Int, seed: UInt64, output: URL, insiders: Int? = nil) {
        self.documents = documents
        self.seed = seed
        self.output = output
        self.insiders = insiders
    }

    /// One insider: their issuer, the attorneys their grants name, the sub-attorneys their
    /// attorneys delegate to, and every event written for them so far.
    struct Insider {
        var name: (full: String, short: String)
        var issuer: String
        var attorneys: [String]
        var subs: [String]
        var events: [Event] = []
    }

    func run() throws -> Summary {
        var random = RandomSource(seed: seed)
        var names = NamePool()
        let manager = FileManager.default
        try manager.createDirectory(at: output.appendingPathComponent("docs"), withIntermediateDirectories: true)
        guard let expected = OutputStream(url: output.appendingPathComponent("expected.jsonl"), append: false) else {
            throw BenchError.cannotWrite(output.path)
        }
        expected.open()
        defer { expected.close() }
        var summary = Summary()
        var issuer = names.company(&random), attorneys = (0..<8).map { _ in names.person(&random).full }
        summary.issuers = 1
        var pool: [Insider] = []
        func writeQuery(_ insider: Insider) throws {
            guard let first = insider.events.first?.day, let last = insider.events.last?.day else { return }
            let day = first.adding(days: random.int(-30...(last.ordinal - first.ordinal + 400)))
            let answer = Self.expectedAttorneys(insider.events, on: day)
            let line: [String: Any] = ["grantor": insider.name.full, "on": day.description, "form": "4", "attorneys": answer.sorted()]
            let json = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) + Data("\n".utf8)
            _ = json.withUnsafeBytes { expected.write($0.bindMemory(to: UInt8.self).baseAddress!, maxLength: json.count) }
            summary.queries += 1
        }
        while summary.documents < documents {
            var insider: Insider
            var poolIndex: Int?
            if let size = insiders, pool.count >= size {
                poolIndex = random.int(0...(pool.count - 1))
                insider = pool[poolIndex!]
            } else {
                if random.chance(0.04) {
                    issuer = names.company(&random)
                    attorneys = (0..<8).map { _ in names.person(&random).full }
                    summary.issuers += 1
                }
                let name = names.person(&random)
                let subs = (0..<2).map { _ in names.person(&random).full }
                insider = Insider(name: name, issuer: issuer, attorneys: attorneys, subs: subs)
                summary.insiders += 1
            }
            // A returning insider's plan starts after their last event, a little later each time.
            let start = insider.events.last.map { $0.day.adding(days: random.int(7...120)) }
            let events = plan(
                &random, attorneys: insider.attorneys, subs: insider.subs, from: start, base: insider.events.count)
            // A pool's answers count only the events written; a single plan's, all of it.
            if insiders == nil { insider.events = events }
            for event in events where summary.documents < documents {
                if insiders != nil { insider.events.append(event) }
                let signedAs = random.chance(0.1) ? insider.name.short : insider.name.full
                let text = render(event, events: insider.events, grantor: signedAs, issuer: insider.issuer, random: &random)
                let folder = output.appendingPathComponent("docs/\(String(format: "%04d", summary.documents / 1000))")
                if summary.documents % 1000 == 0 { try manager.createDirectory(at: folder, withIntermediateDirectories: true) }
                let ext = text.hasPrefix("<HTML>") ? "htm" : "txt"
                let data = Data(text.utf8)
                try data.write(to: folder.appendingPathComponent(String(format: "%07d.\(ext)", summary.documents)))
                summary.documents += 1
                summary.bytes += data.count
            }
            if insiders == nil {
                if random.chance(0.2) { try writeQuery(insider) }
            } else if let poolIndex {
                pool[poolIndex] = insider
            } else {
                pool.append(insider)
            }
        }
        // With a pool, an insider's history grows until the end: their answers are known only then.
        if insiders != nil {
            for insider in pool where random.chance(0.2) { try writeQuery(insider) }
        }
        return summary
    }

    /// One insider's next events, in day order, from `start` (a random day when nil); a
    /// delegation's parent is its grant's index among all of the insider's events (`base` before these).
    private func plan(
        _ random: inout RandomSource, attorneys: [String], subs: [String], from start: Day?, base: Int
    ) -> [Event] {
        var events: [Event] = []
        var day = start ?? Day(ordinal: Day.parseISO("2003-01-01")!.ordinal + random.int(0...6000))
        for _ in 0..<random.int(1...3) {
            let family = random.pick(Family.allCases)
            let delegable = family == .nominate && random.chance(0.3)
            let named = Array(attorneys.shuffled(using: &random).prefix(random.int(1...4)))
            events.append(.grant(day: day, attorneys: named, family: family, delegable: delegable))
            let grantIndex = events.count - 1
            if random.chance(0.05) {
                // A second grant the same day: the later filing wins.
                events.append(.grant(day: day, attorneys: Array(attorneys.shuffled(using: &random).prefix(2)), family: .nominate, delegable: false))
            }
            if delegable, let delegator = named.first {
                events.append(
                    .delegation(
                        day: day.adding(days: random.int(1...20)), delegator: delegator,
                        attorneys: Array(subs.prefix(random.int(1...2))), parent: base + grantIndex))
            }
            day = day.adding(days: start == nil ? random.int(30...1500) : random.int(7...120))
        }
        if random.chance(0.05) { events.append(.revocation(day: day)) }
        // Built in day order (a delegation falls before the next grant), so indexes stay valid.
        return events
    }

    private func render(
        _ event: Event, events: [Event], grantor: String, issuer: String, random: inout RandomSource
    ) -> String {
        switch event {
        case .grant(let day, let attorneys, let family, let delegable):
            switch family {
            case .nominate: return Templates.nominate(grantor: grantor, issuer: issuer, attorneys: attorneys, day: day, delegable: delegable)
            case .knowAll: return Templates.knowAll(grantor: grantor, issuer: issuer, attorneys: attorneys, day: day)
            case .confirming: return Templates.confirming(grantor: grantor, issuer: issuer, attorneys: attorneys, day: day)
            case .html: return Templates.html(grantor: grantor, issuer: issuer, attorneys: attorneys, day: day)
            }
        case .delegation(let day, let delegator, let attorneys, let parent):
            return Templates.delegation(
                delegator: delegator, grantor: grantor, issuer: issuer, parentDay: events[parent].day,
                attorneys: attorneys, day: day)
        case .revocation(let day):
            return Templates.revocation(grantor: grantor, issuer: issuer, day: day)
        }
    }

    /// Who may sign Form 4 for the insider on `day`, straight from the plan: a grant lasts until a
    /// later superseding grant or a revocation; a delegation lasts while its parent does.
    static func expectedAttorneys(_ events: [Event], on day: Day) -> Set<String> {
        var result = Set<String>()
        func end(ofGrant index: Int) -> Day? {
            for later in events[(index + 1)...] {
                switch later {
                case .grant(let when, _, let family, _) where family.supersedes: return when
                case .revocation(let when): return when
                default: continue
                }
            }
            return nil
        }
        for (index, event) in events.enumerated() {
            switch event {
            case .grant(let start, let attorneys, _, _):
                if DayRange(from: start, until: end(ofGrant: index)).contains(day) { result.formUnion(attorneys) }
            case .delegation(let start, _, let attorneys, let parent):
                if DayRange(from: start, until: end(ofGrant: parent)).contains(day) { result.formUnion(attorneys) }
            case .revocation: break
            }
        }
        return result
    }
}

/// Benchmark failures, in words.
enum BenchError: Error, CustomStringConvertible {
    case cannotWrite(String)
    case missing(String)

    var description: String {
        switch self {
        case .cannotWrite(let path): return "cannot write \(path): check the folder and the free space"
        case .missing(let what): return "\(what) is missing: run poa-bench generate first"
        }
    }
}
