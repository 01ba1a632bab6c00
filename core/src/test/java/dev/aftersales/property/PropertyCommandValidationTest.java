package dev.aftersales.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aftersales.common.CommandValidator;
import dev.aftersales.common.InvalidCommandException;
import dev.aftersales.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rule CP-2: a command with missing or malformed fields is refused with every violation, in English and Chinese. */
class PropertyCommandValidationTest {

    private static final CommandValidator ENGLISH = ServiceFixture.validator(Locale.ENGLISH);
    private static final CommandValidator CHINESE = ServiceFixture.validator(Locale.SIMPLIFIED_CHINESE);

    private static Map<String, String> violations(CommandValidator validator, Object command) {
        InvalidCommandException e = assertThrows(InvalidCommandException.class, () -> validator.validate(command));
        Map<String, String> byField = new TreeMap<>();
        for (Violation v : e.violations()) {
            byField.merge(v.field(), v.message(), (a, b) -> a + " | " + b);
        }
        assertEquals(command.getClass().getSimpleName(), e.command());
        return byField;
    }

    @Test
    @DisplayName("CP-2 an empty owner registration lists every missing field, in English")
    void cp2_emptyRegisterOwnerInEnglish() {
        RegisterOwner empty = RegisterOwner.builder().build();
        Map<String, String> found = violations(ENGLISH, new RegisterOwner(null, null, null, null, null, null, null,
                null, null, null, null, null, null));
        assertEquals(Map.of("name", "is required", "phones", "is required", "origin", "is required",
                "propertyRightType", "is required", "paymentStatus", "is required"), found);
        assertEquals(Map.of("name", "is required", "phones", "must list 1 to 5 phone numbers", "origin", "is required",
                "propertyRightType", "is required", "paymentStatus", "is required"), violations(ENGLISH, empty));
    }

    @Test
    @DisplayName("CP-2 an empty owner registration lists every missing field, in Chinese")
    void cp2_emptyRegisterOwnerInChinese() {
        Map<String, String> found = violations(CHINESE, RegisterOwner.builder().build());
        assertEquals(Map.of("name", "不能为空", "phones", "必须填写1至5个电话号码", "origin", "不能为空",
                "propertyRightType", "不能为空", "paymentStatus", "不能为空"), found);
    }

    private static RegisterOwner malformedOwner() {
        return RegisterOwner.builder().ownerId("bad id!").name("x".repeat(51)).age(-1).household(0, null)
                .phone("12345").phone("13912345678").phone(null).idCardNumber("1234")
                .classification(CustomerOrigin.TAIWAN, PropertyRightType.WELFARE, PaymentStatus.IN_ARREARS)
                .outstandingItem("L1", OutstandingItem.Kind.COMPENSATION, " ")
                .outstandingItem("L1", null, "window").build();
    }

    @Test
    @DisplayName("CP-2 a malformed owner registration lists every violation with its reason, in English")
    void cp2_malformedRegisterOwnerInEnglish() {
        Map<String, String> found = violations(ENGLISH, malformedOwner());
        Map<String, String> expected = new TreeMap<>();
        expected.put("ownerId", "must be 1 to 64 characters: letters, digits, dot, underscore, colon or hyphen");
        expected.put("name", "must be at most 50 characters");
        expected.put("age", "must be at least 0");
        expected.put("householdSize", "must be at least 1");
        expected.put("phones[0].<list element>",
                "must be a mobile number (11 digits starting with 13 to 19) or a landline number with area code");
        expected.put("phones[2].<list element>", "is required");
        expected.put("idCardNumber", "must be an identity-card number: 17 digits and a digit or X");
        expected.put("outstandingItems[0].description", "is required");
        expected.put("outstandingItems[1].kind", "is required");
        expected.put("itemReferencesDistinct", "each item reference may be used only once");
        assertEquals(expected, found);
    }

    @Test
    @DisplayName("CP-2 a malformed owner registration lists every violation with its reason, in Chinese")
    void cp2_malformedRegisterOwnerInChinese() {
        Map<String, String> found = violations(CHINESE, malformedOwner());
        assertEquals(10, found.size(), found.toString());
        assertEquals("不能超过50个字符", found.get("name"));
        assertEquals("不能小于0", found.get("age"));
        assertEquals("必须是手机号码(11位,以13至19开头)或带区号的固定电话号码", found.get("phones[0].<list element>"));
        assertEquals("必须是身份证号码:17位数字加一位数字或X", found.get("idCardNumber"));
        assertEquals("每个事项编号只能使用一次", found.get("itemReferencesDistinct"));
        assertEquals("必须是1至64个字母、数字、点、下划线、冒号或连字符", found.get("ownerId"));
    }

