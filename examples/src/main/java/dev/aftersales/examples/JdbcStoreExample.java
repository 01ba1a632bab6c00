package dev.aftersales.examples;

import dev.aftersales.AfterSales;
import dev.aftersales.commitment.Commitment;
import dev.aftersales.commitment.CommitmentEvent;
import dev.aftersales.commitment.service.SweepReport;
import dev.aftersales.common.Actor;
import dev.aftersales.common.DepartmentId;
import dev.aftersales.common.DomainEvent;
import dev.aftersales.common.IdGenerator;
import dev.aftersales.property.AddBuilding;
import dev.aftersales.property.AddPlot;
import dev.aftersales.property.AddUnit;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterEstate;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import dev.aftersales.storage.jdbc.schema.MigrationReport;
import dev.aftersales.storage.jdbc.store.JdbcStore;
import dev.aftersales.testkit.TestClock;
import dev.aftersales.ticket.Channel;
import dev.aftersales.ticket.LodgeComplaint;
import dev.aftersales.ticket.ReportRepair;
import dev.aftersales.ticket.Reporter;
import dev.aftersales.ticket.Severity;
import dev.aftersales.ticket.TicketLocation;
import dev.aftersales.ticket.TicketRecord;
import dev.aftersales.ticket.Urgency;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The entry point on the JDBC store: H2 in memory by default (nothing to install), or any
 * PostgreSQL, MariaDB/MySQL or H2 database named by a JDBC URL. The program migrates the schema,
 * registers a unit and its owner (once per database: intake checks them, EU-1, EU-3),
 * reports a repair and lodges a complaint (each step, the commitments it starts and its events in
 * one transaction, rules RP-2, CP-1, CP-5), delivers the events from the outbox, explains a
 * deadline in English and Chinese (SL-15), lets two days pass, sweeps from two "nodes" (each
 * breach and escalation recorded once, SL-9, CP-8) and delivers the commitment events.
 *
 * <pre>
 * mvn -q -pl examples -am -DskipTests -Prun-examples verify                    (H2 in memory, with the others)
 *   -Daftersales.example.jdbc.url=jdbc:h2:./target/aftersales-example         (H2 in a file)
 *   -Daftersales.example.jdbc.url=jdbc:postgresql://127.0.0.1:5432/test -Daftersales.example.jdbc.user=postgres
 *       -Dexample.jdbc.driver=$HOME/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar
 *   -Daftersales.example.jdbc.url=jdbc:mariadb://127.0.0.1:3306/test -Daftersales.example.jdbc.user=root
 *       -Dexample.jdbc.driver=$HOME/.m2/repository/org/mariadb/jdbc/mariadb-java-client/3.5.6/mariadb-java-client-3.5.6.jar
 * </pre>
 * {@code aftersales.example.jdbc.password} sets a password. PostgreSQL and MariaDB need their JDBC
 * driver on the class path ({@code example.jdbc.driver}; the examples module brings H2 only). On a
 * server the tables get the prefix {@code example_} and identifiers are random, so that the program
 * can run again on the same database.
 */
public final class JdbcStoreExample {

    /** The system property naming the JDBC URL. */
    public static final String URL = "aftersales.example.jdbc.url";
    private static final String IN_MEMORY = "jdbc:h2:mem:aftersales-example;DB_CLOSE_DELAY=-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SHANGHAI);
    private static final DepartmentId HOTLINE = DepartmentId.of("hotline");

    private JdbcStoreExample() {
    }

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        String url = System.getProperty(URL, IN_MEMORY);
        boolean inMemory = url.startsWith("jdbc:h2:mem:");
        DataSource dataSource = new UrlDataSource(url, System.getProperty("aftersales.example.jdbc.user", ""),
                System.getProperty("aftersales.example.jdbc.password", ""));
        TestClock clock = TestClock.at("2025-06-16T01:00:00Z", SHANGHAI); // Monday 09:00 in Shanghai
        JdbcStore store = JdbcStore.create(dataSource).tablePrefix(inMemory ? "aftersales_" : "example_")
                .outbox(clock).build();

        section("1. Schema (built-in migrator; Flyway can run the same scripts)");
        MigrationReport migration = store.migrate();
        System.out.println("  " + url.replaceAll("password=[^&;]*", "password=***") + ": schema version "
                + migration.fromVersion() + " -> " + migration.toVersion());

