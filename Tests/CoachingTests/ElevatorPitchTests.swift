import Testing
@testable import Coaching

@Suite struct ElevatorPitchTests {
    let input = ElevatorPitch.Input(
        name: "Ada Lovelace", currentRole: "Senior Backend Engineer",
        achievements: ["Cut API latency by 60% for 2 million users", "Led the migration of 40 services to Kubernetes", "Mentored 5 engineers to promotion"],
        goal: "Build payment infrastructure at scale", yearsOfExperience: 8, targetRole: "Staff Engineer", targetCompany: "Stripe")

    @Test func aPitchHasItsFiveSectionsAndFitsInTwoMinutes() throws {
        let pitch = try ElevatorPitch.generate(input)
        #expect(pitch.sections.map(\.part) == ["hook", "experience", "achievements", "why_this_role", "close"])
        #expect(pitch.pitch.hasPrefix("Hi, I'm Ada Lovelace, a Senior Backend Engineer with 8 years of experience."))
        #expect(pitch.pitch.contains("cut API latency by 60% for 2 million users; led the migration of 40 services to Kubernetes; and mentored 5 engineers to promotion."))
        #expect(pitch.pitch.contains("the Staff Engineer role at Stripe excites me"))
        #expect(pitch.wordCount == pitch.pitch.split(separator: " ").count)
        #expect(pitch.speakingTimeSeconds <= 120)
        #expect(pitch.suggestions.isEmpty)
    }

    @Test("empty or absurd inputs are refused naming the field", arguments: [
        ("name", ElevatorPitch.Input(name: " ", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "Grow into a lead role")),
        ("key_achievements", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: [], goal: "Grow into a lead role")),
        ("key_achievements[1]", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use", "shipped a thing people use"], goal: "Grow into a lead role")),
        ("goal", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "aaaaaaaaaaaaaaaa")),
        ("key_achievements[0]", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["x"], goal: "Grow into a lead role")),
        ("years_of_experience", ElevatorPitch.Input(name: "Ada", currentRole: "Engineer", achievements: ["Shipped a thing people use"], goal: "Grow into a lead role", yearsOfExperience: 99)),
    ])
    func refused(field: String, input: ElevatorPitch.Input) {
        let error = #expect(throws: CoachingError.self) { _ = try ElevatorPitch.generate(input) }
        #expect(error?.field == field)
    }

    @Test func achievementsWithoutNumbersGetASuggestion() throws {
        var plain = input
        plain.achievements = ["Improved the deploy process", "Wrote the onboarding guide"]
        let pitch = try ElevatorPitch.generate(plain)
        #expect(pitch.suggestions.contains("Add a number to achievement 1 (%, time, money or users) so its impact is concrete."))
        #expect(pitch.suggestions.contains { $0.contains("Three or four achievements") })
    }
}
