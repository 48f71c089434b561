-- Schema version 3: the scoring model in use. Measures are known by their name (the
-- council's sheet has no codes), optionally linked to a programme or project; criteria
-- carry their tie-break order; the council's December 2023 model is the default. A store
-- this schema update brings from an older one gets it here; a new store (the table
-- temp.vk_new_store marks it) gets it from db/defaults.c with its other reference data.
DROP TABLE score;
DROP TABLE measure;

ALTER TABLE criterion ADD COLUMN tiebreak INTEGER NOT NULL DEFAULT 0 CHECK (tiebreak >= 0);

CREATE TABLE measure (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE CHECK (name <> ''),
    item_id INTEGER REFERENCES item(id) ON DELETE SET NULL,
    ord     INTEGER NOT NULL
);

CREATE TABLE score (
    measure_id   INTEGER NOT NULL REFERENCES measure(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
    value        REAL NOT NULL CHECK (value BETWEEN 0 AND 10),
    PRIMARY KEY (measure_id, criterion_id)
);

INSERT INTO criterion (code, name, parent_id, weight, ord, tiebreak) SELECT * FROM (VALUES
    ('maal', 'Måloppnåelse', NULL, 1, 1, 2),
    ('kost', 'Kostnader', NULL, 1, 4, 0),
    ('nytte', 'Nytte', NULL, 1, 9, 1)) WHERE NOT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'vk_new_store');
INSERT INTO criterion (code, name, parent_id, weight, ord) SELECT * FROM (VALUES
    ('M1', 'I hvor stor grad realiseres informasjonsbehov/tjenester?', (SELECT id FROM criterion WHERE code = 'maal'), 1, 2),
    ('M2', 'Samsvarer tiltaket med sektorens prioriteringer?', (SELECT id FROM criterion WHERE code = 'maal'), 1, 3),
    ('K1', 'I hvor stor grad er tiltaket teknisk komplekst?', (SELECT id FROM criterion WHERE code = 'kost'), 1, 5),
    ('K2', 'I hvor stor grad er tiltaket organisatorisk komplekst?', (SELECT id FROM criterion WHERE code = 'kost'), 1, 6),
    ('K3', 'Juridisk utvikling?', (SELECT id FROM criterion WHERE code = 'kost'), 1, 7),
    ('K4', 'Semantisk utvikling?', (SELECT id FROM criterion WHERE code = 'kost'), 1, 8),
    ('pasient', 'Pasient', (SELECT id FROM criterion WHERE code = 'nytte'), 1, 10),
    ('helsepersonell', 'Helsepersonell', (SELECT id FROM criterion WHERE code = 'nytte'), 1, 13),
    ('I', 'Realisere sentral infrastruktur', (SELECT id FROM criterion WHERE code = 'nytte'), 1, 16)) WHERE NOT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'vk_new_store');
INSERT INTO criterion (code, name, parent_id, weight, ord) SELECT * FROM (VALUES
    ('P1', 'I hvor stor grad bidrar tiltaket til økt pasientsikkerhet?', (SELECT id FROM criterion WHERE code = 'pasient'), 1, 11),
    ('P2', 'I hvor stor grad bidrar tiltaket til en enklere hverdag for innbyggere/pasienter?', (SELECT id FROM criterion WHERE code = 'pasient'), 1, 12),
    ('H1', 'I hvor stor grad bidrar tiltaket til enklere arbeidshverdag?', (SELECT id FROM criterion WHERE code = 'helsepersonell'), 1, 14),
    ('H2', 'Tryggere på at beslutninger er riktige?', (SELECT id FROM criterion WHERE code = 'helsepersonell'), 1, 15)) WHERE NOT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE name = 'vk_new_store');
