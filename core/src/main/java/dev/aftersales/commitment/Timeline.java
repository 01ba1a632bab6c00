package dev.aftersales.commitment;

import java.time.Instant;
import java.util.List;

/**
 * A commitment's history walked to its end ({@link TimelineWalk}): where the deadline state
 * machine stands, and the running intervals it went through.
 *
 * @param startedAt the start
 * @param end       the state after the last history entry
 * @param segments  the running intervals, in the order they opened; the last one still runs when
 *                  the state is running
 */
record Timeline(Instant startedAt, DeadlineState end, List<Segment> segments) {
}
