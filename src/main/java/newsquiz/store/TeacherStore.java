package newsquiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The teacher's password hash (bcrypt); the clear password is never stored. */
public final class TeacherStore {
    private final Database db;

    public TeacherStore(Database db) {
        this.db = db;
    }

    public Optional<String> passwordHash() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT password_hash FROM teacher_credential WHERE id = 1");
                    ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    public void setPasswordHash(String hash) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO teacher_credential (id, password_hash, updated_at) VALUES (1, ?, ?)"
                    + " ON CONFLICT (id) DO UPDATE SET password_hash = excluded.password_hash, updated_at = excluded.updated_at")) {
                s.setString(1, hash);
                s.setLong(2, System.currentTimeMillis());
                return s.executeUpdate();
            }
        });
    }
}
