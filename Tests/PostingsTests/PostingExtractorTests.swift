import InterviewPrep
@testable import Postings
import Testing

@Suite struct HTMLTextTests {
    @Test func blocksBecomeLinesListsGetDashesAndScriptsVanish() {
        let html = """
            <div><h2>About&nbsp;us</h2><p>We build <b>payments</b> &amp; ledgers.</p><script>var x = "<p>no</p>";</script>
            <ul><li>Go</li><li>Postgres &#8211; 5 years</li></ul><!-- hidden --><style>p { color: red }</style><p>3% to 0.5% &#x2019;</p></div>
            """
        #expect(HTMLText.text(html) == "About us\n\nWe build payments & ledgers.\n\n- Go\n- Postgres – 5 years\n\n3% to 0.5% ’")
    }

    @Test func unknownEntitiesAndStrayAmpersandsStayAsTheyAre() {
        #expect(HTMLText.decodeEntities("R&D &bogus; &lt;tag&gt;") == "R&D &bogus; <tag>")
    }
}

@Suite struct PostingExtractorTests {
    @Test func aJSONLDJobPostingGivesTitleCompanyPlaceSalaryAndText() {
        let html = """
            <html><head><title>Careers</title><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "Organization", "name": "Ignored"},
             {"@type": "JobPosting", "title": "Senior Backend Engineer", "hiringOrganization": {"@type": "Organization", "name": "Acme"},
              "jobLocation": [{"@type": "Place", "address": {"addressLocality": "Berlin", "addressCountry": "DE"}}],
              "jobLocationType": "TELECOMMUTE", "description": "<p>Build APIs.</p><ul><li>Go</li></ul>",
              "baseSalary": {"@type": "MonetaryAmount", "currency": "eur", "value": {"@type": "QuantitativeValue", "minValue": 80000, "maxValue": 95000, "unitText": "YEAR"}}}]}
            </script></head><body>ignored</body></html>
            """
        let draft = PostingExtractor.extract(html: html)
        #expect(draft == PostingDraft(
            source: .jsonLD, title: "Senior Backend Engineer", company: "Acme", location: "Berlin, DE", remotePolicy: .remote,
            description: "Build APIs.\n\n- Go", salaryMin: 80_000, salaryMax: 95_000, salaryCurrency: "EUR"))
    }

    @Test func anEscapedDescriptionIsUnescapedBeforeItsTagsAreRead() {
        let draft = PostingExtractor.extract(html: """
            <script type="application/ld+json">{"@type": "JobPosting", "title": "SRE", "description": "&lt;p&gt;On call &amp;amp; calm&lt;/p&gt;"}</script>
            """)
        #expect(draft.description == "On call & calm")
    }

    @Test func monthlyPayBecomesYearlyAndHourlyPayIsLeftOut() {
        func salary(_ unit: String) -> PostingDraft {
            PostingExtractor.extract(html: """
                <script type="application/ld+json">{"@type": "JobPosting", "title": "SRE", "hiringOrganization": "Initech",
                "baseSalary": {"currency": "GBP", "value": {"value": 5000, "unitText": "\(unit)"}}}</script>
                """)
        }
        #expect(salary("MONTH").salaryMin == 60_000 && salary("MONTH").salaryCurrency == "GBP")
        #expect(salary("HOUR").salaryMin == nil && salary("HOUR").salaryCurrency == nil)
    }

    @Test func withoutJSONLDTheTitleMetaTagsAndMainTextAreUsed() {
        let html = """
            <html><head><title>Data Engineer - Globex | Careers</title><meta property="og:site_name" content="Globex">
            <meta property="og:title" content="Data Engineer &ndash; Globex"><meta name="description" content="Join us"></head>
            <body><nav>Home</nav><main><h1>Data Engineer</h1><p>Pipelines in Spark.</p></main></body></html>
            """
        let draft = PostingExtractor.extract(html: html)
        #expect(draft.source == .page && draft.title == "Data Engineer" && draft.company == "Globex")
        #expect(draft.description == "Data Engineer\n\nPipelines in Spark.")
    }

    @Test("a title names the role and company in the usual ways", arguments: [
        ("Staff Engineer at Hooli | Careers", "Staff Engineer", "Hooli"),
        ("Product Manager - Pied Piper", "Product Manager", "Pied Piper"),
    ])
    func titles(title: String, role: String, company: String) {
        let draft = PostingExtractor.extract(html: "<title>\(title)</title><body><p>x</p></body>")
        #expect(draft.title == role && draft.company == company)
    }

    @Test func attributesAreReadQuotedOrNot() {
        #expect(PostingExtractor.attributeValues(#" name='description' content="a \"b\"" data=x"#)["name"] == "description")
        #expect(PostingExtractor.attributeValues(" property=og:title content=Hello ")["content"] == "Hello")
    }
}
