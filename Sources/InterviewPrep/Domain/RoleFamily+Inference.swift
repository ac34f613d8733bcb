extension RoleFamily {
    /// The family a role title most likely belongs to, `other` when nothing matches.
    /// Checked most specific first: "Engineering Manager, Backend" is a manager role.
    public static func inferred(fromRole role: String) -> RoleFamily {
        let title = role.lowercased()
        let rules: [(RoleFamily, [String])] = [
            (.engineeringManager, ["engineering manager", "manager, engineering", "head of engineering", "director of engineering", "vp engineering", "vp of engineering"]),
            (.productManager, ["product manager", "product owner", "head of product"]),
            (.machineLearningEngineer, ["machine learning", "ml engineer", "ai engineer", "mlops", "data scientist", "research engineer"]),
            (.dataEngineer, ["data engineer", "analytics engineer", "etl", "data platform"]),
            (.sreDevops, ["site reliability", "sre", "devops", "platform engineer", "infrastructure", "cloud engineer"]),
            (.mobileEngineer, ["ios", "android", "mobile"]),
            (.fullStackEngineer, ["full stack", "full-stack", "fullstack"]),
            (.frontendEngineer, ["frontend", "front-end", "front end", "ui engineer", "web engineer"]),
            (.integrationEngineer, ["integration", "solutions engineer"]),
            (.backendEngineer, ["backend", "back-end", "back end", "server", "api engineer", "software engineer", "software developer"]),
        ]
        let words = Set(title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        // Phrases match anywhere; single words only as whole words ("sre" is not in "measures").
        func matches(_ keyword: String) -> Bool {
            keyword.contains(where: { !$0.isLetter }) ? title.contains(keyword) : words.contains(keyword)
        }
        return rules.first { _, keywords in keywords.contains(where: matches) }?.0 ?? .other
    }
}
