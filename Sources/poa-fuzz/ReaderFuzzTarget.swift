import Foundation
import POAImport

/// The fuzz target of the document reader: libFuzzer hands it byte strings, and each is read by
/// ``DocumentReader/read(_:)`` as one file. A trap, an out-of-bounds access or a leak found by
/// AddressSanitizer is a crash that libFuzzer saves; every verdict (`error` included) is a pass.
///
/// Built with `-sanitize=fuzzer,address -parse-as-library -D FUZZING` (see `Scripts/fuzz`),
/// libFuzzer supplies `main`. Built without them (as `swift build` does), ``ReaderReplay``
/// is the entry point instead, reading the files it is given as the fuzzer would, so a saved
/// crash can be replayed in a debugger without the sanitizers.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = DocumentReader.read(bytes)
    return 0
}

#if !FUZZING
    /// Replays inputs without libFuzzer: `poa-fuzz FILE...` reads each file as the fuzz target
    /// does and prints its verdict.
    @main
    enum ReaderReplay {
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            if paths.isEmpty {
                print("usage: poa-fuzz FILE...   (reads each file as the fuzz target does; see Scripts/fuzz)")
            }
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    print("\(path): cannot be read")
                    continue
                }
                let extraction = DocumentReader.read(Array(data))
                switch extraction.verdict {
                case .poa(let instruments): print("\(path): poa, \(instruments.count) instrument(s)")
                case .notPOA(let reason): print("\(path): not-poa: \(reason)")
                case .needsReview(let reason, _): print("\(path): needs-review: \(reason)")
                case .error(let reason): print("\(path): error: \(reason)")
                }
            }
        }
    }
#endif
