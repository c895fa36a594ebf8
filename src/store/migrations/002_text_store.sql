-- The text store of the ingest queue: each queued text once, keyed by the SHA-256 of its UTF-8 bytes,
-- so that a worker on any machine reads it from the database and needs no shared file system.
-- A text leaves the store in the transaction that stores its document (documents.text keeps it then);
-- the text of a document that failed stays, to be queued again.
CREATE TABLE texts (
  sha256 text PRIMARY KEY,
  text text NOT NULL,
  -- The latest queue job for this text (a uuid of the queue's job table), to tell "already queued".
  job text,
  added_at timestamptz NOT NULL DEFAULT now()
);
