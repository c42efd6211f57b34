"""Evidence log: cases, hash-chained entries, exhibits, RFC 3161 timestamps and the stamp queue.

Append-only is enforced here, by the storage itself: triggers refuse any UPDATE or DELETE on cases,
entries, exhibits and timestamps, and refuse an entry whose sequence number or previous hash does not
continue its case's chain. A correction is a new entry whose ``corrects_seq`` names the corrected one.
Only the stamp queue (work still to do) may change.
"""

SQL = """
CREATE TABLE ev_cases (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    timezone TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    genesis_hash TEXT NOT NULL,
    header TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE ev_entries (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES ev_cases(id) ON DELETE RESTRICT,
    seq INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    timezone TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT,
    source TEXT,
    corrects_seq INTEGER,
    request_uid TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    canonical TEXT NOT NULL,
    UNIQUE (case_id, seq)
);
CREATE TABLE ev_exhibits (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES ev_entries(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    blob_id TEXT NOT NULL REFERENCES blobs(id) ON DELETE RESTRICT,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    filename TEXT NOT NULL,
    media_type TEXT,
    captured_at TEXT,
    file_modified TEXT,
    capture_method TEXT,
    device TEXT,
    collector TEXT,
    UNIQUE (entry_id, position)
);
CREATE INDEX ev_exhibits_sha ON ev_exhibits(sha256);
CREATE TABLE ev_timestamps (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES ev_entries(id) ON DELETE RESTRICT,
    scope TEXT NOT NULL CHECK (scope IN ('entry', 'head')),
    digest TEXT NOT NULL,
    tsa_url TEXT NOT NULL,
    token BLOB NOT NULL,
    gen_time TEXT NOT NULL,
    serial TEXT NOT NULL,
    ca_pem TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ev_timestamps_entry ON ev_timestamps(entry_id);
CREATE TABLE ev_stamp_queue (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES ev_cases(id) ON DELETE RESTRICT,
    entry_id INTEGER NOT NULL REFERENCES ev_entries(id) ON DELETE RESTRICT,
    scope TEXT NOT NULL CHECK (scope IN ('entry', 'head')),
    tsa_url TEXT NOT NULL,
    ca_pem TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    queued_at TEXT NOT NULL,
    last_try_at TEXT,
    done_at TEXT
);
CREATE INDEX ev_stamp_queue_case ON ev_stamp_queue(case_id, state);

CREATE TRIGGER ev_cases_no_update BEFORE UPDATE ON ev_cases
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: a case cannot be changed'); END;
CREATE TRIGGER ev_cases_no_delete BEFORE DELETE ON ev_cases
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: a case cannot be deleted'); END;

CREATE TRIGGER ev_entries_no_update BEFORE UPDATE ON ev_entries
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: an entry cannot be changed; add a correction'); END;
CREATE TRIGGER ev_entries_no_delete BEFORE DELETE ON ev_entries
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: an entry cannot be deleted; add a correction'); END;
CREATE TRIGGER ev_entries_chain BEFORE INSERT ON ev_entries
WHEN NEW.seq != (SELECT coalesce(max(seq), 0) + 1 FROM ev_entries WHERE case_id = NEW.case_id)
  OR NEW.prev_hash != coalesce((SELECT hash FROM ev_entries WHERE case_id = NEW.case_id ORDER BY seq DESC LIMIT 1),
                               (SELECT genesis_hash FROM ev_cases WHERE id = NEW.case_id))
BEGIN SELECT RAISE(ABORT, 'evidence chain: an entry must continue its case (next number, previous hash)'); END;

CREATE TRIGGER ev_exhibits_in_entry BEFORE INSERT ON ev_exhibits
WHEN instr((SELECT canonical FROM ev_entries WHERE id = NEW.entry_id), NEW.sha256) = 0
BEGIN SELECT RAISE(ABORT, 'evidence chain: an exhibit must be named in its entry (by its SHA-256)'); END;
CREATE TRIGGER ev_exhibits_no_update BEFORE UPDATE ON ev_exhibits
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: an exhibit cannot be changed'); END;
CREATE TRIGGER ev_exhibits_no_delete BEFORE DELETE ON ev_exhibits
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: an exhibit cannot be deleted'); END;

CREATE TRIGGER ev_timestamps_no_update BEFORE UPDATE ON ev_timestamps
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: a timestamp cannot be changed'); END;
CREATE TRIGGER ev_timestamps_no_delete BEFORE DELETE ON ev_timestamps
BEGIN SELECT RAISE(ABORT, 'evidence is append-only: a timestamp cannot be deleted'); END;
"""