    @Test
    @DisplayName("CP-2 valid phone formats: mobile, landline with area code, with extension; lower-case x in id cards")
    void cp2_validFormatsPass() {
        RegisterOwner ok = RegisterOwner.builder().name("n").phone("13012345678").phone("010-12345678")
                .phone("057188776655").phone("0571-8877665-123").idCardNumber("11010519491231002x")
                .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP).build();
        assertEquals(ok, ENGLISH.validate(ok));
    }

    @Test
    @DisplayName("CP-2 phone numbers that are neither mobile nor landline with area code are refused")
    void cp2_badPhonesAreRefused() {
        for (String phone : List.of("12012345678", "1391234567", "139123456789", "88776655", "0571-123", "+8613912345678")) {
            RegisterOwner cmd = RegisterOwner.builder().name("n").phone(phone)
                    .classification(CustomerOrigin.LOCAL, PropertyRightType.COMMODITY_HOUSING, PaymentStatus.PAID_UP)
                    .build();
            assertEquals(List.of("phones[0].<list element>"), new ArrayList<>(violations(ENGLISH, cmd).keySet()), phone);
        }
    }

    @Test
    @DisplayName("CP-2 a contract with no unit, no date and inconsistent shares lists every violation, in both languages")
    void cp2_signContractViolations() {
        SignContract cmd = new SignContract(null, List.of(Buyer.of("O1", "1/2"), Buyer.of("O2"), Buyer.of("O1", "x")),
                null);
        Map<String, String> en = violations(ENGLISH, cmd);
        assertEquals(Map.of("unitId", "is required", "signedOn", "is required",
                "buyers[2].share", "must be a fraction such as 1/2",
                "sharesConsistent", "shares must be given for every owner or for none, and add up to 1",
                "ownersDistinct", "each owner may be listed only once"), en);
        Map<String, String> zh = violations(CHINESE, cmd);
        assertEquals(Map.of("unitId", "不能为空", "signedOn", "不能为空", "buyers[2].share", "必须是分数,例如1/2",
                "sharesConsistent", "份额必须为每位业主都填写或都不填写,且合计为1",
                "ownersDistinct", "每位业主只能填写一次"), zh);
    }

    @Test
    @DisplayName("CP-2 shares that do not add up to one are refused; shares that do pass")
    void cp2_sharesMustAddUpToOne() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        assertEquals(List.of("sharesConsistent"), new ArrayList<>(violations(ENGLISH, new SignContract("U1",
                List.of(Buyer.of("O1", "1/2"), Buyer.of("O2", "1/3")), day)).keySet()));
        assertEquals(List.of("sharesConsistent"), new ArrayList<>(violations(ENGLISH, new SignContract("U1",
                List.of(Buyer.of("O1", "3/2")), day)).keySet()));
        SignContract ok = new SignContract("U1", List.of(Buyer.of("O1", "1/2"), Buyer.of("O2", "2/4")), day);
        assertEquals(ok, ENGLISH.validate(ok));
    }

    @Test
    @DisplayName("CP-2 an empty buyer list and an empty transfer are refused with the size message")
    void cp2_noBuyers() {
        assertEquals(Map.of("buyers", "must list 1 to 20 owners"),
                violations(ENGLISH, new SignContract("U1", List.of(), LocalDate.of(2025, 1, 1))));
        assertEquals(Map.of("newOwners", "必须填写1至20位业主", "transferredOn", "不能为空", "unitId",
                "必须是1至64个字母、数字、点、下划线、冒号或连字符"),
                violations(CHINESE, new TransferOwnership("", List.of(), null)));
    }

    @Test
    @DisplayName("CP-2 a unit with a zero area, too many decimals and no kind lists every violation, in both languages")
    void cp2_addUnitViolations() {
        AddUnit zero = new AddUnit("B1", "U1", " ", null, BigDecimal.ZERO, UnitUsage.RESIDENTIAL, null);
        assertEquals(Map.of("number", "is required", "kind", "is required",
                "areaSquareMetres", "must be greater than 0 square metres"), violations(ENGLISH, zero));
        AddUnit fine = new AddUnit("B1", "U1", "1201", UnitKind.RESIDENCE, new BigDecimal("89.555"), null, null);
        assertEquals(Map.of("areaSquareMetres", "整数部分最多7位,小数部分最多2位", "usage", "不能为空"),
                violations(CHINESE, fine));
    }

    @Test
    @DisplayName("IN-3 an area of 1E+2147483647 square metres is refused naming the field, not an ArithmeticException")
    void in3_hugeAreaIsRefused() {
        for (BigDecimal huge : List.of(new BigDecimal("1E+2147483647"), new BigDecimal(java.math.BigInteger.ONE, Integer.MIN_VALUE))) {
            AddUnit unit = new AddUnit("B1", "U1", "1201", UnitKind.RESIDENCE, huge, UnitUsage.RESIDENTIAL, null);
            assertEquals(Map.of("areaSquareMetres", "must be at most 9999999.99 square metres"), violations(ENGLISH, unit));
            assertEquals(Map.of("areaSquareMetres", "不能超过9999999.99平方米"), violations(CHINESE, unit));
        }
        AddUnit tiny = new AddUnit("B1", "U1", "1201", UnitKind.RESIDENCE, new BigDecimal("1E-2147483647"),
                UnitUsage.RESIDENTIAL, null);
        assertEquals(Map.of("areaSquareMetres", "must have at most 7 digits before and 2 after the decimal point"),
                violations(ENGLISH, tiny));
    }

    @Test
    @DisplayName("CP-2 estate, plot, building and handover commands report every missing field")
    void cp2_structureAndHandoverCommands() {
        assertEquals(Map.of("estateId", "is required", "name", "is required"),
                violations(ENGLISH, new RegisterEstate(null, "")));
        assertEquals(Map.of("estateId", "is required", "plotId", "is required", "name", "is required"),
                violations(ENGLISH, new AddPlot(null, null, null)));
        assertEquals(Map.of("plotId", "不能为空", "buildingId", "不能为空", "name", "不能超过100个字符"),
                violations(CHINESE, new AddBuilding(null, null, "x".repeat(101))));
        assertEquals(Map.of("unitId", "is required", "handedOverOn", "is required", "handedOverBy", "is required"),
                violations(ENGLISH, new HandOverUnit(null, null, null)));
    }

    @Test
    @DisplayName("CP-2/EU-3 a malformed profile update lists every violation, in English and Chinese")
    void cp2_updateOwnerProfileViolations() {
        UpdateOwnerProfile bad = UpdateOwnerProfile.builder("bad id!").name(" ").age(151).household(0, null)
                .phones(List.of("12345")).idCardNumber("1234").build();
        Map<String, String> en = violations(ENGLISH, bad);
        Map<String, String> expected = new TreeMap<>();
        expected.put("ownerId", "must be 1 to 64 characters: letters, digits, dot, underscore, colon or hyphen");
        expected.put("name", "is required");
        expected.put("age", "must be at most 150");
        expected.put("householdSize", "must be at least 1");
        expected.put("phones[0].<list element>",
                "must be a mobile number (11 digits starting with 13 to 19) or a landline number with area code");
        expected.put("idCardNumber", "must be an identity-card number: 17 digits and a digit or X");
        expected.put("origin", "is required");
        expected.put("propertyRightType", "is required");
        assertEquals(expected, en);
        Map<String, String> zh = violations(CHINESE, UpdateOwnerProfile.builder(null).build());
        assertEquals(Map.of("ownerId", "不能为空", "name", "不能为空", "phones", "必须填写1至5个电话号码", "origin", "不能为空",
                "propertyRightType", "不能为空"), zh);
    }

    @Test
    @DisplayName("CP-2/EU-3 outstanding-item and payment-status commands report every violation, in English and Chinese")
    void cp2_outstandingItemAndPaymentStatusViolations() {
        assertEquals(Map.of("ownerId", "is required", "reference", "is required", "kind", "is required",
                "description", "is required"), violations(ENGLISH, new RecordOutstandingItem(null, null, null, " ")));
        assertEquals(Map.of("reference", "必须是1至64个字母、数字、点、下划线、冒号或连字符", "description", "不能超过500个字符"),
                violations(CHINESE, new RecordOutstandingItem("O1", "L 1", OutstandingItem.Kind.COMPENSATION,
                        "x".repeat(501))));
        assertEquals(Map.of("ownerId", "不能为空", "reference", "不能为空"),
                violations(CHINESE, new SettleOutstandingItem(null, null)));
        assertEquals(Map.of("ownerId", "must be 1 to 64 characters: letters, digits, dot, underscore, colon or hyphen",
                "paymentStatus", "is required"), violations(ENGLISH, new ChangePaymentStatus("", null)));
        assertEquals(Map.of("paymentStatus", "不能为空"), violations(CHINESE, new ChangePaymentStatus("O1", null)));
    }

    @Test
    @DisplayName("CP-2 the service refuses an invalid command before touching the store")
    void cp2_serviceValidatesFirst() {
        ServiceFixture f = new ServiceFixture(Locale.SIMPLIFIED_CHINESE);
        InvalidCommandException e = assertThrows(InvalidCommandException.class,
                () -> f.service.registerEstate(new RegisterEstate(null, null)));
        assertEquals(2, e.violations().size());
        assertTrue(e.getMessage().contains("不能为空"), e.getMessage());
        assertEquals(0, f.store.estateTable.size());
        assertTrue(f.events.isEmpty());
        assertTrue(Arrays.asList(e.violations().get(0).field(), e.violations().get(1).field()).contains("estateId"));
    }
}
