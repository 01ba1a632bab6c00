package dev.aftersales.storage.jdbc.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.Actor;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.IdCardNumber;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfile;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PhoneNumber;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.spi.StaleWriteException;
import dev.aftersales.storage.jdbc.DatabaseKind;
import dev.aftersales.storage.jdbc.PersonalColumn;
import dev.aftersales.storage.jdbc.PersonalDataCodec;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.tck.TicketSamples;
import dev.aftersales.ticket.ContactPerson;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.TicketId;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.warranty.CoverageDecision;
import dev.aftersales.warranty.DefectCause;
import dev.aftersales.warranty.Exclusion;
import dev.aftersales.warranty.UnitFacts;
import dev.aftersales.warranty.WarrantyDecider;
import dev.aftersales.warranty.WarrantyDecisionEntry;
import dev.aftersales.warranty.WarrantySettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * EU-4 in the JDBC store: every personal column holds only what the {@link PersonalDataCodec}
 * made of the value, the other columns hold no personal data, and no exception of the store
 * quotes a personal value. Subclassed per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersonalDataContract {

    static final String NAME = "王小明";
    static final String PHONE = "13800138000";
    static final String ID_CARD = "11010519491231002X";
    static final String EMPLOYER = "北京某某科技有限公司";
    static final String CONTACT_NAME = "李雷";
    static final String CONTACT_PHONE = "+86 139 0000 1111";

    TckDatabase database;
    JdbcStore store;

    abstract DatabaseKind kind();

    @BeforeAll
    void open() {
        database = TckDatabase.open(kind());
    }

    @AfterAll
    void drop() {
        database.close();
    }

    @BeforeEach
    void fresh() {
        store = database.freshStore();
    }

    static Owner owner() {
        OwnerProfile profile = new OwnerProfile(NAME, 41, "engineer", EMPLOYER, 3, HouseholdStructure.COUPLE_WITH_CHILDREN,
                List.of(new PhoneNumber(PHONE), new PhoneNumber("010-62345678")), new IdCardNumber(ID_CARD));
        return Owner.create(OwnerId.of("O-1"), profile, CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING,
                PaymentStatus.PAID_UP).recordOutstandingItem(new OutstandingItem("IT-1",
                OutstandingItem.Kind.COMPENSATION, "promised to " + NAME));
    }

    static TicketRecord contactTicket() {
        return TicketSamples.repair("T-1", Instant.parse("2025-03-03T01:00:00Z"), TicketSamples.UNIT_1,
                Reporter.byContact(ContactPerson.of(CONTACT_NAME, CONTACT_PHONE)));
    }

    @Test
    @DisplayName("EU-4 personal columns hold only the codec's output; the personal values are nowhere in the tables")
    void personalColumnsAreEncoded() throws SQLException {
        store.owners().save(owner());
        store.tickets().save(contactTicket());
        for (PersonalColumn column : List.of(PersonalColumn.OWNER_NAME, PersonalColumn.OWNER_EMPLOYER,
                PersonalColumn.OWNER_PHONES, PersonalColumn.OWNER_ID_CARD_NUMBER, PersonalColumn.OWNER_ITEM_DESCRIPTION,
                PersonalColumn.TICKET_CONTACT_NAME, PersonalColumn.TICKET_CONTACT_PHONE, PersonalColumn.TICKET_DESCRIPTION)) {
            List<String> values = column(column.table(), column.column());
            assertFalse(values.isEmpty(), column.toString());
            values.forEach(v -> assertTrue(v.startsWith(ReversingCodec.TAG), column + " holds " + v));
        }
        String everything = String.join("|", dump("owner")) + String.join("|", dump("owner_item"))
                + String.join("|", dump("ticket")) + String.join("|", dump("ticket_step"));
        for (String personal : List.of(NAME, PHONE, ID_CARD, EMPLOYER, CONTACT_NAME, CONTACT_PHONE)) {
            assertFalse(everything.contains(personal), "plain personal value in the tables");
        }
        assertEquals(owner().withVersion(1), store.owners().findById(OwnerId.of("O-1")).orElseThrow());
    }

    @Test
    @DisplayName("EU-4 WA-6 the recorded reason of an excluded warranty decision holds only the codec's output")
    void warrantyReasonIsEncoded() throws SQLException {
        String reason = "wall opened by the owner's fitter " + NAME;
        CoverageDecision decision = WarrantyDecider.withBuiltInCatalogue()
                .decide(UnitFacts.handedOver(WarrantySettings.forEstate(
                        EstateId.of("E-1"), LocalDate.of(2024, 1, 1)),
                        BuildingId.of("B-1"), LocalDate.of(2024, 3, 1)),
                        "waterproofed-leaks", LocalDate.of(2024, 6, 1), DefectCause
                                .excluded(Exclusion.OWNER_ALTERATION, reason));
        WarrantyDecisionEntry entry = new WarrantyDecisionEntry(
                TicketId.of("T-1"), 1, decision, Actor.staff("S-1"),
                Instant.parse("2024-06-02T01:00:00Z"));
        store.warrantyDecisions().append(entry);
        PersonalColumn column = PersonalColumn.WARRANTY_DECISION_REASON;
        List<String> values = column(column.table(), column.column());
        assertEquals(1, values.size());
        assertTrue(values.get(0).startsWith(ReversingCodec.TAG), column + " holds " + values.get(0));
        assertFalse(String.join("|", dump("warranty_decision")).contains(NAME), "plain personal value in the table");
        assertEquals(List.of(entry), store.warrantyDecisions().decisionsOf(TicketId.of("T-1")));
    }

    @Test
    @DisplayName("EU-4 a stale write names the owner's id and versions, never the profile")
    void staleWriteNamesIdsOnly() {
        store.owners().save(owner());
        StaleWriteException e = assertThrows(StaleWriteException.class, () -> store.owners().save(owner()));
        assertFalse(trace(e).contains(NAME) || trace(e).contains(PHONE), trace(e));
        assertTrue(e.getMessage().contains("O-1"));
    }

    @Test
    @DisplayName("EU-4 a codec output too long for its column is refused before the database sees it, without quoting it")
    void refusedValueIsNotQuoted() {
        String longName = "名".repeat(40) + "-UNIQUE-MARKER";
        JdbcStore widening = JdbcStore.create(database.db().dataSource()).tablePrefix(TckDatabase.PREFIX)
                .personalDataCodec(new PersonalDataCodec() {
                    @Override
                    public String encode(PersonalColumn column, String value) {
                        return column == PersonalColumn.OWNER_NAME ? value.repeat(20) : value;
                    }

                    @Override
                    public String decode(PersonalColumn column, String stored) {
                        return stored;
                    }
                }).build();
        Owner o = owner();
        Owner named = o.withProfile(new OwnerProfile(longName.substring(0, 50), null, null, null, null, null,
                List.of(new PhoneNumber(PHONE)), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> widening.owners().save(named));
        assertTrue(e.getMessage().contains("owner.name"), e.getMessage());
        String trace = trace(e);
        assertFalse(trace.contains("名名名"), trace);
        assertFalse(trace.contains(PHONE), trace);
        assertEquals(0, database.db().queryLong("SELECT COUNT(*) FROM " + TckDatabase.PREFIX.table("owner")));
    }

    private List<String> column(String table, String column) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = database.db().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + TckDatabase.PREFIX.table(table)
                     + " WHERE " + column + " IS NOT NULL")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private List<String> dump(String table) throws SQLException {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = database.db().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + TckDatabase.PREFIX.table(table))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    out.add(String.valueOf(rs.getString(i)));
                }
            }
        }
        return out;
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
