import InterviewPrep

/// A bar chart drawn on the server as SVG: no script, no library, colours from the stylesheet
/// (classes), every label escaped. Bars are labelled with their values for screen readers and
/// for anyone who would rather read the numbers.
struct BarChart {
    struct Bar {
        var label: String
        var value: Int
    }

    var title: String
    var bars: [Bar]

    /// The chart as an `<svg>` element, `width` user units wide.
    func svg(width: Int = 640) -> String {
        let rowHeight = 28, labelWidth = 170, valueWidth = 48
        let height = max(1, bars.count) * rowHeight + 8
        let largest = max(1, bars.map(\.value).max() ?? 1)
        let room = width - labelWidth - valueWidth
        var out = #"<svg class="chart" viewBox="0 0 \#(width) \#(height)" role="img" aria-label="\#(HTMLEscaping.escape(title))">"#
        out += "<title>\(HTMLEscaping.escape(title))</title>"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 4
            let length = bar.value == 0 ? 0 : max(2, room * bar.value / largest)
            out += #"<text class="chart-label" x="\#(labelWidth - 8)" y="\#(y + 18)" text-anchor="end">\#(HTMLEscaping.escape(bar.label))</text>"#
            out += #"<rect class="chart-bar" x="\#(labelWidth)" y="\#(y + 4)" width="\#(length)" height="\#(rowHeight - 10)" rx="3"></rect>"#
            out += #"<text class="chart-value" x="\#(labelWidth + length + 6)" y="\#(y + 18)">\#(bar.value)</text>"#
        }
        if bars.isEmpty {
            out += #"<text class="chart-label" x="8" y="20">Nothing to show yet</text>"#
        }
        return out + "</svg>"
    }
}
