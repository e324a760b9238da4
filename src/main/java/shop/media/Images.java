package shop.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The images the shop keeps, in {@code media.image}; their bytes are in the {@link ObjectStore}. */
@Repository
class Images {

    private final JdbcClient jdbc;

    Images(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an image unless its key is recorded already; says whether it did. */
    boolean record(ImageKey key, ImageFormat format, int width, int height, long byteSize) {
        return jdbc.sql("""
                        insert into media.image (key, content_type, width, height, byte_size)
                        values (?, ?, ?, ?, ?)
                        on conflict (key) do nothing
                        """)
                .params(key.value(), format.mediaType(), width, height, byteSize)
                .update() == 1;
    }

    Optional<StoredImage> find(ImageKey key) {
        return jdbc.sql("select key, content_type, width, height, byte_size, created_at from media.image where key = ?")
                .param(key.value())
                .query(Images::image)
                .optional();
    }

    private static StoredImage image(ResultSet rs, int row) throws SQLException {
        return new StoredImage(new ImageKey(rs.getString("key")),
                ImageFormat.ofMediaType(rs.getString("content_type")).orElseThrow(),
                rs.getInt("width"), rs.getInt("height"), rs.getLong("byte_size"),
                rs.getTimestamp("created_at").toInstant());
    }
}
