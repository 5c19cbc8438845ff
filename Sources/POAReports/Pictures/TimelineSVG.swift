import POACore

/// Draws a ``TimelinePicture`` as a standalone SVG document: what a compliance lawyer would put
/// in a memo. Lanes are attorneys, each for one issuer, a delegate's lane under its delegator's;
/// bars are coloured by path (direct or delegated) and labelled with their first and last days;
/// authority still in force is drawn solid up to the day the picture is as of, which a line
/// marks; a gap between two bars of a lane (no authority held) is drawn as a dotted line; dashed
/// lines mark the days instruments ended; the legend lists only what the picture shows.
public enum TimelineSVG {
    static let width = 1000.0
    /// The narrowest room for lane labels; wider when a label needs it (up to ``widestLabels``).
    static let labelWidth = 230.0
    static let widestLabels = 420.0
    static let laneHeight = 34.0
    static let top = 86.0
    static let colours: [TimelinePicture.Path: String] = [.direct: "#2b6cb0", .delegated: "#c77c0e"]
    static let markerColours: [TimelinePicture.Marker.Kind: String] = [
        .supersession: "#6b46c1", .revocation: "#c53030", .obligationsEnd: "#2f855a", .expiry: "#718096",
        .departure: "#b7791f", .grant: "#2d3748",
    ]
    static let markerLabels: [TimelinePicture.Marker.Kind: String] = [
        .supersession: "superseded", .revocation: "revoked", .obligationsEnd: "obligations ended", .expiry: "expired",
        .departure: "attorney left", .grant: "granted",
    ]
    static let todayColour = "#1a202c"

