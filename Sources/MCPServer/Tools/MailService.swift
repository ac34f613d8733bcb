import Foundation
import InterviewPrep
import Mail

/// What the email and calendar tools need: templates, settings and, when SMTP is configured, a client.
public struct MailService: Sendable {
    public let composer: EmailComposer
    public let client: SMTPClient?
    /// Why mail settings could not be loaded, shown when a tool tries to send.
    public let problem: String?

    public init(composer: EmailComposer, client: SMTPClient?, problem: String? = nil) {
        self.composer = composer
        self.client = client
        self.problem = problem
    }

    /// Wires mail from the data files and the configuration folder; a bad SMTP setting disables
    /// sending (with its reason) but not drafting.
    public static func load(
        dataFiles: DataFiles, configFile: URL, core: ServiceCore,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(MailError) -> MailService {
        var settings = MailSettings(smtp: nil, candidateEmail: nil, candidateName: nil)
        var problem: String?
        do {
            settings = try MailSettings.load(configFile: configFile, environment: environment)
        } catch {
            problem = error.description
        }
        let composer = EmailComposer(files: dataFiles, settings: settings, catalog: core.catalog, checklists: core.checklists)
        return MailService(composer: composer, client: try settings.smtp.map { (smtp) throws(MailError) in try SMTPClient(configuration: smtp) }, problem: problem)
    }
}
