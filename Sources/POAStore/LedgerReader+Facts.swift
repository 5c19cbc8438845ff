import GRDB
import POACore

extension LedgerReader {
    /// The verdicts stored for one signature, one per owner, in the owners' order.
    public func verdicts(ofSignature id: Int64) throws(StoreError) -> [StoredVerdict] {
        try fetch {
            try StoredVerdict.filter(Column("signature_id") == id).order(Column("owner_position")).fetchAll(db)
        }
    }
}
