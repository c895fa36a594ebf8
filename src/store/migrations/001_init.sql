-- The knowledge base. Per-document tables carry the document id first: it is the distribution key
-- on Citus (see docs/scaling.md). entities and sources are shared across documents (reference tables).

CREATE TABLE documents (
  id text PRIMARY KEY,                 -- first 16 hex digits of sha256
  name text NOT NULL,
  sha256 text NOT NULL UNIQUE,
  text text NOT NULL,
  dct text,
  content_end integer,
  -- Very long texts index their first 500,000 characters, without positions (tsvector is limited to 1 MB).
  tsv tsvector GENERATED ALWAYS AS (
    CASE WHEN length(text) <= 300000 THEN to_tsvector('english', text)
         ELSE strip(to_tsvector('english', left(text, 500000))) END
  ) STORED,
  ingested_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

-- Every layer of the extraction as standoff annotations, in their original order.
CREATE TABLE annotations (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  layer text NOT NULL,
  ord integer NOT NULL,
  key text,
  start_offset integer,
  end_offset integer,
  data jsonb NOT NULL,
  PRIMARY KEY (document, layer, ord)
);

-- Bibliography entries, shared by every document that cites the same work.
CREATE TABLE sources (
  key text PRIMARY KEY,
  csl jsonb NOT NULL
);

CREATE TABLE document_sources (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  bib text NOT NULL,
  source text NOT NULL,
  PRIMARY KEY (document, bib)
);

CREATE TABLE citations (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ord integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  text text NOT NULL,
  refs jsonb NOT NULL,
  sources jsonb NOT NULL,              -- source keys
  PRIMARY KEY (document, ord)
);

-- Real-world entities: keyed by Wikidata id, or by kind and normalised label when unlinked.
CREATE TABLE entities (
  key text PRIMARY KEY,
  wikidata text,
  label text NOT NULL,
  kind text NOT NULL,
  coords jsonb
);

CREATE TABLE document_entities (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id text NOT NULL,
  entity text NOT NULL,
  label text NOT NULL,
  kind text NOT NULL,
  mentions integer NOT NULL,
  start_offset integer,
  end_offset integer,
  data jsonb NOT NULL,                 -- the entity as corrected
  PRIMARY KEY (document, id)
);
CREATE INDEX document_entities_entity ON document_entities (entity);

CREATE TABLE events (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id text NOT NULL,
  type text NOT NULL,
  cameo text,
  date text,
  date_from text,                      -- earliest day the EDTF date allows (YYYY-MM-DD)
  date_to text,                        -- latest day
  modality text NOT NULL,
  sources jsonb NOT NULL,              -- entity keys
  targets jsonb NOT NULL,
  place text,
  sentence integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (document, id)
);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_dates ON events (date_from, date_to);
CREATE INDEX events_sources ON events USING gin (sources);
CREATE INDEX events_targets ON events USING gin (targets);

CREATE TABLE treaties (
  document text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  entity text,
  signed text,
  ends text,
  duration text,
  place text,
  parties jsonb NOT NULL,              -- entity keys
  data jsonb NOT NULL,
  PRIMARY KEY (document, id)
);

-- Human corrections: their own layer, kept across re-ingest, applied when an extraction is read.
CREATE TABLE corrections (
  document text NOT NULL,
  id text NOT NULL,
  layer text NOT NULL,
  target_id text,
  target_start integer,
  target_end integer,
  change jsonb NOT NULL,
  author text NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document, id)
);
