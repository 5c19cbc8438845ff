import Foundation

/// Instants recorded in the ledger (`imported_at`, `applied_at`, `recorded_at`): ISO 8601, UTC, seconds.
public enum Timestamp {
    /// Now, as `YYYY-MM-DDTHH:MM:SSZ`. Formatted by hand: a date formatter per call costs more
    /// than recording a whole document.
    public static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
            + "\(pad(parts.tm_hour, 2)):\(pad(parts.tm_min, 2)):\(pad(parts.tm_sec, 2))Z"
    }
}
