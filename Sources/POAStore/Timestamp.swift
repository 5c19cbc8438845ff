import Foundation

/// Instants recorded in the ledger (`imported_at`, `applied_at`, `recorded_at`): ISO 8601, UTC, seconds.
public enum Timestamp {
    public static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}
