import Foundation
import GRDB

/// Provenance of one instrument as stored: the lines of its document each fact was read from,
/// in one row, `{"grantor":[3,3],"executed_on":[41,41],...}` (a fact, then its first and last
/// line).
///
/// One row per instrument rather than one per fact: an import records seven facts' lines per
/// instrument on average, and seven indexed rows would be a marked cost of its writing. The
/// `instrument_source` view lists the same lines one row per fact (``InstrumentSource``), for
/// reports and for ``LedgerReader/sources(ofInstrument:)``.
public struct InstrumentProvenance: Hashable, Sendable, FetchableRecord, PersistableRecord {
    public var instrumentId: Int64
    /// The lines of each fact, in the order ``InstrumentSource/Fact`` declares the facts.
    public private(set) var sources: [InstrumentSource]

    /// The provenance of `instrumentId` from the lines of its facts; a fact given twice keeps
    /// its first lines.
    public init(instrumentId: Int64, sources: [(fact: InstrumentSource.Fact, lineStart: Int, lineEnd: Int)]) {
        self.instrumentId = instrumentId
        // One slot per fact, in declaration order: sorted and without repeats in one pass.
        let facts = InstrumentSource.Fact.allCases
        var slots = [(lineStart: Int, lineEnd: Int)?](repeating: nil, count: facts.count)
        for source in sources {
            let slot = facts.firstIndex(of: source.fact) ?? 0
            if slots[slot] == nil { slots[slot] = (source.lineStart, source.lineEnd) }
        }
        self.sources = []
        self.sources.reserveCapacity(sources.count)
        for (slot, lines) in slots.enumerated() {
            guard let lines else { continue }
            self.sources.append(
                InstrumentSource(instrumentId: instrumentId, fact: facts[slot], lineStart: lines.lineStart, lineEnd: lines.lineEnd))
        }
    }

    public static let databaseTableName = "instrument_provenance"

    /// The stored text: a JSON object of `[first, last]` line pairs by fact (fact names need no
    /// escaping). Written byte by byte: with string interpolation and `joined`, it would be a
    /// large share of the cost of recording an instrument's provenance.
    var lines: String {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        bytes.reserveCapacity(24 * sources.count + 2)
        for source in sources {
            if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: source.fact.rawValue.utf8)
            bytes.append(contentsOf: "\":[".utf8)
            Self.appendDecimal(source.lineStart, to: &bytes)
            bytes.append(UInt8(ascii: ","))
            Self.appendDecimal(source.lineEnd, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        }
        bytes.append(UInt8(ascii: "}"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Reads the stored text back; anything but an object of line pairs by known fact is refused.
    static func sources(instrumentId: Int64, lines: String) throws(StoreError)
        -> [(fact: InstrumentSource.Fact, lineStart: Int, lineEnd: Int)]
    {
        let object = try? JSONSerialization.jsonObject(with: Data(lines.utf8)) as? [String: [Int]]
        guard let object else {
            throw StoreError.readFailed(detail: "the provenance of instrument \(instrumentId) is not an object of line pairs: \(lines)")
        }
        return try object.map { key, pair throws(StoreError) in
            guard let fact = InstrumentSource.Fact(rawValue: key), pair.count == 2 else {
                throw StoreError.readFailed(detail: "the provenance of instrument \(instrumentId) holds \(key): \(pair)")
            }
            return (fact, pair[0], pair[1])
        }
    }
}

extension InstrumentProvenance: ColumnRecord {
    public static let columns = ["instrument_id", "lines"]
    public static let insertSQL = insertStatement()

    package init(columns: some ColumnSource) throws(StoreError) {
        let instrumentId: Int64 = try columns(0)
        let lines: String = try columns(1)
        self.init(instrumentId: instrumentId, sources: try Self.sources(instrumentId: instrumentId, lines: lines))
    }

    public init(row: Row) throws { try self.init(columns: RowColumns(row)) }

    public func encode(to container: inout PersistenceContainer) throws { encodeColumns(to: &container) }

    package func put(into sink: inout ColumnSink) {
        sink.put(instrumentId)
        sink.put(lines)
    }
}
