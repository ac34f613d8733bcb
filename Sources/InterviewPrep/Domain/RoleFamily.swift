/// The family of roles a job belongs to; selects question banks and pipeline templates.
public enum RoleFamily: String, Codable, Sendable, CaseIterable, Hashable {
    case backendEngineer = "backend_engineer"
    case frontendEngineer = "frontend_engineer"
    case fullStackEngineer = "full_stack_engineer"
    case mobileEngineer = "mobile_engineer"
    case dataEngineer = "data_engineer"
    case machineLearningEngineer = "machine_learning_engineer"
    case sreDevops = "sre_devops"
    case integrationEngineer = "integration_engineer"
    case engineeringManager = "engineering_manager"
    case productManager = "product_manager"
    case other

}
