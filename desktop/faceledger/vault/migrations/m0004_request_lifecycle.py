"""The request lifecycle (gui helper's migration; the brief reserves m0005 for it: rename this file to
m0005_request_lifecycle.py when the law helper's m0004 lands first. Only new tables and columns, nothing
that reads another migration's).

- ``request_documents``: every file of one letter (PDF, Word, e-mail), so exporting the same letter in
  another format attaches to its request instead of recording a new one.
- ``request_letters``: the reply period the letter asked for, in working days, so marking it sent on a
  later date moves the due date with it.
- ``request_events.code``/``detail``: what happened, as a code and its data (JSON), rendered in the
  interface language when shown (``note`` stays the user's own words).
"""

SQL = """
CREATE TABLE request_documents (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    format TEXT NOT NULL,
    blob_id TEXT NOT NULL REFERENCES blobs(id),
    created_at TEXT NOT NULL,
    UNIQUE (request_id, format)
);
CREATE TABLE request_letters (
    request_id INTEGER PRIMARY KEY REFERENCES requests(id) ON DELETE CASCADE,
    reply_days INTEGER NOT NULL
);
ALTER TABLE request_events ADD COLUMN code TEXT;
ALTER TABLE request_events ADD COLUMN detail TEXT;
"""
