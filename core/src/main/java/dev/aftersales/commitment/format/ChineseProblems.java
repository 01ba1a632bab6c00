package dev.aftersales.commitment.format;

import dev.aftersales.commitment.PolicyProblem;

/** Says in Chinese what kind of problem policy validation found (see {@link PolicyProblem.Code}). */
final class ChineseProblems {

    private ChineseProblems() {
    }

    static String of(PolicyProblem problem) {
        String what = switch (problem.code()) {
            case BAD_VERSION -> "版本须为 1 或以上";
            case NO_TERMS -> "制度没有条款";
            case DUPLICATE_TERM -> "两个条款使用同一个键";
            case SELECTOR_NEVER_MATCHES -> "适用范围不可能匹配任何工单";
            case NEVER_STARTS -> "条款永远不会开始";
            case NEVER_STOPS -> "没有能结束条款的步骤";
            case STOP_EQUALS_START -> "条款在开始的同一步骤结束";
            case BAD_TARGET -> "目标为负、少于一个工作日或超过十年";
            case UNKNOWN_CALENDAR -> "未知的日历";
            case NO_AGREED_TIME -> "所取约定时间的步骤不带约定时间";
            case WARNING_AFTER_DEADLINE -> "预警在期限之时或之后";
            case WARNING_BEFORE_START -> "预警在开始之时或之前";
            case DUPLICATE_WARNING -> "同一预警出现两次";
            case NO_RECIPIENT -> "升级级别没有接收人";
            case BAD_ESCALATION_OFFSET -> "升级时间为负、超过十年或早于上一级";
            case AMBIGUOUS_SELECTION -> "另一制度以相同的具体程度为可能相同的工单定义了同一条款（PS-1）";
        };
        return problem.termKey() == null ? what : "条款 " + problem.termKey() + "：" + what;
    }
}
