package be.tafel.survey;

import java.util.List;

/** The fixed vocabularies of the questionnaire: collaboration kinds, how often, the 1–4 scale. */
public final class SurveyQuestions {
    /** The collaboration kinds Tafel knows (the demo's and the import template's). */
    public static final List<String> KINDS = List.of(
            "joint-activity",
            "referral-agreement",
            "information-exchange",
            "joint-project",
            "shared-location",
            "case-consultation");
    /** How often the two partners work together, rarest first. */
    public static final List<String> FREQUENCIES = List.of("yearly", "quarterly", "monthly", "weekly");
    /** The three trust indicators (PARTNER: openness to discussion, reliability, shared mission). */
    public static final List<String> TRUST = List.of("openness", "reliability", "mission");
    /** The three value indicators (PARTNER: power and influence, level of involvement, resources). */
    public static final List<String> VALUE = List.of("influence", "involvement", "resources");

    public static final int SCALE_MIN = 1;
    public static final int SCALE_MAX = 4;
    public static final List<String> LANGUAGES = List.of("nl", "en");

    private SurveyQuestions() {}
}
