package dev.aftersales.testkit.arbitraries;

import dev.aftersales.property.Area;
import dev.aftersales.property.Building;
import dev.aftersales.property.BuildingId;
import dev.aftersales.property.CoOwner;
import dev.aftersales.property.CustomerOrigin;
import dev.aftersales.property.Estate;
import dev.aftersales.property.EstateId;
import dev.aftersales.property.HouseholdStructure;
import dev.aftersales.property.IdCardNumber;
import dev.aftersales.property.OutstandingItem;
import dev.aftersales.property.Owner;
import dev.aftersales.property.OwnerId;
import dev.aftersales.property.OwnerProfile;
import dev.aftersales.property.PaymentStatus;
import dev.aftersales.property.PhoneNumber;
import dev.aftersales.property.Plot;
import dev.aftersales.property.PlotId;
import dev.aftersales.property.PropertyRightType;
import dev.aftersales.property.RegisterOwner;
import dev.aftersales.property.Share;
import dev.aftersales.property.Unit;
import dev.aftersales.property.UnitCondition;
import dev.aftersales.property.UnitId;
import dev.aftersales.property.UnitKind;
import dev.aftersales.property.UnitUsage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the property model (rules EU-1..EU-3): phone numbers, id-card numbers,
 * owner profiles, owners, valid registration commands, co-owner shares, areas and whole estates.
 * Every generated value is valid for the library; owners and commands carry realistic personal
 * data (Chinese names, mobile and landline numbers, id-card numbers with a correct check digit),
 * which tests must never see in logs or messages (EU-4).
 */
public final class PropertyArbitraries {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰";
    private static final String[] OCCUPATIONS = {"工程师", "教师", "医生", "公务员", "个体经营", "会计", "退休"};
    private static final String[] EMPLOYERS = {"杭州地铁集团", "浙江大学", "市第一医院", "某科技有限公司", "自营"};
    private static final int[] CHECK_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_DIGITS = "10X98765432";

    private PropertyArbitraries() {
    }

