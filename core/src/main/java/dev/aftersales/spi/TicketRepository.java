package dev.aftersales.spi;

import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.Page;
import dev.aftersales.common.PageRequest;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.UnitId;
import dev.aftersales.ticket.Openness;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.TicketState;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * Stores tickets as {@link TicketRecord}s (never live aggregates) with optimistic concurrency,
 * and answers the ticket queries of the model. Adapters prove their implementation with the
 * TCK class {@code dev.aftersales.testkit.tck.TicketRepositoryContract}.
 *
 * <p>Common contract (see also the package documentation):
 * <ul>
 *   <li>Every query returns its tickets in {@link #ORDER}: by reported-at ascending, ties broken
 *       by ticket id ascending in {@link String#compareTo} order (ids are ASCII, so this is byte
 *       order; SQL adapters compare ids with a binary collation). Paging through a result with
 *       {@link PageRequest#next()} neither repeats nor skips a ticket while nothing changes.</li>
 *   <li>Queries see committed records and, inside a {@link UnitOfWork}, the calling thread's own
 *       writes. One call returns a consistent view; consecutive pages are separate reads, so a
 *       concurrent change may move a ticket between pages.</li>
 *   <li>Queries by location and reporter use the ticket's intake: the unit, building and estate
 *       of its {@link dev.aftersales.ticket.TicketLocation}, the owner of its
 *       {@link dev.aftersales.ticket.Reporter}.</li>
 *   <li>Queries never throw for an unknown id: they return an empty page.</li>
 *   <li>Implementations are safe for use by several threads.</li>
 * </ul>
 */
public interface TicketRepository {

    /** The stable order of every query: reported-at ascending, then ticket id ascending. */
    Comparator<TicketRecord> ORDER = Comparator.comparing(TicketRecord::reportedAt)
            .thenComparing(TicketRecord::idText);

    /**
     * Saves a ticket. A record of version {@code 0} is inserted; any other version replaces the
     * stored record of exactly that version. The stored copy has version {@code version + 1} and
     * is returned. The write is atomic: the whole record (with its timeline) or nothing. Inside a
     * {@link UnitOfWork} it joins the unit of work and becomes visible to others when that
     * commits; outside, it is its own unit of work.
     *
     * <p>Concurrency: of several saves based on the same version, exactly one succeeds; the others
     * throw {@link StaleWriteException}. A stale save changes nothing.
     *
     * @param record the ticket to store, as read (its version is the one it was read at)
     * @return the stored copy, with its new version
     * @throws NullPointerException if the record is null
     * @throws StaleWriteException  if the stored version is not the record's version; if a record
     *                              of version {@code 0} finds the id taken; or if a record of
     *                              version above {@code 0} finds no row (actual version {@code -1})
     */
    TicketRecord save(TicketRecord record);

    /**
     * Finds a ticket by id: the latest committed record, or the calling thread's own write inside
     * a unit of work.
     *
     * @param id the ticket id
     * @return the record with its stored version, or empty if no such ticket is stored (never throws
     *         for a missing row)
     * @throws NullPointerException if the id is null
     */
    Optional<TicketRecord> findById(TicketId id);

    /**
     * Finds the tickets on a unit, in {@link #ORDER}.
     *
     * @param unit      the unit
     * @param openness  open, closed or any tickets
     * @param page      the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByUnit(UnitId unit, Openness openness, PageRequest page);

    /**
     * Finds the tickets an owner raised, in {@link #ORDER}. Tickets of non-owner contacts and staff
     * never match.
     *
     * @param owner     the owner
     * @param openness  open, closed or any tickets
     * @param page      the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByOwner(OwnerId owner, Openness openness, PageRequest page);

    /**
     * Finds the tickets located in a building, on its units or its common areas, in {@link #ORDER}.
     *
     * @param building  the building
     * @param openness  open, closed or any tickets
     * @param page      the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByBuilding(BuildingId building, Openness openness, PageRequest page);

    /**
     * Finds the tickets located in an estate, on its units, buildings or common areas, in
     * {@link #ORDER}.
     *
     * @param estate    the estate
     * @param openness  open, closed or any tickets
     * @param page      the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByEstate(EstateId estate, Openness openness, PageRequest page);

    /**
     * Finds the tickets currently in a state, in {@link #ORDER}.
     *
     * @param state the state
     * @param page  the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByState(TicketState state, PageRequest page);

    /**
     * Finds the tickets whose responsible department (the latest assignment) is the given one, in
     * {@link #ORDER}. Tickets never assigned never match.
     *
     * @param department the responsible department
     * @param openness   open, closed or any tickets
     * @param page       the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException if an argument is null
     */
    Page<TicketRecord> findByDepartment(DepartmentId department, Openness openness, PageRequest page);

    /**
     * Finds the tickets reported in the half-open period [{@code fromInclusive}, {@code toExclusive}),
     * in {@link #ORDER}. An empty period ({@code fromInclusive} equal to {@code toExclusive}) finds
     * nothing.
     *
     * @param fromInclusive the first instant of the period, clamped to
     *                      {@link dev.aftersales.common.SupportedRange} (rule IN-2): a bound outside
     *                      the range is never refused
     * @param toExclusive   the instant after the period, clamped likewise
     * @param page          the page wanted
     * @return the page; empty if there are none
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code toExclusive} is before {@code fromInclusive}
     */
    Page<TicketRecord> findReportedBetween(Instant fromInclusive, Instant toExclusive, PageRequest page);
}
