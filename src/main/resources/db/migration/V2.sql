-- newsquiz schema, version 2: teacher login.

-- The teacher's password, only ever as a bcrypt hash; there is one teacher, so one row.
CREATE TABLE teacher_credential (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    password_hash TEXT NOT NULL,
    updated_at    INTEGER NOT NULL
);
