import Coaching
import Mail

extension Runtime {
    /// Email drafting and sending, set up from the configuration file and the environment (a bad
    /// SMTP setting disables sending, with its reason, but not drafting).
    public func mail() throws(MailError) -> MailService {
        try MailService.load(dataFiles: dataFiles, configFile: paths.configFile, core: services.core)
    }

    /// The coaching content (question banks, tips, templates) from the data files.
    public func coaching() -> CoachingService {
        CoachingService(files: dataFiles, interviews: services.interviews)
    }
}
