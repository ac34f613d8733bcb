import Foundation
import GRDB

/// A job hunt's pipelines: jobs, their stages, debriefs, notes, contacts, offers, next actions
/// and the funnel. The only writer of `jobs`, `stages`, `debriefs`, `job_notes`, `contacts` and
/// `offers`.
public struct PipelineService: Service {
    public let core: ServiceCore

    public init(core: ServiceCore) {
        self.core = core
    }

    var pipelineCatalog: PipelineCatalog { core.pipelineCatalog }
}