    public static func render(_ picture: TimelinePicture) -> String {
        let bars = picture.lanes.flatMap(\.bars)
        let days = bars.flatMap { [$0.from, $0.until ?? picture.today] } + picture.markers.map(\.day) + [picture.today]
        // The axis starts before the first bar's start and ends after today.
        let first = (days.min() ?? picture.today).adding(days: -30)
        let last = max(days.max() ?? picture.today, first.adding(days: 365)).adding(days: 30)
        let span = Double(max(1, last.ordinal - first.ordinal))
        // Room for the longest lane label: about 6.6 points a letter at 12 points, 5 at 9.
        let labelWidth = min(
            widestLabels,
            picture.lanes.reduce(Self.labelWidth) { room, lane in
                max(room, Double(lane.attorney.count + 2) * 6.6 + 16, Double(subtitle(of: lane).count) * 5 + 16)
            })
        let plot = width - labelWidth - 20
        func x(_ day: Day) -> Double { labelWidth + plot * Double(day.ordinal - first.ordinal) / span }
        let height = top + Double(max(1, picture.lanes.count)) * laneHeight + 70

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title>\(escape(picture.title))</title>
            <rect width="100%" height="100%" fill="white"/>
            <text class="title" x="12" y="24" font-size="16" font-weight="bold">\(escape(picture.title))</text>

            """
        if let subtitle = picture.subtitle {
            svg += "<text class=\"subtitle\" x=\"12\" y=\"42\" font-size=\"11\" fill=\"#4a5568\">\(escape(subtitle))</text>\n"
        }
        // Year ticks: every first of January on the axis, the axis's first year included.
        let (firstYear, _, _) = first.components, (lastYear, _, _) = last.components
        let step = max(1, (lastYear - firstYear) / 12 + 1)
        for year in stride(from: firstYear, through: lastYear, by: step) {
            guard let day = Day(year: year, month: 1, day: 1) else { continue }
            let tick = max(day, first)
            guard tick < last else { continue }
            let position = format(x(tick))
            svg += "<line class=\"tick\" x1=\"\(position)\" y1=\"\(Int(top - 8))\" x2=\"\(position)\" y2=\"\(Int(height - 50))\" stroke=\"#e2e8f0\"/>\n"
            svg += "<text class=\"year\" x=\"\(position)\" y=\"\(Int(height - 36))\" text-anchor=\"middle\" fill=\"#4a5568\">\(year)</text>\n"
        }
        // Lanes and bars.
        for (index, lane) in picture.lanes.enumerated() {
            let y = top + Double(index) * laneHeight
            if index % 2 == 0 {
                svg += "<rect x=\"0\" y=\"\(format(y))\" width=\"\(Int(width))\" height=\"\(Int(laneHeight))\" fill=\"#f7fafc\"/>\n"
            }
            // A delegate's name is indented under its delegator's, with the link said.
            let name = lane.delegator == nil ? lane.attorney : "\u{21B3} \(lane.attorney)"
            let under = subtitle(of: lane)
            if under.isEmpty {
                svg += "<text class=\"lane\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.6))\" text-anchor=\"end\">\(escape(name))</text>\n"
            } else {
                svg += "<text class=\"lane\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.42))\" text-anchor=\"end\">\(escape(name))</text>\n"
                svg += "<text class=\"issuer\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.8))\" text-anchor=\"end\" font-size=\"9\" fill=\"#4a5568\">\(escape(under))</text>\n"
            }
            let ordered = lane.bars.sorted { $0.from < $1.from }
            // Where the lane's last day label drawn ends: a label that would run into it is left
            // out (a short bar keeps its first day; the tooltip has both).
            var labelledUntil = -Double.infinity
            for (position, bar) in ordered.enumerated() {
                let end = bar.until ?? picture.today
                let start = x(bar.from), stop = x(max(end, bar.from))
                let tip = "\(bar.label): \(bar.from) to \(bar.until?.description ?? "in force on \(picture.today)")"
                    + (bar.source.map { " (\($0))" } ?? "")
                svg += "<rect class=\"bar \(bar.path.rawValue)\(bar.until == nil ? " open" : "")\" x=\"\(format(start))\" y=\"\(format(y + 6))\" "
                    + "width=\"\(format(max(2, stop - start)))\" height=\"\(Int(laneHeight - 20))\" rx=\"3\" fill=\"\(colours[bar.path]!)\">"
                    + "<title>\(escape(tip))</title></rect>\n"
                // Its first and last days, under the bar, where they fit.
                let startLabel = bar.from.description
                if start >= labelledUntil + labelGap {
                    svg += "<text class=\"bar-day\" x=\"\(format(start))\" y=\"\(format(y + laneHeight - 3))\" font-size=\"8\" fill=\"#4a5568\">\(startLabel)</text>\n"
                    labelledUntil = start + textWidth(startLabel, fontSize: 8)
                }
                let endLabel = bar.until?.description ?? "in force"
                if stop - textWidth(endLabel, fontSize: 8) >= labelledUntil + labelGap {
                    svg += "<text class=\"bar-day\" x=\"\(format(stop))\" y=\"\(format(y + laneHeight - 3))\" font-size=\"8\" text-anchor=\"end\" fill=\"#4a5568\">\(endLabel)</text>\n"
                    labelledUntil = stop
                }
                // A gap before the next bar: days without authority.
                if position + 1 < ordered.count, let until = bar.until, until < ordered[position + 1].from {
                    let gapStart = x(until), gapEnd = x(ordered[position + 1].from)
                    svg += "<line class=\"gap\" x1=\"\(format(gapStart))\" y1=\"\(format(y + laneHeight / 2 - 4))\" x2=\"\(format(gapEnd))\" "
                        + "y2=\"\(format(y + laneHeight / 2 - 4))\" stroke=\"#a0aec0\" stroke-dasharray=\"1 3\">"
                        + "<title>\(escape("no authority from \(until) to \(ordered[position + 1].from)"))</title></line>\n"
                }
            }
        }
        // Markers at the days instruments ended; a day is written above its marker unless it
        // would run into the day written before it (the marker's tooltip has it).
        var markedUntil = -Double.infinity
        for marker in picture.markers.sorted(by: { $0.day < $1.day }) {
            let position = format(x(marker.day))
            let colour = markerColours[marker.kind] ?? "#2d3748"
            svg += "<line class=\"marker \(marker.kind.rawValue)\" x1=\"\(position)\" y1=\"\(Int(top - 14))\" x2=\"\(position)\" "
                + "y2=\"\(Int(height - 50))\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\"><title>\(escape("\(marker.day): \(marker.label)"))</title></line>\n"
            let half = textWidth(marker.day.description, fontSize: 10) / 2
            if x(marker.day) - half >= markedUntil + labelGap {
                svg += "<text class=\"marker-day\" x=\"\(position)\" y=\"\(Int(top - 18))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(colour)\">\(marker.day)</text>\n"
                markedUntil = x(marker.day) + half
            }
        }
        // The day the picture is as of.
        let now = format(x(picture.today))
        svg += "<line class=\"today\" x1=\"\(now)\" y1=\"\(Int(top - 4))\" x2=\"\(now)\" y2=\"\(Int(height - 50))\" stroke=\"\(todayColour)\" stroke-width=\"1.5\"/>\n"
        svg += "<text class=\"today-label\" x=\"\(now)\" y=\"\(Int(height - 52))\" text-anchor=\"end\" font-size=\"10\" fill=\"\(todayColour)\">as of \(picture.today) </text>\n"
        // Legend: only what the picture shows.
        let legendY = Int(height - 14)
        svg += "<g class=\"legend\" font-size=\"11\">"
        var legendX = 12
        var entries: [(String, String, Bool)] = []
        if bars.contains(where: { $0.path == .direct }) { entries.append(("direct grant", colours[.direct]!, false)) }
        if bars.contains(where: { $0.path == .delegated }) { entries.append(("by delegation", colours[.delegated]!, false)) }
        for kind in [TimelinePicture.Marker.Kind.supersession, .revocation, .obligationsEnd, .expiry, .departure, .grant]
        where picture.markers.contains(where: { $0.kind == kind }) {
            entries.append((markerLabels[kind] ?? kind.rawValue, markerColours[kind] ?? "#2d3748", true))
        }
        for (label, colour, dashed) in entries {
            svg += dashed
                ? "<line x1=\"\(legendX)\" y1=\"\(legendY - 4)\" x2=\"\(legendX + 14)\" y2=\"\(legendY - 4)\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\"/>"
                : "<rect x=\"\(legendX)\" y=\"\(legendY - 9)\" width=\"14\" height=\"10\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(legendX + 18)\" y=\"\(legendY)\">\(label)</text>"
            legendX += 30 + label.count * 6
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    /// The room left between two labels on one line.
    static let labelGap = 3.0

    /// The width `text` takes at `fontSize`: an upper estimate for dates and short words (digits
    /// are about 0.55 em wide in the sans-serif fonts viewers use), enough to keep labels apart.
    static func textWidth(_ text: String, fontSize: Double) -> Double { Double(text.count) * fontSize * 0.6 }

    /// The small line under a lane's name: from whom it is delegated, and the issuer.
    static func subtitle(of lane: TimelinePicture.Lane) -> String {
        [lane.delegator.map { "from \($0)" }, lane.issuer].compactMap { $0 }.joined(separator: " \u{B7} ")
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Escapes text for XML content and attributes.
    /// `text` safe inside HTML or SVG text and attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// Wraps the SVG timeline in a standalone HTML page, with the intervals as a table below it.
public enum TimelineHTML {
    public static func render(_ picture: TimelinePicture) -> String {
        var rows = ""
        for lane in picture.lanes {
            for bar in lane.bars {
                rows += "<tr><td>\(TimelineSVG.escape(lane.attorney))</td><td>\(TimelineSVG.escape(lane.issuer ?? ""))</td><td class=\"day\">\(bar.from)</td>"
                    + "<td class=\"day\">\(bar.until?.description ?? "in force")</td><td>\(bar.path.rawValue)</td>"
                    + "<td>\(TimelineSVG.escape(bar.label))</td><td>\(TimelineSVG.escape(bar.source ?? ""))</td></tr>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(TimelineSVG.escape(picture.title))</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#1a202c}
            table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #cbd5e0;padding:4px 8px;font-size:13px}
            th{background:#edf2f7;text-align:left}td.day{white-space:nowrap}</style></head>
            <body>
            \(TimelineSVG.render(picture))
            <table><thead><tr><th>Attorney</th><th>Issuer</th><th>From</th><th>Until</th><th>Path</th><th>Through</th><th>Document and lines</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            </body></html>

            """
    }
}
