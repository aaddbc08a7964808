-- The sitrep database (store.py). Opens in Datasette as it is; the README
-- ("The database") describes every table and view.

CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    doc_id TEXT NOT NULL,
    title TEXT, url TEXT, source TEXT,
    published TEXT,               -- YYYY-MM-DD, given or inferred
    published_inferred INTEGER NOT NULL DEFAULT 0,
    published_confidence REAL,
    origin TEXT,
    text TEXT NOT NULL,
    text_hash TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
-- content="articles" in double quotes: Datasette finds an external-content index that way
-- (it does not read content='articles'), and then filters a table with ?_search=.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content="articles", content_rowid="id");
CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    event_key TEXT NOT NULL,       -- E1, E2 ... within the article
    summary TEXT, category TEXT, acled_type TEXT, acled_subtype TEXT,
    plover TEXT, plover_mode TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,
    location TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
    latitude REAL, longitude REAL, geo_precision TEXT, geonames_id INTEGER,
    actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
    fatalities INTEGER, injured INTEGER, arrested INTEGER,
    status TEXT, source TEXT, source_anonymity TEXT,
    historical INTEGER NOT NULL DEFAULT 0,
    actor1_kind TEXT, actor2_kind TEXT   -- organisation | person | description | country
);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
CREATE INDEX IF NOT EXISTS events_place ON events(country, admin1, admin2);
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE TABLE IF NOT EXISTS evidence (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES events(id),
    field TEXT NOT NULL,           -- mention | trigger | date | location | actor1 | actor2 | fatalities | status
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS evidence_event ON evidence(event_id);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, type TEXT, country TEXT, kind TEXT, role TEXT, affiliation TEXT,
    start INTEGER, "end" INTEGER, text TEXT
);
CREATE INDEX IF NOT EXISTS actors_article ON actors(article_id, name);
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    name TEXT NOT NULL, country TEXT, admin1 TEXT, admin2 TEXT, precision TEXT,
    latitude REAL, longitude REAL, geonames_id INTEGER, start INTEGER, "end" INTEGER,
    mention TEXT NOT NULL DEFAULT 'name'  -- name, or naming no scene: people ("Russian"), modifier, in_name
);
CREATE TABLE IF NOT EXISTS relations (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    source_actor TEXT NOT NULL, target_actor TEXT NOT NULL, type TEXT NOT NULL,
    status TEXT, credited_to TEXT, start INTEGER, "end" INTEGER, text TEXT
);

-- Incidents: events of different articles merged into one happening (merging.py).
CREATE TABLE IF NOT EXISTS incidents (
    id INTEGER PRIMARY KEY,
    summary TEXT, category TEXT, acled_type TEXT, acled_subtype TEXT,
    plover TEXT, plover_mode TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT,   -- the tightest interval the reports support
    location TEXT, country TEXT, admin1 TEXT, admin2 TEXT,
    latitude REAL, longitude REAL, geo_precision TEXT, geonames_id INTEGER,
    actor1 TEXT, actor1_type TEXT, actor2 TEXT, actor2_type TEXT,
    status TEXT, source TEXT,
    fatalities_low INTEGER, fatalities_best INTEGER, fatalities_high INTEGER,
    injured INTEGER,
    articles INTEGER NOT NULL,     -- how many articles report it
    historical INTEGER NOT NULL DEFAULT 0,
    notes TEXT,                    -- the values the reports disagree on
    updated_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS incidents_date ON incidents(date_start);
CREATE INDEX IF NOT EXISTS incidents_place ON incidents(country, admin1, admin2);
CREATE TABLE IF NOT EXISTS incident_events (
    event_id INTEGER PRIMARY KEY REFERENCES events(id),
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    joined INTEGER NOT NULL,       -- 1 for the report that founded the incident, 2 for the next ...
    matched_event INTEGER REFERENCES events(id),   -- the report it was found closest to
    reasons TEXT NOT NULL,         -- JSON: why it joined (type, date, place, actors) or founded one
    fatalities_role TEXT,          -- best | credible | superseded | not credible
    fatalities_why TEXT
);
CREATE INDEX IF NOT EXISTS incident_events_incident ON incident_events(incident_id);

-- articles sitrep gave up on (over their time budget, or a fault of its own): a re-run of ingest
-- skips them, naming them, unless it is asked to retry (--retry-failed)
CREATE TABLE IF NOT EXISTS failures (
    text_hash TEXT PRIMARY KEY,
    origin TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    failed_at TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE VIEW IF NOT EXISTS event_list AS
    SELECT e.id, a.doc_id AS article, e.date_start, e.date_end, e.date_precision,
           e.acled_type, e.acled_subtype, e.plover, e.actor1, e.actor2, e.location,
           e.country, e.admin1, e.admin2, e.fatalities, e.status, e.source, e.summary
    FROM events e JOIN articles a ON a.id = e.article_id;
CREATE VIEW IF NOT EXISTS incidents_list AS
    SELECT i.id, i.date_start, i.date_end, i.acled_type, i.acled_subtype, i.plover,
           i.actor1, i.actor2, i.location, i.country, i.admin1, i.admin2,
           i.fatalities_best, i.fatalities_low, i.fatalities_high, i.status, i.articles,
           (SELECT group_concat(a.doc_id, ', ') FROM incident_events ie
              JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id
              WHERE ie.incident_id = i.id) AS sources,
           i.summary, i.notes
    FROM incidents i;
CREATE VIEW IF NOT EXISTS incident_sources AS
    SELECT ie.incident_id, ie.joined, e.id AS event_id, a.doc_id AS article, a.source AS outlet,
           a.published, e.date_start, e.date_end, e.location, e.admin2, e.acled_subtype,
           e.actor1, e.status, e.source AS credited_to, e.actor2, e.fatalities,
           ie.fatalities_role, ie.fatalities_why, ie.matched_event, ie.reasons
    FROM incident_events ie JOIN events e ON e.id = ie.event_id JOIN articles a ON a.id = e.article_id;
