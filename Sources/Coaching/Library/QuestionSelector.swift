/// Picks questions deterministically: the same inputs always give the same questions in the same
/// order, while different inputs shuffle differently (a stable hash of the inputs and each id).
/// With `focus` (the skills a job's description asks for), the questions exercising more of those
/// skills come first; ties keep the stable order.
public enum QuestionSelector {
    public static func select(
        from bank: QuestionBank, category: String? = nil, difficulty: String? = nil, count: Int,
        excluding excluded: Set<String> = [], seed: String = "", focus: Set<String> = [], skills: SkillMatcher? = nil
    ) -> [Question] {
        bank.questions
            .filter { category == nil || $0.category == category }
            .filter { difficulty == nil || $0.difficulty == difficulty }
            .filter { !excluded.contains($0.id) }
            .map { question in
                let matched = focus.isEmpty ? 0 : skills.map { $0.skills(of: question).intersection(focus).count } ?? 0
                return (question: question, matched: matched, rank: fnv1a("\(seed)|\(bank.roleFamily)|\(category ?? "")|\(difficulty ?? "")|\(question.id)"))
            }
            .sorted { (-$0.matched, $0.rank, $0.question.id) < (-$1.matched, $1.rank, $1.question.id) }
            .prefix(count)
            .map(\.question)
    }

    /// 64-bit FNV-1a: stable across runs and platforms (unlike `Hasher`).
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }
}
