package dev.aftersales.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What {@link CallbackReviewExample} prints: the review of dissatisfied callbacks (MS-3) and the callback round (MS-2). */
class CallbackReviewExampleTest {

    private static String output;

    @BeforeAll
    static void runExample() {
        output = CallbackReviewExample.run();
    }

    private static void assertPrints(String expected) {
        assertTrue(output.contains(expected), () -> "expected\n" + expected + "\nin\n" + output);
    }

    @Test
    @DisplayName("MS-3: March's report lists the two dissatisfied callbacks newest first, with department, kind and aspects")
    void ms3DissatisfiedReview() {
        assertPrints("Satisfaction: 1 / 3 (33.3 %)");
        assertPrints("Dissatisfied callbacks (score below 4), newest first\n"
                + "  2025-03-05 12:00 ticket RV-T-38 (Repair, department engineering, Visit): score 3; "
                + "response speed 2, attitude -, result -\n"
                + "  2025-03-03 14:00 ticket RV-T-8 (Repair, department engineering, Phone): score 2; "
                + "response speed 1, attitude 4, result 2\n");
        assertPrints("不满意回访（评分低于 4），最新在前\n");
        assertPrints("评分 2；响应速度 1, 服务态度 4, 处理结果 2\n");
        assertPrints("time,ticket,Kind,Estate,Building,Department,method,score,response speed,attitude,result\r\n"
                + "2025-03-05T04:00:00Z,RV-T-38,Repair,E-1,B-1,engineering,VISIT,3,2,,\r\n"
                + "2025-03-03T06:00:00Z,RV-T-8,Repair,E-1,B-1,engineering,PHONE,2,1,4,2\r\n");
    }

    @Test
    @DisplayName("MS-2: the round of May and June lists the two owners of March's closures once each, tracked to done and not reached")
    void ms2CallbackRound() {
        assertPrints("generated twice, same round: true\n");
        assertPrints("Callback round 2025-05-01 to 2025-06-30 (tickets closed 2025-03-01 to 2025-04-30): 2 customers\n"
                + "  done 1, not reached 1, open 0\n");
        assertPrints("回访批次 2025-05-01 至 2025-06-30（2025-03-01 至 2025-04-30 结案的工单）：2 位客户\n"
                + "  已回访 1，未联系上 1，待回访 0\n");
        assertPrints("round from,round to,owner,tickets,last closed,status,method,tracked at\r\n"
                + "2025-04-30T16:00:00Z,2025-06-30T16:00:00Z,O-1,2,2025-03-04T05:00:00Z,DONE,PHONE,2025-05-05T03:00:00Z\r\n"
                + "2025-04-30T16:00:00Z,2025-06-30T16:00:00Z,O-2,1,2025-03-05T04:00:00Z,NOT_REACHED,PHONE,"
                + "2025-05-05T03:00:00Z\r\n");
    }
}
