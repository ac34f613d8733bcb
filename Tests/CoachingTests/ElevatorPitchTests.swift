import Testing
@testable import Coaching

@Suite struct ElevatorPitchTests {
    let thin = ElevatorPitch.Input(
        name: "Ada Lovelace", currentRole: "Senior Backend Engineer",
        achievements: ["Cut API latency by 60% for 2 million users", "Led the migration of 40 services to Kubernetes", "Mentored 5 engineers to promotion"],
        goal: "Build payment infrastructure at scale", yearsOfExperience: 8, targetRole: "Staff Engineer", targetCompany: "Stripe")

    var rich: ElevatorPitch.Input {
        var input = thin
        input.experience = "I lead the API platform team at a travel marketplace, where I own the booking and search services that 2 million people use every month, and I spend much of my week on design reviews, on-call health and coaching the newer engineers on the team."
        input.achievements = [
            "Cut API latency by 60% for 2 million users by profiling our hot paths, replacing an ORM layer with hand-tuned queries, and adding a read-through cache, which also lowered our database bill by a third",
            "Led the migration of 40 services to Kubernetes over nine months without a single customer-facing outage, writing the runbooks and pairing with every team on its first deploy",
            "Mentored 5 engineers to promotion by running a weekly design clinic, reviewing their proposals line by line, and giving each of them one visible project to own from start to finish",
            "Designed the idempotency keys and retry rules for our payment webhooks after a double-charge incident that hurt our biggest partner, then wrote the postmortem and the test suite that guards it, bringing duplicate charges from 300 a month to zero",
        ]
        input.whyCompany = "Stripe's API is the one I studied when I designed ours, and your work on reliability for millions of businesses is exactly the scale and craft I want to grow into."
        return input
    }

    @Test func aPitchFromEnoughOfTheCandidatesOwnWordsTakesTwoMinutes() throws {
        let pitch = try ElevatorPitch.generate(rich)
        #expect(pitch.sections.map(\.part) == ["hook", "experience", "achievements", "why_this_role", "close"])
        #expect(pitch.pitch.hasPrefix("Hi, I'm Ada Lovelace, a Senior Backend Engineer with 8 years of experience. I lead the API platform team"))
        #expect(pitch.targetWords == "260-320" && pitch.fitsTwoMinutes, "\(pitch.wordCount) words")
        #expect((104...128).contains(pitch.speakingTimeSeconds))
        #expect(pitch.wordCount == pitch.pitch.split(separator: " ").count)
        #expect(pitch.suggestions.isEmpty, "\(pitch.suggestions)")
    }

    @Test func aThinInputIsNotPaddedButToldWhatToAdd() throws {
        let pitch = try ElevatorPitch.generate(thin)
        #expect(!pitch.fitsTwoMinutes && pitch.wordCount < 120)
        #expect(pitch.pitch == "Hi, I'm Ada Lovelace, a Senior Backend Engineer with 8 years of experience. "
            + "A few things I'm proud of: cut API latency by 60% for 2 million users; led the migration of 40 services to Kubernetes; and mentored 5 engineers to promotion. "
            + "Next, I want to build payment infrastructure at scale, which is why the Staff Engineer role at Stripe excites me. "
            + "I'd love to hear what your team at Stripe is focused on this year.")
        let advice = try #require(pitch.suggestions.first { $0.contains("short of two minutes") })
        #expect(advice.hasPrefix("At \(pitch.wordCount) words (about \(pitch.speakingTimeSeconds) seconds) it is \(260 - pitch.wordCount) words short of two minutes; rather than filler, add "))
        #expect(advice.contains("what you do day to day (experience") && advice.contains("achievements 1, 2, 3") && advice.contains("why Stripe in particular"))
    }

    @Test func tooLongSaysByHowMuch() throws {
        var long = rich
        long.achievements.append("Rebuilt the search ranking pipeline in Rust, which halved the cost per query and let us serve three new markets in a quarter without any new hardware at all")
        long.experience = (long.experience ?? "") + " Before that I spent four years building trading systems at a bank, where latency was measured in microseconds."
        long.achievements.append("Started the engineering blog and wrote its first twelve posts, which brought in a third of last year's senior hires and two conference talks for the team")
        let pitch = try ElevatorPitch.generate(long)
        #expect(pitch.wordCount > 320 && pitch.suggestions.contains { $0.contains("words past two minutes: keep the three achievements most relevant") })
    }

    @Test("empty or absurd inputs are refused naming the field", arguments: [
        ("name", ElevatorPitch.Input(name: " ", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "Grow into a lead role")),
        ("key_achievements", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: [], goal: "Grow into a lead role")),
        ("key_achievements[1]", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use", "shipped a thing people use"], goal: "Grow into a lead role")),
        ("goal", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "aaaaaaaaaaaaaaaa")),
        ("key_achievements[0]", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["x"], goal: "Grow into a lead role")),
        ("years_of_experience", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "Grow into a lead role", yearsOfExperience: 99)),
        ("why_company", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "Grow into a lead role", whyCompany: "x")),
    ])
    func refused(field: String, input: ElevatorPitch.Input) {
        let error = #expect(throws: CoachingError.self) { _ = try ElevatorPitch.generate(input) }
        #expect(error?.field == field)
    }

    @Test func achievementsWithoutNumbersGetASuggestion() throws {
        var plain = thin
        plain.achievements = ["Improved the deploy process", "Wrote the onboarding guide"]
        let pitch = try ElevatorPitch.generate(plain)
        #expect(pitch.suggestions.contains("Add a number to achievement 1 (%, time, money or users) so its impact is concrete."))
        #expect(pitch.suggestions.contains { $0.contains("1 more achievement, each a small story") })
    }
}
