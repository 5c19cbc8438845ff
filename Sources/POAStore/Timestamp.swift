import Foundation

/// Instants recorded in the ledger (`imported_at`, `applied_at`, `recorded_at`): ISO 8601, UTC, seconds.
public enum Timestamp {
    /// Now, as `YYYY-MM-DDTHH:MM:SSZ`.
    public static func now() -> String { iso(time(nil)) }

    /// `seconds` since 1970 as `YYYY-MM-DDTHH:MM:SSZ`. Written digit by digit into the string's
    /// own bytes: a date formatter per call costs more than recording a whole document, and
    /// string interpolation of padded numbers is markedly costlier too.
    static func iso(_ seconds: time_t) -> String {
        var seconds = seconds
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(unsafeUninitializedCapacity: 20) { bytes in
            func put(_ value: Int32, width: Int, at offset: Int) {
                var rest = value
                for index in (offset..<offset + width).reversed() {
                    bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(parts.tm_year + 1900, width: 4, at: 0)
            put(parts.tm_mon + 1, width: 2, at: 5)
            put(parts.tm_mday, width: 2, at: 8)
            put(parts.tm_hour, width: 2, at: 11)
            put(parts.tm_min, width: 2, at: 14)
            put(parts.tm_sec, width: 2, at: 17)
            for (offset, separator) in [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "Z")] as [(Int, Unicode.Scalar)] {
                bytes[offset] = UInt8(ascii: separator)
            }
            return 20
        }
    }
}
