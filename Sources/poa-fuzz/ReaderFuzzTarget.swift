import Foundation
import POAReading

/// The fuzz target of the document reader: libFuzzer hands it byte strings, and each is read by
/// ``DocumentReader/read(_:)`` as one file. A trap, or an out-of-bounds access found by
/// AddressSanitizer, is a crash that libFuzzer saves; every verdict (`error` included) is a pass.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzzTarget(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = DocumentReader.read(bytes)
    return 0
}

/// The entry point. Built with `-sanitize=fuzzer,address -D FUZZING` (see `Scripts/fuzz`), it
/// hands the command line to libFuzzer's driver, which calls ``readerFuzzTarget(_:_:)`` with
/// each input it makes. Built without them (as `swift build` does), it replays saved inputs:
/// `poa-fuzz FILE...` reads each file as the fuzz target does and prints its verdict, so a crash
/// can be looked at in a debugger without the sanitizers.
@main
enum ReaderFuzzMain {
    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, readerFuzzTarget))
        #else
            replay(CommandLine.arguments.dropFirst())
        #endif
    }

    static func replay(_ paths: ArraySlice<String>) {
        if paths.isEmpty {
            print("usage: poa-fuzz FILE...   (reads each file as the fuzz target does; Scripts/fuzz runs the fuzzer)")
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot be read")
                continue
            }
            switch DocumentReader.read(Array(data)).verdict {
            case .poa(let instruments): print("\(path): poa, \(instruments.count) instrument(s)")
            case .notPOA(let reason): print("\(path): not-poa: \(reason)")
            case .needsReview(let reason, _): print("\(path): needs-review: \(reason)")
            case .error(let reason): print("\(path): error: \(reason)")
            }
        }
    }
}

#if FUZZING
    /// libFuzzer's driver (`int LLVMFuzzerRunDriver(int *, char ***, int (*)(const uint8_t *, size_t))`),
    /// linked in by `-sanitize=fuzzer`. Its arguments are pointers, passed alike by Swift's and C's
    /// calling conventions.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif
