package dev.aliendb.jdbc;

import java.sql.SQLException;
import java.sql.Wrapper;

/** {@link Wrapper} for driver objects that wrap nothing but themselves. */
interface AlienWrapper extends Wrapper {
    @Override
    default <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw SqlErrors.invalidArgument(getClass().getSimpleName() + " does not wrap " + type.getName());
    }

    @Override
    default boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
