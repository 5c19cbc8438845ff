import POACore
import Testing

@testable import POAStore

/// A set of forms is stored as its canonical names, comma-separated in the usual order, and
/// reads back as the same forms, whether or not it is one of the Section 16 lists read by lookup.
struct StoredFormListTests {
    /// Every non-empty subset of the Section 16 forms, in the usual order.
    static let section16Lists: [[Form]] = (1..<(1 << Form.section16.count)).map { subset in
        Form.section16.indices.filter { subset & (1 << $0) != 0 }.map { Form.section16[$0] }
    }

    @Test func everySection16ListReadsBackAsItsForms() {
        #expect(Self.section16Lists.count == 31)
        for forms in Self.section16Lists {
            #expect(Form.parseStoredList(Form.storedList(forms)) == forms)
        }
        #expect(Form.storedList([.id, .three, .four, .five, .f144]) == "ID,3,4,5,144")
    }

    @Test func otherListsReadBackToo() {
        let others: [[Form]] = [[], [.four, Form(rawValue: "13G")], [Form(rawValue: "8-K")], [.id, Form(rawValue: "SC 13D")]]
        for forms in others {
            #expect(Form.parseStoredList(Form.storedList(forms)) == forms)
        }
        // Out of the usual order is not a stored list, but it still reads as written.
        #expect(Form.parseStoredList("4,3") == [.four, .three])
    }
}
