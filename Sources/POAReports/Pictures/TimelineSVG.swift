import POACore

/// Draws a ``TimelinePicture`` as a standalone SVG document: what a compliance lawyer would put
/// in a memo. Lanes are attorneys, each for one issuer; bars are coloured by path (direct or delegated), open bars
/// fade out at the right edge; dashed lines mark the days instruments ended; years on the axis.
public enum TimelineSVG {
    static let width = 1000.0
    static let labelWidth = 230.0
    static let laneHeight = 26.0
    static let top = 70.0
    static let colours: [TimelinePicture.Path: String] = [.direct: "#2b6cb0", .delegated: "#c77c0e"]
    static let markerColours: [TimelinePicture.Marker.Kind: String] = [
        .supersession: "#6b46c1", .revocation: "#c53030", .obligationsEnd: "#2f855a", .expiry: "#718096",
        .departure: "#b7791f", .grant: "#2d3748",
    ]

    public static func render(_ picture: TimelinePicture) -> String {
        let days = picture.lanes.flatMap { $0.bars.flatMap { [$0.from, $0.until ?? picture.today] } } + picture.markers.map(\.day)
        let first = (days.min() ?? picture.today).adding(days: -30)
        let last = max(days.max() ?? picture.today, first.adding(days: 365)).adding(days: 30)
        let span = Double(max(1, last.ordinal - first.ordinal))
        let plot = width - labelWidth - 20
        func x(_ day: Day) -> Double { labelWidth + plot * Double(day.ordinal - first.ordinal) / span }
        let height = top + Double(max(1, picture.lanes.count)) * laneHeight + 70

        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <title>\(escape(picture.title))</title>
            <defs><linearGradient id="open-direct"><stop offset="0.8" stop-color="\(colours[.direct]!)"/>\
            <stop offset="1" stop-color="\(colours[.direct]!)" stop-opacity="0.15"/></linearGradient>\
            <linearGradient id="open-delegated"><stop offset="0.8" stop-color="\(colours[.delegated]!)"/>\
            <stop offset="1" stop-color="\(colours[.delegated]!)" stop-opacity="0.15"/></linearGradient></defs>
            <rect width="100%" height="100%" fill="white"/>
            <text class="title" x="12" y="24" font-size="16" font-weight="bold">\(escape(picture.title))</text>

            """
        // Year ticks.
        let (firstYear, _, _) = first.components, (lastYear, _, _) = last.components
        let step = max(1, (lastYear - firstYear) / 12 + 1)
        for year in stride(from: firstYear + 1, through: lastYear, by: step) {
            guard let day = Day(year: year, month: 1, day: 1), day > first, day < last else { continue }
            let position = format(x(day))
            svg += "<line class=\"tick\" x1=\"\(position)\" y1=\"\(Int(top - 8))\" x2=\"\(position)\" y2=\"\(Int(height - 50))\" stroke=\"#e2e8f0\"/>\n"
            svg += "<text class=\"year\" x=\"\(position)\" y=\"\(Int(height - 36))\" text-anchor=\"middle\" fill=\"#4a5568\">\(year)</text>\n"
        }
        // Lanes and bars.
        for (index, lane) in picture.lanes.enumerated() {
            let y = top + Double(index) * laneHeight
            if index % 2 == 0 {
                svg += "<rect x=\"0\" y=\"\(format(y))\" width=\"\(Int(width))\" height=\"\(Int(laneHeight))\" fill=\"#f7fafc\"/>\n"
            }
            if let issuer = lane.issuer {
                // The attorney, and under it in small grey type the issuer the lane is for.
                svg += "<text class=\"lane\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.45))\" text-anchor=\"end\">\(escape(lane.attorney))</text>\n"
                svg += "<text class=\"issuer\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.88))\" text-anchor=\"end\" font-size=\"9\" fill=\"#4a5568\">\(escape(issuer))</text>\n"
            } else {
                svg += "<text class=\"lane\" x=\"\(Int(labelWidth - 8))\" y=\"\(format(y + laneHeight * 0.65))\" text-anchor=\"end\">\(escape(lane.attorney))</text>\n"
            }
            for bar in lane.bars {
                let start = x(bar.from), end = x(bar.until ?? last)
                let fill = bar.until == nil ? "url(#open-\(bar.path.rawValue))" : colours[bar.path]!
                let tip = "\(bar.label): \(bar.from) to \(bar.until?.description ?? "in force")"
                svg += "<rect class=\"bar \(bar.path.rawValue)\" x=\"\(format(start))\" y=\"\(format(y + 5))\" "
                    + "width=\"\(format(max(2, end - start)))\" height=\"\(Int(laneHeight - 10))\" rx=\"3\" fill=\"\(fill)\">"
                    + "<title>\(escape(tip))</title></rect>\n"
            }
        }
        // Markers at the days instruments ended.
        for marker in picture.markers.sorted(by: { $0.day < $1.day }) {
            let position = format(x(marker.day))
            let colour = markerColours[marker.kind] ?? "#2d3748"
            svg += "<line class=\"marker \(marker.kind.rawValue)\" x1=\"\(position)\" y1=\"\(Int(top - 14))\" x2=\"\(position)\" "
                + "y2=\"\(Int(height - 50))\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\"><title>\(escape("\(marker.day): \(marker.label)"))</title></line>\n"
            svg += "<text class=\"marker-day\" x=\"\(position)\" y=\"\(Int(top - 18))\" text-anchor=\"middle\" font-size=\"10\" fill=\"\(colour)\">\(marker.day)</text>\n"
        }
        // Legend.
        let legendY = Int(height - 14)
        svg += "<g class=\"legend\" font-size=\"11\">"
        var legendX = 12
        for (label, colour, dashed) in [
            ("direct grant", colours[.direct]!, false), ("by delegation", colours[.delegated]!, false),
            ("superseded", markerColours[.supersession]!, true), ("revoked", markerColours[.revocation]!, true),
            ("obligations ended", markerColours[.obligationsEnd]!, true),
        ] {
            svg += dashed
                ? "<line x1=\"\(legendX)\" y1=\"\(legendY - 4)\" x2=\"\(legendX + 14)\" y2=\"\(legendY - 4)\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\"/>"
                : "<rect x=\"\(legendX)\" y=\"\(legendY - 9)\" width=\"14\" height=\"10\" fill=\"\(colour)\"/>"
            svg += "<text x=\"\(legendX + 18)\" y=\"\(legendY)\">\(label)</text>"
            legendX += 30 + label.count * 6
        }
        svg += "</g>\n</svg>\n"
        return svg
    }

    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    /// Escapes text for XML content and attributes.
    static func escape(_ text: String) -> String {
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
                rows += "<tr><td>\(TimelineSVG.escape(lane.attorney))</td><td>\(TimelineSVG.escape(lane.issuer ?? ""))</td><td>\(bar.from)</td>"
                    + "<td>\(bar.until?.description ?? "in force")</td><td>\(bar.path.rawValue)</td>"
                    + "<td>\(TimelineSVG.escape(bar.label))</td></tr>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(TimelineSVG.escape(picture.title))</title>
            <style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#1a202c}
            table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #cbd5e0;padding:4px 8px;font-size:13px}
            th{background:#edf2f7;text-align:left}</style></head>
            <body>
            \(TimelineSVG.render(picture))
            <table><thead><tr><th>Attorney</th><th>Issuer</th><th>From</th><th>Until</th><th>Path</th><th>Through</th></tr></thead>
            <tbody>
            \(rows)</tbody></table>
            </body></html>

            """
    }
}
