-- Architecture reviews: the proposal and the meeting's outcome, departures from known technology,
-- inline comment threads anchored in the proposal, questions collected in advance with votes, and
-- the workspace's list of known technologies.

CREATE TABLE proposal (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT    NOT NULL UNIQUE,
    revision       INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by     TEXT    NOT NULL DEFAULT '',
    review         INTEGER NOT NULL UNIQUE REFERENCES review (id) ON DELETE CASCADE,
    body           TEXT    NOT NULL DEFAULT '', -- Markdown
    decision       TEXT    NOT NULL DEFAULT 'pending'
                           CHECK (decision IN ('pending', 'proceed', 'rethink', 'more-info')),
    decision_notes TEXT    NOT NULL DEFAULT '', -- the reasoning
    notes          TEXT    NOT NULL DEFAULT '',
    agreements     TEXT    NOT NULL DEFAULT '', -- on tricky components
    learnings      TEXT    NOT NULL DEFAULT ''  -- learnings and questions
);

CREATE TABLE departure (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL DEFAULT 'tool'
                        CHECK (kind IN ('language', 'database', 'pattern', 'tool', 'other')),
    name        TEXT    NOT NULL DEFAULT '',
    costs       TEXT    NOT NULL DEFAULT '',
    tradeoffs   TEXT    NOT NULL DEFAULT '',
    prohibits   TEXT    NOT NULL DEFAULT '', -- what it prohibits doing later
    position    TEXT    NOT NULL COLLATE BINARY
);

CREATE INDEX departure_review_position ON departure (review, position);

-- A comment anchored in a text (W3C Web Annotation text-quote and text-position selectors); a
-- reply names its thread's first comment.
CREATE TABLE comment (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT    NOT NULL UNIQUE,
    revision     INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by   TEXT    NOT NULL DEFAULT '',
    review       INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    field        TEXT    NOT NULL DEFAULT 'proposal.body',
    exact        TEXT    NOT NULL DEFAULT '',
    prefix       TEXT    NOT NULL DEFAULT '',
    suffix       TEXT    NOT NULL DEFAULT '',
    anchor_start INTEGER NOT NULL DEFAULT 0,
    anchor_end   INTEGER NOT NULL DEFAULT 0,
    author       TEXT    NOT NULL DEFAULT '',
    text         TEXT    NOT NULL DEFAULT '',
    resolved_by  TEXT    NOT NULL DEFAULT '',
    resolved_at  TEXT,
    parent       TEXT    REFERENCES comment (uuid) ON DELETE CASCADE
);

CREATE INDEX comment_review ON comment (review);
CREATE INDEX comment_parent ON comment (parent);

CREATE TABLE question (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    review      INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text        TEXT    NOT NULL DEFAULT '',
    author      TEXT    NOT NULL DEFAULT '',
    answered    INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
    answer      TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX question_review ON question (review);

-- One vote per person per question.
CREATE TABLE vote (
    id          INTEGER PRIMARY KEY,
    question    INTEGER NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    voter       TEXT    NOT NULL,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (question, voter)
);

-- The "small number of well known tools": a departure whose name is not here brings new technology.
CREATE TABLE known_technology (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT    NOT NULL UNIQUE,
    revision    INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_by  TEXT    NOT NULL DEFAULT '',
    kind        TEXT    NOT NULL DEFAULT 'tool',
    name        TEXT    NOT NULL UNIQUE COLLATE NOCASE
);
