import POACore

/// An authority timeline to draw: one lane per attorney and issuer, bars over time, markers at the days
/// something ended. Plain data, so any query can fill it and any format can draw it.
public struct TimelinePicture: Sendable {
    /// How a bar's authority is held: directly under a grant, or through delegation.
    public enum Path: String, Sendable {
        case direct, delegated
    }

    public struct Bar: Sendable {
        public var from: Day
        /// Nil while still in force.
        public var until: Day?
        public var path: Path
        /// A short description: the forms and the chain of instruments.
        public var label: String
        /// Where the authority is written: the document and lines of the instrument that gives it.
        public var source: String?

        public init(from: Day, until: Day?, path: Path, label: String, source: String? = nil) {
            self.from = from
            self.until = until
            self.path = path
            self.label = label
            self.source = source
        }
    }

    /// One attorney's (or principal's) authority for one issuer.
    public struct Lane: Sendable {
        public var attorney: String
        /// The issuer the lane's authority is for, as a person reads it ("(issuer not read)").
        public var issuer: String?
        public var bars: [Bar]
        /// For a lane of authority held by delegation: the attorney who delegated it, whose lane
        /// it is drawn under.
        public var delegator: String?

        public init(attorney: String, issuer: String? = nil, bars: [Bar], delegator: String? = nil) {
            self.attorney = attorney
            self.issuer = issuer
            self.bars = bars
            self.delegator = delegator
        }
    }

    /// A day when an instrument stopped: a supersession, a revocation, an end of obligations.
    public struct Marker: Sendable {
        public enum Kind: String, Sendable {
            case supersession, revocation, obligationsEnd = "obligations-end", expiry, departure, grant
        }

        public var day: Day
        public var kind: Kind
        public var label: String

        public init(day: Day, kind: Kind, label: String) {
            self.day = day
            self.kind = kind
            self.label = label
        }
    }

    public var title: String
    /// What the picture is of, under the title: the issuers, the day it is as of, the ledger.
    public var subtitle: String?
    public var lanes: [Lane]
    public var markers: [Marker]
    /// The day the picture is drawn as of: bars still in force end here, and a line marks it.
    public var today: Day

    public init(title: String, subtitle: String? = nil, lanes: [Lane], markers: [Marker], today: Day) {
        self.title = title
        self.subtitle = subtitle
        self.lanes = lanes
        self.markers = markers
        self.today = today
    }
}
