package dev.aftersales.measurement;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.ticket.TicketKind;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.StringJoiner;

/**
 * Which group a row of figures belongs to. A component is {@code null} where the query does not
 * group by it, and also where a ticket has none (no building for an estate's common area, no
 * responsible department before the first assignment).
 *
 * @param estate     the estate, or {@code null}
 * @param building   the building, or {@code null}
 * @param department the responsible department, or {@code null}
 * @param kind       the kind of ticket, or {@code null}
 * @param month      the month, or {@code null}
 */
public record GroupKey(EstateId estate, BuildingId building, DepartmentId department, TicketKind kind,
                       YearMonth month) {

    /** The key of the one row of an ungrouped query. */
    public static final GroupKey TOTAL = new GroupKey(null, null, null, null, null);

    /** The order of rows: by estate, building, department, kind and month, absent components first. */
    public static final Comparator<GroupKey> ORDER = Comparator
            .comparing((GroupKey k) -> k.estate == null ? null : k.estate.value(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> k.building == null ? null : k.building.value(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(k -> k.department == null ? null : k.department.value(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GroupKey::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(GroupKey::month, Comparator.nullsFirst(Comparator.naturalOrder()));

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(" ", "GroupKey[", "]");
        if (estate != null) {
            j.add("estate=" + estate.value());
        }
        if (building != null) {
            j.add("building=" + building.value());
        }
        if (department != null) {
            j.add("department=" + department.value());
        }
        if (kind != null) {
            j.add("kind=" + kind);
        }
        if (month != null) {
            j.add("month=" + month);
        }
        return j.toString();
    }
}
