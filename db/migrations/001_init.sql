-- veikart store, schema version 1: the portfolio, its reference data (regions, areas,
-- phase kinds, with the national defaults) and the tables status, scoring and costs fill.
-- Dates are ISO text 'YYYY-MM-DD' so they sort and compare as text.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE region (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    ord  INTEGER NOT NULL
);

CREATE TABLE area (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    region_id INTEGER NOT NULL REFERENCES region(id),
    ord       INTEGER NOT NULL
);
CREATE INDEX area_region ON area(region_id);

CREATE TABLE phase_kind (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    colour TEXT NOT NULL CHECK (length(colour) = 7 AND colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
    ord    INTEGER NOT NULL
);

-- Programmes and projects; a project may sit under a programme or stand alone.
CREATE TABLE item (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('programme', 'project')),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (name <> ''),
    owner       TEXT,
    description TEXT,
    parent_id   INTEGER REFERENCES item(id) ON DELETE CASCADE,
    priority    INTEGER CHECK (priority IS NULL OR priority >= 1),
    ord         INTEGER NOT NULL,
    CHECK (parent_id IS NULL OR kind = 'project')
);
CREATE INDEX item_parent ON item(parent_id);

CREATE TABLE item_phase (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    phase_id   INTEGER NOT NULL REFERENCES phase_kind(id),
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT NOT NULL CHECK (date(end_date) IS end_date),
    ord        INTEGER NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX item_phase_item ON item_phase(item_id);

CREATE TABLE milestone (
    id      INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    name    TEXT NOT NULL CHECK (name <> ''),
    kind    TEXT NOT NULL CHECK (kind IN ('decision', 'delivery', 'goal')),
    date    TEXT NOT NULL CHECK (date(date) IS date),
    ord     INTEGER NOT NULL
);
CREATE INDEX milestone_item ON milestone(item_id);

CREATE TABLE dependency (
    item_id       INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    depends_on_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    ord           INTEGER NOT NULL,
    PRIMARY KEY (item_id, depends_on_id),
    CHECK (item_id <> depends_on_id)
);

-- Rollout plan: programme x helseforetaksområde x phase kind x dates.
CREATE TABLE rollout (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    area_id    INTEGER NOT NULL REFERENCES area(id),
    phase_id   INTEGER NOT NULL REFERENCES phase_kind(id),
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT NOT NULL CHECK (date(end_date) IS end_date),
    ord        INTEGER NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX rollout_item ON rollout(item_id);
CREATE INDEX rollout_area ON rollout(area_id);

CREATE TABLE budget (
    item_id INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    year    INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    mnok    REAL NOT NULL CHECK (mnok >= 0),
    PRIMARY KEY (item_id, year)
);

-- Reporting periods and the status colour each programme or project reports in them.
CREATE TABLE period (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    start_date TEXT NOT NULL CHECK (date(start_date) IS start_date),
    end_date   TEXT NOT NULL CHECK (date(end_date) IS end_date),
    CHECK (end_date >= start_date)
);

CREATE TABLE status_report (
    item_id   INTEGER NOT NULL REFERENCES item(id) ON DELETE CASCADE,
    period_id INTEGER NOT NULL REFERENCES period(id) ON DELETE CASCADE,
    colour    TEXT NOT NULL CHECK (colour IN ('gronn', 'gul', 'rod')),
    comment   TEXT,
    PRIMARY KEY (item_id, period_id)
);

-- Priority scoring: a tree of criteria (groups, sub-groups, leaves) with weights;
-- measures (tiltak) get a 0-10 value per leaf criterion.
CREATE TABLE criterion (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    parent_id INTEGER REFERENCES criterion(id) ON DELETE CASCADE,
    weight    REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    ord       INTEGER NOT NULL
);

CREATE TABLE measure (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    item_id INTEGER REFERENCES item(id) ON DELETE SET NULL,
    ord     INTEGER NOT NULL
);

CREATE TABLE score (
    measure_id   INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    value        REAL NOT NULL CHECK (value BETWEEN 0 AND 10),
    PRIMARY KEY (measure_id, criterion_id)
);

-- Costs of the national solutions (drift og forvaltning), MNOK per year and kind.
CREATE TABLE solution (
    id   INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    ord  INTEGER NOT NULL
);

CREATE TABLE cost (
    solution_id INTEGER NOT NULL REFERENCES solution(id) ON DELETE CASCADE,
    year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    kind        TEXT NOT NULL CHECK (kind IN ('actual', 'forskrift', 'estimate', 'budget')),
    mnok        REAL NOT NULL CHECK (mnok >= 0),
    PRIMARY KEY (solution_id, year, kind)
);

-- The national defaults (the phase kinds, the 4 RHF with their 19 helseforetaksområder
-- and the scoring model) are no longer seeded here: every new store gets them from
-- db/defaults.c, written in the transaction that creates it, the same for every backend.
-- A store that ran this file when it seeded them keeps what it got.
