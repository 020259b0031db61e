package be.tafel.meeting;

import be.tafel.meeting.MeetingSessions.Actor;
import be.tafel.meeting.MeetingSessions.Session;
import be.tafel.store.CypherFiles;
import be.tafel.store.GraphStore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed at a table from one meeting-mode session to a later one (Net-Map's "compare with last year"): the
 * actors rated now and not then and the other way round, each actor whose influence or stance changed, and the
 * ties and partners this session added that the earlier one had not. By default a session is compared with the
 * table's session just before it (by date, then by when it was saved).
 */
public final class SessionComparison {
    private final MeetingSessions sessions;
    private final GraphStore store;

    public SessionComparison(MeetingSessions sessions, GraphStore store) {
        this.sessions = sessions;
        this.store = store;
    }

    /** A session as the comparison names it. */
    public record SessionRef(String id, String date, String who) {
        static SessionRef of(Session s) {
            return new SessionRef(s.id(), s.date(), s.who());
        }
    }

    /** An actor of one of the two sessions. */
    public record RatedActor(String id, String name, int influence, String stance) {}

    /** An actor rated in both sessions whose influence or stance differs. */
    public record Moved(
            String id,
            String name,
            int influenceBefore,
            int influenceAfter,
            int change,
            String stanceBefore,
            String stanceAfter) {}

    /** A tie one session added, with the names of its ends. */
    public record Tie(String a, String aName, String b, String bName) {}

    /** A partner one session added. */
    public record AddedPartner(String id, String name) {}

    /**
     * The comparison; {@code previous} is null (left out of the JSON) for a table's first session (then every list
     * is empty), and
     * {@code earlier} lists every session before this one, newest first, to compare with instead.
     */
    public record Comparison(
            SessionRef session,
            SessionRef previous,
            List<SessionRef> earlier,
            List<RatedActor> actorsAdded,
            List<RatedActor> actorsRemoved,
            List<Moved> influenceChanged,
            List<Moved> stanceChanged,
            List<Tie> tiesAdded,
            List<AddedPartner> partnersAdded) {}

    /** Thrown when {@code with} names no earlier session of the table. */
    public static final class NotEarlier extends RuntimeException {
        NotEarlier(String message) {
            super(message);
        }
    }

    /**
     * Compares session {@code id} at {@code table} with session {@code with}, or with the one before it when
     * {@code with} is null; empty when the table has no session {@code id}.
     */
    public Optional<Comparison> compare(String table, String id, String with) {
        List<Session> all = sessions.list(table); // newest first
        int at = indexOf(all, id);
        if (at < 0) {
            return Optional.empty();
        }
        Session session = all.get(at);
        List<Session> earlier = all.subList(at + 1, all.size());
        Session previous;
        if (with == null) {
            previous = earlier.isEmpty() ? null : earlier.getFirst();
        } else {
            int index = indexOf(earlier, with);
            if (index < 0) {
                throw new NotEarlier("'" + with + "' is not a session of table '" + table + "' before '" + id + "'"
                        + (earlier.isEmpty()
                                ? "; it is the table's first session"
                                : "; earlier sessions: "
                                        + String.join(
                                                ", ",
                                                earlier.stream()
                                                        .map(Session::id)
                                                        .toList())));
            }
            previous = earlier.get(index);
        }
        List<SessionRef> refs = earlier.stream().map(SessionRef::of).toList();
        if (previous == null) {
            return Optional.of(new Comparison(
                    SessionRef.of(session),
                    null,
                    refs,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()));
        }
        Map<String, String> names = names(session, previous);
        Map<String, Actor> now = byId(session.actors());
        Map<String, Actor> then = byId(previous.actors());
        List<RatedActor> added = new ArrayList<>();
        List<RatedActor> removed = new ArrayList<>();
        List<Moved> influence = new ArrayList<>();
        List<Moved> stance = new ArrayList<>();
        now.forEach((actorId, actor) -> {
            Actor before = then.get(actorId);
            if (before == null) {
                added.add(rated(actor, names));
            } else {
                Moved moved = new Moved(
                        actorId,
                        names.getOrDefault(actorId, actorId),
                        before.influence(),
                        actor.influence(),
                        actor.influence() - before.influence(),
                        before.stance(),
                        actor.stance());
                if (moved.change() != 0) {
                    influence.add(moved);
                }
                if (!before.stance().equals(actor.stance())) {
                    stance.add(moved);
                }
            }
        });
        then.forEach((actorId, actor) -> {
            if (!now.containsKey(actorId)) {
                removed.add(rated(actor, names));
            }
        });
        influence.sort(
                Comparator.comparingInt((Moved m) -> -Math.abs(m.change())).thenComparing(Moved::name));
        stance.sort(Comparator.comparing(Moved::name));
        added.sort(Comparator.comparing(RatedActor::name));
        removed.sort(Comparator.comparing(RatedActor::name));
        Set<String> oldTies = new HashSet<>();
        previous.ties().forEach(t -> oldTies.add(pair(t)));
        List<Tie> ties = new ArrayList<>();
        for (JsonNode t : session.ties()) {
            if (!oldTies.contains(pair(t))) {
                String a = t.path("a").asText();
                String b = t.path("b").asText();
                ties.add(new Tie(a, names.getOrDefault(a, a), b, names.getOrDefault(b, b)));
            }
        }
        Set<String> oldPartners = new HashSet<>();
        previous.partners().forEach(p -> oldPartners.add(p.path("id").asText()));
        List<AddedPartner> partners = new ArrayList<>();
        for (JsonNode p : session.partners()) {
            if (!oldPartners.contains(p.path("id").asText())) {
                partners.add(new AddedPartner(
                        p.path("id").asText(),
                        p.path("name").asText(p.path("id").asText())));
            }
        }
        return Optional.of(new Comparison(
                SessionRef.of(session),
                SessionRef.of(previous),
                refs,
                added,
                removed,
                influence,
                stance,
                ties,
                partners));
    }

    private static int indexOf(List<Session> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Actor> byId(List<Actor> actors) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static RatedActor rated(Actor actor, Map<String, String> names) {
        return new RatedActor(
                actor.id(), names.getOrDefault(actor.id(), actor.id()), actor.influence(), actor.stance());
    }

    /** An undirected tie's key: its two ends in order. */
    private static String pair(JsonNode tie) {
        String a = tie.path("a").asText();
        String b = tie.path("b").asText();
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** The names of every actor and tie end of both sessions, as the network has them now. */
    private Map<String, String> names(Session session, Session previous) {
        Set<String> ids = new HashSet<>();
        for (Session s : List.of(session, previous)) {
            s.actors().forEach(a -> ids.add(a.id()));
            s.ties().forEach(t -> {
                ids.add(t.path("a").asText());
                ids.add(t.path("b").asText());
            });
        }
        Map<String, String> names = new HashMap<>();
        store.read(tx -> tx.run(CypherFiles.load("meeting/names"), Map.of("ids", List.copyOf(ids)))
                        .list())
                .forEach(r -> names.put(
                        r.get("id").asString(),
                        r.get("name").asString(r.get("id").asString())));
        return names;
    }
}