    /**
     * Generates mainland mobile numbers, {@code 1[3-9]} and nine digits.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PhoneNumber> mobileNumbers() {
        return Combinators.combine(Arbitraries.integers().between(3, 9), Arbitraries.strings().numeric().ofLength(9))
                .as((second, rest) -> new PhoneNumber("1" + second + rest));
    }

    /**
     * Generates landline numbers with area code, with or without a hyphen.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PhoneNumber> landlineNumbers() {
        return Combinators.combine(Arbitraries.of("010", "020", "021", "0571", "0755"), Arbitraries.of("", "-"),
                        Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(8))
                .as((area, sep, local) -> new PhoneNumber(area + sep + local));
    }

    /**
     * Generates phone numbers, mostly mobile.
     *
     * @return the arbitrary
     */
    public static Arbitrary<PhoneNumber> phoneNumbers() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, mobileNumbers()),
                net.jqwik.api.Tuple.of(1, landlineNumbers()));
    }

    /**
     * Generates resident id-card numbers with a real birth date and a correct check digit (GB 11643).
     *
     * @return the arbitrary
     */
    public static Arbitrary<IdCardNumber> idCardNumbers() {
        return Combinators.combine(Arbitraries.of("110105", "310104", "330106", "440305"),
                        net.jqwik.time.api.Dates.dates().between(java.time.LocalDate.of(1930, 1, 1),
                                java.time.LocalDate.of(2010, 12, 31)),
                        Arbitraries.strings().numeric().ofLength(3))
                .as((region, birth, seq) -> {
                    String first17 = region + birth.toString().replace("-", "") + seq;
                    return new IdCardNumber(first17 + checkDigit(first17));
                });
    }

    /**
     * Computes the check digit of the first 17 digits of an id-card number (GB 11643).
     *
     * @param first17 the 17 digits
     * @return the check character, a digit or {@code X}
     */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * CHECK_WEIGHTS[i];
        }
        return CHECK_DIGITS.charAt(sum % 11);
    }

    /**
     * Generates Chinese names: a common surname and one or two given characters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> chineseNames() {
        Arbitrary<Character> surname = Arbitraries.of(chars(SURNAMES));
        Arbitrary<String> given = Arbitraries.of(chars(GIVEN)).list().ofMinSize(1).ofMaxSize(2)
                .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
        return Combinators.combine(surname, given).as((s, g) -> s + g);
    }

    private static List<Character> chars(String s) {
        return s.chars().mapToObj(c -> (char) c).toList();
    }

    /**
     * Generates owner profiles: a name and one to three phone numbers always, the other fields
     * (age, occupation, employer, household, id-card number) present or unknown.
     *
     * @return the arbitrary
     */
    public static Arbitrary<OwnerProfile> ownerProfiles() {
        return Combinators.combine(chineseNames(), Arbitraries.integers().between(18, 95).injectNull(0.2),
                        Arbitraries.of(OCCUPATIONS).injectNull(0.3), Arbitraries.of(EMPLOYERS).injectNull(0.3),
                        Arbitraries.integers().between(1, 8).injectNull(0.3),
                        Arbitraries.of(HouseholdStructure.class).injectNull(0.3),
                        phoneNumbers().list().ofMinSize(1).ofMaxSize(3), idCardNumbers().injectNull(0.3))
                .as(OwnerProfile::new);
    }

    /**
     * Generates owner ids of the form {@code O-} and eight characters.
     *
     * @return the arbitrary
     */
    public static Arbitrary<OwnerId> ownerIds() {
        return Arbitraries.strings().alpha().numeric().ofLength(8).map(s -> OwnerId.of("O-" + s));
    }

    /**
     * Generates outstanding items with distinct references within one list ({@code L1}, {@code C2} ...).
     *
     * @return the arbitrary of item lists, up to three items
     */
    public static Arbitrary<List<OutstandingItem>> outstandingItems() {
        return Arbitraries.of(OutstandingItem.Kind.class).list().ofMaxSize(3).map(kinds -> {
            List<OutstandingItem> items = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                OutstandingItem.Kind kind = kinds.get(i);
                String ref = (kind == OutstandingItem.Kind.COMPENSATION ? "C" : "L") + (i + 1);
                items.add(new OutstandingItem(ref, kind, kind == OutstandingItem.Kind.COMPENSATION ? "漏水赔偿" : "阳台栏杆未装"));
            }
            return items;
        });
    }

    /**
     * Generates owners not yet stored (version {@code 0}) with profiles and outstanding items.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Owner> owners() {
        return Combinators.combine(ownerIds(), ownerProfiles(), Arbitraries.of(CustomerOrigin.class),
                        Arbitraries.of(PropertyRightType.class), Arbitraries.of(PaymentStatus.class), outstandingItems())
                .as((id, profile, origin, right, payment, items) -> new Owner(id, profile, origin, right, payment, items, 0));
    }

    /**
     * Generates valid owner registrations without an owner id (the library makes one).
     *
     * @return the arbitrary
     */
    public static Arbitrary<RegisterOwner> registerOwnerCommands() {
        return owners().map(PropertyArbitraries::toCommand);
    }

    /**
     * Returns the registration command that registers an owner as given, id included.
     *
     * @param owner the owner
     * @return the command
     */
    public static RegisterOwner commandFor(Owner owner) {
        RegisterOwner c = toCommand(owner);
        return new RegisterOwner(owner.id().value(), c.name(), c.age(), c.occupation(), c.employer(), c.householdSize(),
                c.householdStructure(), c.phones(), c.idCardNumber(), c.origin(), c.propertyRightType(),
                c.paymentStatus(), c.outstandingItems());
    }

    private static RegisterOwner toCommand(Owner owner) {
        OwnerProfile p = owner.profile();
        return new RegisterOwner(null, p.name(), p.age(), p.occupation(), p.employer(), p.householdSize(),
                p.householdStructure(), p.phones().stream().map(PhoneNumber::value).toList(),
                p.idCardNumber() == null ? null : p.idCardNumber().value(), owner.origin(), owner.propertyRightType(),
                owner.paymentStatus(), owner.outstandingItems().stream()
                        .map(i -> new RegisterOwner.Item(i.reference(), i.kind(), i.description())).toList());
    }

    /**
     * Generates the co-owners of one unit among the given owners: one to all of them (at most
     * four), with equal shares or shares of a common denominator, always adding up to one.
     *
     * @param candidates the owners to choose from, at least one
     * @return the arbitrary
     */
    public static Arbitrary<List<CoOwner>> coOwners(List<OwnerId> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("at least one candidate owner is needed");
        }
        int max = Math.min(4, candidates.size());
        return Arbitraries.subsetOf(candidates).ofMinSize(1).ofMaxSize(max).flatMap(chosen -> {
            List<OwnerId> owners = candidates.stream().filter(chosen::contains).toList();
            Arbitrary<List<CoOwner>> equal = Arbitraries.just(CoOwner.equalShares(owners));
            Arbitrary<List<CoOwner>> split = Arbitraries.integers().between(owners.size(), 100)
                    .flatMap(d -> Arbitraries.integers().between(1, d - owners.size() + 1).list()
                            .ofSize(owners.size()).filter(parts -> parts.stream().mapToInt(Integer::intValue).sum() <= d)
                            .map(parts -> splitShares(owners, parts, d)));
            return Arbitraries.oneOf(equal, split);
        });
    }

    private static List<CoOwner> splitShares(List<OwnerId> owners, List<Integer> parts, int denominator) {
        List<CoOwner> out = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < owners.size() - 1; i++) {
            out.add(new CoOwner(owners.get(i), Share.of(parts.get(i), denominator)));
            used += parts.get(i);
        }
        out.add(new CoOwner(owners.get(owners.size() - 1), Share.of(denominator - used, denominator)));
        return out;
    }

    /**
     * Generates floor areas from 1 to 500 square metres with up to two decimals.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Area> areas() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("500.00")).ofScale(2)
                .map(Area::ofSquareMetres);
    }

    /**
     * Generates units of a building: any kind, usage and condition.
     *
     * @param building the building
     * @param id       the unit's id text
     * @return the arbitrary
     */
    public static Arbitrary<Unit> units(Building building, String id) {
        return Combinators.combine(Arbitraries.of(UnitKind.class), areas(), Arbitraries.of(UnitUsage.class),
                        Arbitraries.of(UnitCondition.class))
                .as((kind, area, usage, condition) ->
                        Unit.create(UnitId.of(id), building, id.substring(id.lastIndexOf('-') + 1), kind, area, usage, condition));
    }

    /**
     * Generates whole estates: one to three plots, each with one to three buildings, each with zero
     * to six units. The estate id is {@code E-} and six characters; plots, buildings and units are
     * numbered under it ({@code E-xxxxxx-P1-B2-U3}).
     *
     * @return the arbitrary
     */
    public static Arbitrary<EstateLayout> estates() {
        Arbitrary<String> estateIds = Arbitraries.strings().alpha().numeric().ofLength(6).map(s -> "E-" + s);
        Arbitrary<List<List<Integer>>> shape = Arbitraries.integers().between(0, 6).list().ofMinSize(1).ofMaxSize(3)
                .list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(estateIds, chineseNames(), shape).flatAs((estateId, name, plotShape) -> {
            Estate estate = Estate.create(EstateId.of(estateId), name + "花园");
            List<Plot> plots = new ArrayList<>();
            List<Building> buildings = new ArrayList<>();
            List<Arbitrary<Unit>> units = new ArrayList<>();
            for (int p = 0; p < plotShape.size(); p++) {
                Plot plot = Plot.create(PlotId.of(estateId + "-P" + (p + 1)), estate.id(), (char) ('A' + p) + "地块");
                plots.add(plot);
                for (int b = 0; b < plotShape.get(p).size(); b++) {
                    Building building = Building.create(BuildingId.of(plot.id().value() + "-B" + (b + 1)), plot, (b + 1) + "栋");
                    buildings.add(building);
                    for (int u = 0; u < plotShape.get(p).get(b); u++) {
                        units.add(units(building, building.id().value() + "-U" + (u + 1)));
                    }
                }
            }
            return Combinators.combine(units).as(list -> new EstateLayout(estate, plots, buildings, list));
        });
    }
}
