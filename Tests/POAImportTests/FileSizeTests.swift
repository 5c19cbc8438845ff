import Testing

@testable import POAImport

struct FileSizeTests {
    @Test(arguments: [
        ("33554432", 33_554_432), ("100B", 100), ("512K", 512 << 10), ("512k", 512 << 10), ("64M", 64 << 20),
        ("64MB", 64 << 20), ("64MiB", 64 << 20), ("64mib", 64 << 20), ("1G", 1 << 30), ("1.5G", 3 << 29),
        ("2T", 2 << 40), ("0.5K", 512),
    ])
    func sizesAreWrittenInBytesOrInPowersOf1024(_ text: String, _ bytes: Int) {
        #expect(FileSize(parsing: text)?.bytes == bytes)
    }

    @Test(arguments: ["", "0", "0M", "M", "1.5", "1.", ".5M", "-1", "+1", "1 M", "12X", "1Pi", "1i", "1BB", "1e9", "99999999999T"])
    func anythingElseIsNoSize(_ text: String) {
        #expect(FileSize(parsing: text) == nil)
    }

    @Test func aSizeIsShownInItsLargestUnit() {
        #expect(FileSize(bytes: 1).description == "1 byte")
        #expect(FileSize(bytes: 1023).description == "1023 bytes")
        #expect(FileSize(bytes: 32 << 20).description == "32 MiB")
        #expect(FileSize(bytes: 209_715_200).description == "200 MiB")
        #expect(FileSize(bytes: 209_715_201).description == "200.0 MiB")
        #expect(FileSize(bytes: 3 << 29).description == "1.5 GiB")
    }

    @Test func aSizeIsWrittenBackAsAnArgumentThatReadsTheSame() {
        for bytes in [1, 1000, 1024, 32 << 20, 3 << 29, 1 << 40] {
            let size = FileSize(bytes: bytes)
            #expect(FileSize(parsing: size.argument) == size, "\(size.argument)")
        }
        #expect(FileSize(bytes: 32 << 20).argument == "32M")
    }

    @Test func theSuggestedLimitIsThePowerOfTwoMiBAboveTheFile() {
        #expect(FileSize(bytes: 10).roundedUpToAPowerOfTwoMiB.argument == "1M")
        #expect(FileSize(bytes: 33 << 20).roundedUpToAPowerOfTwoMiB.argument == "64M")
        #expect(FileSize(bytes: 64 << 20).roundedUpToAPowerOfTwoMiB.argument == "64M")
        #expect(FileSize(bytes: 200 << 20).roundedUpToAPowerOfTwoMiB.argument == "256M")
    }
}