        List<DomainEvent> delivered = new ArrayList<>();
        try (AfterSales desk = AfterSales.builder().store(store).clock(clock).sweeperName("node-1")
                .idGenerator(inMemory ? IdGenerator.sequential("") : IdGenerator.randomUuids())
                .listener(delivered::add).build()) {

            section("2. The unit and its owner: intake checks them against the register (EU-1, EU-3)");
            registerPropertyOnce(desk);
            System.out.println("  events delivered so far: " + delivered.size() + "; from the outbox: "
                    + desk.publishPending() + " -> " + delivered.size());

            section("3. A repair and a complaint: each step, its commitments and its events in one transaction");
            TicketLocation flat = TicketLocation.ofUnit(UnitId.of("E1-A-1-101"));   // building and estate from the register
            Reporter owner = Reporter.byOwner(OwnerId.of("O-1001"));
            TicketRecord repair = desk.reportRepair(new ReportRepair(flat, owner, Channel.HOTLINE, Urgency.NORMAL,
                    HOTLINE, "crack in the bedroom wall"), Actor.staff("S-02"));
            TicketRecord complaint = desk.lodgeComplaint(new LodgeComplaint(
                    TicketLocation.estateCommonArea(EstateId.of("E1"), "garden lights"), owner, Channel.HOTLINE,
                    Severity.GENERAL, HOTLINE, "the garden lights have been off for a week"), Actor.staff("S-02"));
            for (TicketRecord t : List.of(repair, complaint)) {
                for (Commitment c : desk.commitmentsOf(t.id())) {
                    System.out.printf("  %-9s %-24s due %s%n", t.kind(), c.termKey(), TIME.format(c.deadline()));
                }
            }
            System.out.println("  events delivered so far: " + delivered.size() + "; from the outbox: "
                    + desk.publishPending() + " -> " + delivered.size());

            section("4. Why the repair's contact is due then (SL-15)");
            Commitment contact = desk.commitmentsOf(repair.id()).get(0);
            System.out.println(indent(desk.explain(contact.id(), Locale.ENGLISH)));
            System.out.println(indent(desk.explain(contact.id(), Locale.SIMPLIFIED_CHINESE)));

            section("5. Two days later: two sweeping nodes, each firing recorded once (SL-9, CP-8)");
            clock.advance(Duration.ofDays(2));
            SweepReport first = desk.sweep();
            try (AfterSales node2 = AfterSales.builder().store(store).clock(clock).sweeperName("node-2")
                    .idGenerator(inMemory ? IdGenerator.sequential("n2-") : IdGenerator.randomUuids()).build()) {
                SweepReport second = node2.sweep();
                System.out.println("  node-1 fired " + first.fired() + ", node-2 fired " + second.fired()
                        + " (nothing left for it)");
            }
            delivered.clear();
            desk.publishPending();
            for (DomainEvent e : delivered) {
                if (e instanceof CommitmentEvent ce) {
                    System.out.printf("  %-10s level %d  %-24s scheduled %s  %s%n", ce.kind(), ce.level(), ce.termKey(),
                            TIME.format(ce.scheduledAt()), ce.recipients().isEmpty() ? "" : "-> " + ce.recipients());
                }
            }
        }
    }

    /**
     * Registers estate E1 with unit E1-A-1-101 and owner O-1001, unless an earlier run on the same
     * database did.
     */
    private static void registerPropertyOnce(AfterSales desk) {
        if (desk.property().findEstate(EstateId.of("E1")).isPresent()) {
            System.out.println("  registered by an earlier run");
            return;
        }
        desk.property().registerEstate(new RegisterEstate("E1", "Riverside Garden"));
        desk.property().addPlot(new AddPlot("E1", "E1-A", "Plot A"));
        desk.property().addBuilding(new AddBuilding("E1-A", "E1-A-1", "Building 1"));
        desk.property().addUnit(AddUnit.usable("E1-A-1", "E1-A-1-101", "101", UnitKind.RESIDENCE, "89.50",
                UnitUsage.RESIDENTIAL));
        desk.registerOwner(RegisterOwner.builder().ownerId("O-1001").name("王五").phone("13700137000")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                .build());
        System.out.println("  " + desk.countPlot(PlotId.of("E1-A")));
    }

    private static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }

    private static void section(String title) {
        System.out.println();
        System.out.println(title);
    }

    /** A data source over {@link DriverManager}: enough for an example; use a pool in production. */
    private static final class UrlDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;

        UrlDataSource(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
