package org.personneltracker.manage;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.StaleObjectStateException;
import org.personneltracker.common.ApiException;
import org.personneltracker.common.FormErrors;
import org.personneltracker.common.NamedRecords;
import org.personneltracker.common.ProblemMappers;
import org.personneltracker.common.Violation;

/**
 * The pages that correct the record: edit people, companies and context events, add a launch or funding round by
 * hand, merge two people or companies, retract and delete. Each goes through the feature's service (the one write
 * path), shows every problem at once with the form's own labels, and works without JavaScript.
 */
final class ManagePages {

    private ManagePages() {
    }

    /** The typed values of a person's or company's form, by input name. */
    public record Values(Map<String, String> values) {
        public String get(String name) {
            String v = values.get(name);
            return v == null ? "" : v;
        }
    }

    /** A person or company being merged away, and what it may be merged into. */
    public record Merge(String kind, String kindPlural, String slug, String name, String into,
            List<NamedRecords.Similar> close, FormErrors errors, String base) {
    }

    /** A delete to confirm: what it is, where it lives, and why it cannot go (the 409's words) when it cannot. */
    public record Confirm(String what, String name, String action, String back, String refusal) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance personForm(String slug, Values f, int version, FormErrors errors,
                String conflict);

        static native TemplateInstance companyForm(String slug, Values f, int version, FormErrors errors,
                String conflict, List<String> companyNames);

        static native TemplateInstance contextForm(Long id, Values f, List<SourceRow> sources, FormErrors errors,
                String conflict, List<Choice> types, List<Choice> statuses, List<Choice> tiers, List<String> companyNames);

        static native TemplateInstance merge(Merge m);

        static native TemplateInstance confirm(Confirm c);

        static native TemplateInstance retract(long id, String title, String reason, FormErrors errors);
    }

    /** One source row of the context form. */
    public record SourceRow(int index, String url, String title, String publisher, String tier, String publishedDate,
            String quote) {
        /** The input name of one of the row's fields: sources[2].url. */
        public String name(String field) {
            return "sources[" + index + "]." + field;
        }
    }

    public record Choice(String value, String label) {
    }

    /** The lines of a text area as a list, blanks left out. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Runs a write for a form: the answer of {@code saved} when it works, the form again (400) with every problem
     * when the input is refused, or a conflict message (409) when the record changed meanwhile.
     */
    static Response attempt(Supplier<Response> saved, java.util.function.BiFunction<List<Violation>, String, Response> refused) {
        try {
            return saved.get();
        } catch (ConstraintViolationException e) {
            return refused.apply(ProblemMappers.violationsOf(e), null);
        } catch (ApiException e) {
            if (e.status() == 409) {
                return refused.apply(List.of(), e.getMessage());
            }
            if (e.status() == 400) {
                return refused.apply(e.violations().isEmpty() ? List.of(new Violation("body", e.getMessage()))
                        : e.violations(), null);
            }
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException || t instanceof StaleObjectStateException) {
                    return refused.apply(List.of(), "Someone else changed this record after you opened the form, so"
                            + " your changes were not saved. Reload the page to see the current version.");
                }
            }
            throw e;
        }
    }

    /** The body's lists come from text areas of one entry a line: aliases[2] is a line of aliasLines. */
    static List<Violation> lineFields(List<Violation> violations) {
        return violations.stream().map(v -> new Violation(v.field().replaceFirst("^aliases", "aliasLines")
                .replaceFirst("^links", "linkLines"), v.message())).toList();
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    static List<Violation> join(List<Violation> a, List<Violation> b) {
        List<Violation> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
