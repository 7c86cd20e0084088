-- newsquiz schema, version 1. Times are milliseconds since the epoch (UTC).

-- A quiz exactly as it was when a session or attempt started; keyed by QuizFiles.contentHash.
CREATE TABLE quiz_snapshot (
    hash       TEXT PRIMARY KEY,
    quiz_id    TEXT NOT NULL,
    title      TEXT NOT NULL,
    quiz_json  TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX quiz_snapshot_by_quiz ON quiz_snapshot (quiz_id, created_at);

-- A class session: the questions it runs are fixed when it starts.
CREATE TABLE class_session (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    quiz_hash          TEXT NOT NULL REFERENCES quiz_snapshot (hash),
    feedback           TEXT NOT NULL CHECK (feedback IN ('immediate', 'end', 'closed')),
    drafts             INTEGER NOT NULL DEFAULT 0 CHECK (drafts IN (0, 1)),
    question_ids       TEXT NOT NULL,
    time_limit_seconds INTEGER CHECK (time_limit_seconds IS NULL OR time_limit_seconds > 0),
    created_at         INTEGER NOT NULL,
    closed_at          INTEGER
);

-- One learner working through one quiz, alone (session_id NULL) or in a class session.
CREATE TABLE attempt (
    id           INTEGER PRIMARY KEY,
    quiz_hash    TEXT NOT NULL REFERENCES quiz_snapshot (hash),
    session_id   INTEGER REFERENCES class_session (id),
    display_name TEXT,
    name_key     TEXT,
    rejoin_code  TEXT,
    question_ids TEXT NOT NULL,
    created_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    CHECK ((session_id IS NULL) = (name_key IS NULL))
);
CREATE UNIQUE INDEX attempt_name_in_session ON attempt (session_id, name_key) WHERE session_id IS NOT NULL;
CREATE UNIQUE INDEX attempt_rejoin_code_in_session ON attempt (session_id, rejoin_code) WHERE session_id IS NOT NULL;

-- Bearer tokens, stored as SHA-256; an attempt gets one more each time its owner rejoins on another device.
CREATE TABLE attempt_token (
    token_hash TEXT PRIMARY KEY,
    attempt_id INTEGER NOT NULL REFERENCES attempt (id),
    created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX attempt_token_by_attempt ON attempt_token (attempt_id);

-- The key (attempt_id, question_id) makes saving an answer idempotent: a re-send confirms or replaces.
CREATE TABLE answer (
    attempt_id  INTEGER NOT NULL REFERENCES attempt (id),
    question_id TEXT NOT NULL,
    choices     TEXT NOT NULL,
    correct     INTEGER NOT NULL CHECK (correct IN (0, 1)),
    answered_at INTEGER NOT NULL,
    changes     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (attempt_id, question_id)
) WITHOUT ROWID;
