package be.tafel.web;

import be.tafel.auth.AccessControl;
import be.tafel.auth.Principal;
import be.tafel.auth.RateLimiter;
import be.tafel.auth.Role;
import be.tafel.survey.NewWave;
import be.tafel.survey.Questionnaire;
import be.tafel.survey.SurveyExceptions;
import be.tafel.survey.SurveyQr;
import be.tafel.survey.SurveyService;
import be.tafel.survey.SurveyTokens;
import be.tafel.survey.WaveRequest;
import be.tafel.survey.WaveResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.TooManyRequestsResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The survey in waves: {@code /api/surveys/**} for brokers (results also for analysts and viewers, as
 * aggregates) and {@code /api/survey/{token}} for respondents, whose token is their only credential.
 */
public final class SurveyRoutes {
    /** Requests per minute on one survey token, and from one address on the token route. */
    public static final int PER_TOKEN_PER_MINUTE = 120;

    public static final int PER_ADDRESS_PER_MINUTE = 600;
    /** What a problem on the token route names as its instance: never the token. */
    static final String RESPONDENT_INSTANCE = "/api/survey";

    private final SurveyService surveys;
    private final Questionnaire questionnaire;
    private final ObjectMapper json;
    private final RateLimiter limiter = new RateLimiter(PER_TOKEN_PER_MINUTE, System::currentTimeMillis);
    private final RateLimiter addressLimiter = new RateLimiter(PER_ADDRESS_PER_MINUTE, System::currentTimeMillis);

    public SurveyRoutes(SurveyService surveys, Questionnaire questionnaire, ObjectMapper json) {
        this.surveys = surveys;
        this.questionnaire = questionnaire;
        this.json = json;
    }

    /** One problem+json answer per survey exception. */
    public static void register(JavalinConfig config) {
        config.routes.exception(
                SurveyExceptions.DeadLink.class,
                (e, ctx) -> Problems.send(
                        ctx, Problem.of(404, "Survey link not valid", e.getMessage(), RESPONDENT_INSTANCE)));
        config.routes.exception(
                be.tafel.analysis.UnknownWaveException.class,
                (e, ctx) -> Problems.send(
                        ctx, Problem.of(404, "Not found", e.getMessage() + " (query parameter 'wave')", ctx.path())));
        config.routes.exception(
                SurveyExceptions.UnknownWave.class,
                (e, ctx) -> Problems.send(ctx, Problem.of(404, "Not found", e.getMessage(), ctx.path())));
        config.routes.exception(
                SurveyExceptions.UnknownName.class,
                (e, ctx) -> Problems.send(ctx, Problem.of(404, "Not found", e.getMessage(), ctx.path())));
        config.routes.exception(
                SurveyExceptions.NameResolved.class,
                (e, ctx) -> Problems.send(ctx, Problem.of(409, "Already resolved", e.getMessage(), ctx.path())));
        config.routes.exception(
                SurveyExceptions.WaveClosed.class,
                (e, ctx) -> Problems.send(ctx, Problem.of(409, "Wave closed", e.getMessage(), ctx.path())));
        config.routes.exception(
                SurveyExceptions.InvalidSurvey.class,
                (e, ctx) -> Problems.send(
                        ctx,
                        new Problem(
                                "about:blank",
                                "The answers are not valid",
                                422,
                                e.getMessage(),
                                ctx.path().startsWith("/api/survey/") ? RESPONDENT_INSTANCE : ctx.path(),
                                e.problems())));
    }

    /** {@code POST /api/surveys}. */
    public void open(Context ctx) throws IOException {
        WaveRequest request = json.readValue(ctx.body(), WaveRequest.class);
        NewWave wave = surveys.open(request, baseUrl(ctx), LocalDate.now());
        ctx.status(HttpStatus.CREATED)
                .header("Location", "/api/surveys/" + wave.id())
                .json(wave);
    }

    /** {@code GET /api/surveys}. */
    public void list(Context ctx) {
        ctx.json(surveys.waves());
    }

    /** {@code GET /api/surveys/{id}}. */
    public void wave(Context ctx) {
        ctx.json(surveys.wave(ctx.pathParam("id")));
    }

    /** {@code POST /api/surveys/{id}/close}: closes the wave and writes its ties. */
    public void close(Context ctx) {
        ctx.json(surveys.close(JournalRoutes.author(ctx), ctx.pathParam("id"), LocalDate.now()));
    }

    /** {@code POST /api/surveys/{id}/links/{partner}/revoke}. */
    public void revoke(Context ctx) {
        surveys.revoke(ctx.pathParam("id"), ctx.pathParam("partner"));
        ctx.status(HttpStatus.NO_CONTENT);
    }

    /**
     * {@code POST /api/surveys/{id}/links} with {@code {"partners": [ids]}} (empty: every link): new tokens,
     * the old ones die. {@code ?format=csv} answers a CSV for a mail merge.
     */
    public void reissue(Context ctx) throws IOException {
        List<String> partners = new ArrayList<>();
        if (!ctx.body().isBlank()) {
            JsonNode body = json.readTree(ctx.body());
            body.path("partners").forEach(p -> partners.add(p.asText()));
        }
        NewWave links = surveys.reissue(ctx.pathParam("id"), partners, baseUrl(ctx));
        if ("csv".equals(ctx.queryParam("format"))) {
            ctx.contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + links.id() + "-links.csv\"")
                    .result(csv(links));
        } else {
            ctx.json(links);
        }
    }

    /** {@code POST /api/surveys/qr} with {@code {"text"}}: the QR code of a link as SVG. */
    public void qr(Context ctx) throws IOException {
        String text = json.readTree(ctx.body()).path("text").asText("");
        try {
            ctx.contentType("image/svg+xml").result(SurveyQr.svg(text));
        } catch (IllegalArgumentException e) {
            throw new Problems.BadRequest("Field 'text': " + e.getMessage() + ".");
        }
    }

    /** {@code GET /api/surveys/{id}/results}: individual ties for brokers only. */
    public void results(Context ctx) {
        WaveResults results = surveys.results(ctx.pathParam("id"));
        Principal who = AccessControl.principal(ctx);
        ctx.json(who == null || who.role() != Role.BROKER ? results.aggregatesOnly() : results);
    }

    /** {@code GET /api/survey/{token}}: the questionnaire and the answers so far. */
    public void form(Context ctx) {
        String token = limited(ctx);
        ctx.header("Cache-Control", "no-store").json(questionnaire.open(token, LocalDate.now()));
    }

    /** {@code PUT /api/survey/{token}}: saves answers (all checked first; nothing written on a fault). */
    public void answer(Context ctx) throws IOException {
        String token = limited(ctx);
        JsonNode body = json.readTree(ctx.body());
        ctx.header("Cache-Control", "no-store").json(questionnaire.save(token, body, LocalDate.now()));
    }

    private String limited(Context ctx) {
        String token = ctx.pathParam("token");
        long wait = Math.max(
                addressLimiter.acquire(ctx.ip()),
                limiter.acquire(SurveyTokens.hash(token.length() > 200 ? token.substring(0, 200) : token)));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new TooManyRequestsResponse("Too many requests on this survey link; try again in " + wait + " s.");
        }
        return token;
    }

    static byte[] csv(NewWave links) throws IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT.builder().setHeader("partner", "name", "url").get())) {
            for (NewWave.IssuedLink link : links.links()) {
                printer.printRecord(link.partner(), link.name(), link.url());
            }
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String baseUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
