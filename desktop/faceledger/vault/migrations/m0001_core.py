"""Vault core and the ledger: holders, collections, requests and their timeline."""

SQL = """
CREATE TABLE vault_secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE blobs (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    filename TEXT,
    media_type TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE holders (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT,
    category TEXT NOT NULL,
    city TEXT,
    address TEXT,
    email TEXT,
    postal_address TEXT,
    phone TEXT,
    web_form TEXT,
    pi_officer TEXT,
    notes TEXT,
    sources TEXT NOT NULL DEFAULT '[]',
    last_verified TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX holders_name ON holders(name_zh);
CREATE TABLE collections (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    holder_id INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    date TEXT,
    context TEXT,
    place TEXT,
    private_space TEXT,
    purpose_stated INTEGER,
    consent TEXT,
    alternative_offered INTEGER,
    service_refused_without_face INTEGER,
    signage INTEGER,
    minor_under_14 INTEGER,
    guardian_consent INTEGER,
    sensitive_inference TEXT NOT NULL DEFAULT '[]',
    stored_off_device INTEGER,
    retention_stated INTEGER,
    scale_over_100k INTEGER,
    notes TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX collections_holder ON collections(holder_id);
CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    holder_id INTEGER NOT NULL REFERENCES holders(id) ON DELETE CASCADE,
    collection_id INTEGER REFERENCES collections(id) ON DELETE SET NULL,
    type TEXT NOT NULL,
    state TEXT NOT NULL,
    channel TEXT,
    date_sent TEXT,
    due_date TEXT,
    reply_date TEXT,
    reply_summary TEXT,
    reference TEXT,
    document_blob TEXT REFERENCES blobs(id),
    reply_blob TEXT REFERENCES blobs(id),
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_holder ON requests(holder_id, state);
CREATE INDEX requests_due ON requests(state, due_date);
CREATE TABLE request_events (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    state TEXT NOT NULL,
    note TEXT,
    recorded_at TEXT NOT NULL
);
CREATE INDEX request_events_request ON request_events(request_id);
"""
