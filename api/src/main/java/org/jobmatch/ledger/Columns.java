package org.jobmatch.ledger;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.jobmatch.domain.GeoPoint;

/** Reads ledger column values back into domain values. */
public final class Columns {

    private Columns() {
    }

    public static <E extends Enum<E>> Set<E> enumSet(ResultSet rs, String column, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(rs, column)) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    public static String[] strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static GeoPoint location(ResultSet rs) throws SQLException {
        return new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon"));
    }
}
