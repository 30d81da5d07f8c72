package org.personneltracker.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.personneltracker.common.ApiException;
import org.personneltracker.event.LoggedFromArticle;

/**
 * The articles read on /ingest, kept {@link #KEEP} in the database so their results survive a round trip through
 * the logging form (and a restart, and a second instance): the results page is {@code /ingest/{id}}, and each
 * candidate logged from it is remembered with the event it made. Only the reader who read the article sees it.
 */
@ApplicationScoped
public class Analyses {

    /** How long an article's results are kept. */
    static final Duration KEEP = Duration.ofDays(3);

    @Inject
    ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    /** An article's results as stored: what the reader typed, what was found, and what was logged (by number). */
    public record Stored(String id, IngestPage.Input input, IngestResult result, Map<Integer, Long> logged) {
    }

    /** Keeps an article's results; answers their id. Removes those older than {@link #KEEP} on the way. */
    @Transactional
    public String keep(IngestPage.Input input, IngestResult result) {
        Analysis.delete("createdAt < ?1", Instant.now().minus(KEEP));
        Analysis a = new Analysis();
        a.id = UUID.randomUUID().toString();
        a.createdBy = identity.getPrincipal().getName();
        a.createdAt = Instant.now();
        a.input = json(input);
        a.result = json(withoutRepeatedText(result));
        a.persist();
        return a.id;
    }

    /** The reader's stored results; a 404 when they are not theirs, expired, or never were. */
    @Transactional
    public Stored find(String id) {
        Analysis a = own(id).orElseThrow(() -> ApiException.notFound("the results of this article (they are kept "
                + KEEP.toDays() + " days): read the article again"));
        try {
            IngestResult r = withText(mapper.readValue(a.result, IngestResult.class));
            Map<Integer, Long> logged = a.logged == null ? Map.of()
                    : mapper.readValue(a.logged, new TypeReference<TreeMap<Integer, Long>>() {
                    });
            return new Stored(a.id, mapper.readValue(a.input, IngestPage.Input.class), r, logged);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored ingest results " + id + " are unreadable", e);
        }
    }

    /** Marks a candidate logged when the logging form saved its event (see {@link LoggedFromArticle}). */
    void onLogged(@Observes LoggedFromArticle logged) {
        QuarkusTransaction.joiningExisting().run(() -> own(logged.analysis()).ifPresent(a -> {
            try {
                TreeMap<Integer, Long> map = a.logged == null ? new TreeMap<>()
                        : mapper.readValue(a.logged, new TypeReference<TreeMap<Integer, Long>>() {
                        });
                map.put(logged.candidate(), logged.eventId());
                a.logged = mapper.writeValueAsString(map);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }));
    }

    private Optional<Analysis> own(String id) {
        Analysis a = id == null ? null : Analysis.findById(id);
        if (a == null || identity.isAnonymous() || !a.createdBy.equals(identity.getPrincipal().getName())
                || a.createdAt.isBefore(Instant.now().minus(KEEP))) {
            return Optional.empty();
        }
        return Optional.of(a);
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each candidate's source repeats the article's text: kept once, in {@code source.text}. */
    private static IngestResult withoutRepeatedText(IngestResult r) {
        return mapSources(r, s -> new IngestResult.SourceDraft(s.url(), s.title(), s.publisher(), s.publishedDate(),
                s.quote(), null));
    }

    private static IngestResult withText(IngestResult r) {
        String text = r.source().text();
        return mapSources(r, s -> new IngestResult.SourceDraft(s.url(), s.title(), s.publisher(), s.publishedDate(),
                s.quote(), text));
    }

    private static IngestResult mapSources(IngestResult r,
            java.util.function.UnaryOperator<IngestResult.SourceDraft> f) {
        List<IngestResult.EventDraft> drafts = new ArrayList<>();
        for (IngestResult.EventDraft d : r.candidates()) {
            drafts.add(new IngestResult.EventDraft(d.type(), d.date(), d.dateApproximate(), d.person(), d.company(),
                    d.role(), d.destination(), d.origin(), d.circumstance(), d.summary(), d.reason(), d.confidence(),
                    d.sources().stream().map(f).toList(), d.context(), d.known(), d.mentions()));
        }
        return new IngestResult(r.source(), drafts, r.spans(), r.scores());
    }
}
