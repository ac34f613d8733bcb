import GRDB

/// The schema, one migration per change. A migration is never edited once shipped:
/// add a new one instead. Migrations use SQL, never app types.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: jobs, interviews, append-only events") { db in
            try db.execute(sql: """
                CREATE TABLE jobs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    company TEXT NOT NULL CHECK (length(trim(company)) > 0),
                    role TEXT NOT NULL CHECK (length(trim(role)) > 0),
                    role_family TEXT NOT NULL,
                    url TEXT,
                    notes TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX jobs_by_company_role ON jobs (company COLLATE NOCASE, role COLLATE NOCASE);

                CREATE TABLE interviews (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES jobs(id),
                    type TEXT NOT NULL,
                    start_at DATETIME NOT NULL,
                    time_zone TEXT NOT NULL,
                    duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
                    interviewer_name TEXT,
                    interviewer_email TEXT,
                    location TEXT,
                    status TEXT NOT NULL,
                    notes TEXT,
                    feedback TEXT,
                    prep_notes TEXT,
                    preparation_complete BOOLEAN NOT NULL DEFAULT 0,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX interviews_by_start ON interviews (start_at, id);
                CREATE INDEX interviews_by_job ON interviews (job_id, start_at);
                CREATE INDEX interviews_by_status ON interviews (status, start_at);

                CREATE TABLE events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    occurred_at DATETIME NOT NULL,
                    actor TEXT NOT NULL,
                    subject_type TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    type TEXT NOT NULL,
                    payload TEXT NOT NULL CHECK (json_valid(payload))
                );
                CREATE INDEX events_by_subject ON events (subject_type, subject_id, id);
                CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
                BEGIN SELECT RAISE(ABORT, 'events are append-only: updates are not allowed'); END;
                CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
                BEGIN SELECT RAISE(ABORT, 'events are append-only: deletes are not allowed'); END;
                """)
        }
        migrator.registerMigration("v2: reminders and the outbox") { db in
            try db.execute(sql: """
                ALTER TABLE interviews ADD COLUMN reminder_hours TEXT CHECK (reminder_hours IS NULL OR json_valid(reminder_hours));

                CREATE TABLE reminders (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    interview_id INTEGER NOT NULL REFERENCES interviews(id),
                    hours_before INTEGER NOT NULL,
                    due_at DATETIME NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at DATETIME,
                    claimed_by TEXT,
                    claimed_at DATETIME,
                    last_error TEXT,
                    note TEXT,
                    message_id TEXT,
                    sent_at DATETIME,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX reminders_by_status_due ON reminders (status, due_at);
                CREATE INDEX reminders_by_interview ON reminders (interview_id, due_at);

                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    message_id TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    interview_id INTEGER REFERENCES interviews(id),
                    reminder_id INTEGER REFERENCES reminders(id),
                    recipients TEXT NOT NULL CHECK (json_valid(recipients)),
                    subject TEXT NOT NULL,
                    status TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    sent_at DATETIME
                );
                CREATE INDEX outbox_by_reminder ON outbox (reminder_id);
                """)
        }
        migrator.registerMigration("v3: prep checklist progress") { db in
            try db.execute(sql: """
                CREATE TABLE checklist_progress (
                    interview_id INTEGER NOT NULL REFERENCES interviews(id),
                    item TEXT NOT NULL,
                    done BOOLEAN NOT NULL,
                    updated_at DATETIME NOT NULL,
                    PRIMARY KEY (interview_id, item)
                );
                """)
        }
        migrator.registerMigration("v4: job pipelines, stages and debriefs") { db in
            try db.execute(sql: """
                ALTER TABLE jobs ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
                ALTER TABLE jobs ADD COLUMN source TEXT;
                ALTER TABLE interviews ADD COLUMN stage_id INTEGER REFERENCES stages(id);

                CREATE TABLE stages (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES jobs(id),
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    deadline DATETIME,
                    status TEXT NOT NULL,
                    completed_at DATETIME,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX stages_by_job ON stages (job_id, position);
                CREATE INDEX interviews_by_stage ON interviews (stage_id);

                CREATE TABLE debriefs (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    interview_id INTEGER NOT NULL UNIQUE REFERENCES interviews(id),
                    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 10),
                    traits TEXT NOT NULL CHECK (json_valid(traits)),
                    outcome TEXT NOT NULL,
                    went_well TEXT,
                    to_improve TEXT,
                    questions_asked TEXT,
                    feedback_received TEXT,
                    created_at DATETIME NOT NULL
                );
                """)
        }
        migrator.registerMigration("v5: job notes, contacts and offers") { db in
            try db.execute(sql: """
                CREATE TABLE job_notes (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES jobs(id),
                    text TEXT NOT NULL,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX job_notes_by_job ON job_notes (job_id, id);
                CREATE TRIGGER job_notes_are_append_only_update BEFORE UPDATE ON job_notes
                BEGIN SELECT RAISE(ABORT, 'job notes are append-only'); END;
                CREATE TRIGGER job_notes_are_append_only_delete BEFORE DELETE ON job_notes
                BEGIN SELECT RAISE(ABORT, 'job notes are append-only'); END;

                CREATE TABLE contacts (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES jobs(id),
                    name TEXT NOT NULL,
                    role TEXT,
                    email TEXT,
                    last_contacted_at DATETIME,
                    created_at DATETIME NOT NULL
                );
                CREATE INDEX contacts_by_job ON contacts (job_id);

                CREATE TABLE offers (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    job_id INTEGER NOT NULL REFERENCES jobs(id),
                    base_salary INTEGER NOT NULL CHECK (base_salary > 0),
                    currency TEXT NOT NULL,
                    bonus INTEGER,
                    equity TEXT,
                    deadline DATETIME,
                    decision TEXT NOT NULL DEFAULT 'pending',
                    notes TEXT,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX offers_by_job ON offers (job_id);
                """)
        }
        migrator.registerMigration("v6: import provenance") { db in
            try db.execute(sql: """
                CREATE TABLE imports (
                    source TEXT NOT NULL,
                    external_id TEXT NOT NULL,
                    subject_id TEXT NOT NULL,
                    imported_at DATETIME NOT NULL,
                    PRIMARY KEY (source, external_id)
                );
                """)
        }
        migrator.registerMigration("v7: mock interview sessions") { db in
            try db.execute(sql: """
                CREATE TABLE mock_sessions (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    schema_id TEXT NOT NULL,
                    schema_version INTEGER NOT NULL,
                    schema_json TEXT NOT NULL CHECK (json_valid(schema_json)),
                    duration_scale REAL NOT NULL,
                    interview_id INTEGER REFERENCES interviews(id),
                    status TEXT NOT NULL,
                    state_json TEXT NOT NULL CHECK (json_valid(state_json)),
                    event_cursor INTEGER NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE INDEX mock_sessions_by_status ON mock_sessions (status, id);
                CREATE TABLE mock_inputs (
                    session_id INTEGER NOT NULL REFERENCES mock_sessions(id),
                    client_message_id TEXT NOT NULL,
                    request_digest TEXT NOT NULL,
                    outcome_json TEXT NOT NULL CHECK (json_valid(outcome_json)),
                    event_cursor INTEGER NOT NULL,
                    received_at DATETIME NOT NULL,
                    PRIMARY KEY (session_id, client_message_id)
                );
                """)
        }
        migrator.registerMigration("v8: a job deleted by mistake takes its notes along") { db in
            // Notes are never rewritten, and one note is never removed alone; deleting the whole job
            // (its rows kept in the deletion's event, so undo restores them) removes its notes too.
            try db.execute(sql: """
                CREATE TABLE jobs_being_deleted (id INTEGER PRIMARY KEY);
                DROP TRIGGER job_notes_are_append_only_delete;
                CREATE TRIGGER job_notes_go_only_with_their_job BEFORE DELETE ON job_notes
                WHEN NOT EXISTS (SELECT 1 FROM jobs_being_deleted WHERE id = OLD.job_id)
                BEGIN SELECT RAISE(ABORT, 'job notes are append-only: a note goes only when its job is deleted'); END;
                """)
        }
        migrator.registerMigration("v9: applications before interviews, offers as a lifecycle") { db in
            // A job now starts when the candidate saves its posting; an offer no longer makes the
            // job hired: only accepting one does. Jobs that were hired by a recorded (not accepted)
            // offer become `offered`; `pending` offers become `received`.
            try db.execute(sql: """
                ALTER TABLE jobs ADD COLUMN description TEXT;
                ALTER TABLE jobs ADD COLUMN location TEXT;
                ALTER TABLE jobs ADD COLUMN remote_policy TEXT;
                ALTER TABLE jobs ADD COLUMN salary_min INTEGER;
                ALTER TABLE jobs ADD COLUMN salary_max INTEGER;
                ALTER TABLE jobs ADD COLUMN salary_currency TEXT;
                ALTER TABLE jobs ADD COLUMN priority INTEGER;
                ALTER TABLE jobs ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
                ALTER TABLE jobs ADD COLUMN resume_version TEXT;
                ALTER TABLE jobs ADD COLUMN cover_letter_version TEXT;
                ALTER TABLE jobs ADD COLUMN applied_at DATETIME;
                ALTER TABLE offers ADD COLUMN bonus_percent REAL;
                ALTER TABLE offers ADD COLUMN equity_value INTEGER;
                ALTER TABLE offers ADD COLUMN vesting_years INTEGER;
                ALTER TABLE offers ADD COLUMN sign_on INTEGER;
                ALTER TABLE offers ADD COLUMN benefits TEXT;
                UPDATE offers SET decision = 'received' WHERE decision = 'pending';
                UPDATE jobs SET status = 'offered' WHERE status = 'hired'
                    AND EXISTS (SELECT 1 FROM offers WHERE offers.job_id = jobs.id)
                    AND NOT EXISTS (SELECT 1 FROM offers WHERE offers.job_id = jobs.id AND offers.decision = 'accepted');
                """)
        }
        return migrator
    }
}
