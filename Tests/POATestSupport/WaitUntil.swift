import Foundation

/// Waits until `condition` holds, for at most `timeout` seconds, and returns whether it held:
/// for a change that nothing announces (a file another process creates), looked at again every
/// millisecond. The deadline is generous: it is there so that a test fails instead of hanging,
/// not to give the change time to happen.
public func waitUntil(timeout: Double = 300, _ condition: () -> Bool) -> Bool {
    let deadline = Date(timeIntervalSinceNow: timeout)
    while !condition() {
        guard Date() < deadline else { return false }
        usleep(1_000)
    }
    return true
}
