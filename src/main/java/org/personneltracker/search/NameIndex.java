package org.personneltracker.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of the names and aliases of people and companies (API.md, Search): words in any order, each found
 * whole, by its start, or with one typo when it has 5 letters or more ("Mrinak" finds Mrinank Sharma), accents and
 * case ignored.
 * <p>
 * The index is a cache of the database, held in memory: built from the tables on first use, and before each search
 * brought up to date from them: records changed since the last look ({@code updated_at} at or after the newest one
 * indexed) are re-indexed, and a kind whose row count differs from the index (a delete, a merge) is rebuilt. So it is
 * correct after any write through any path and on any instance sharing the database, and a restart simply builds it
 * again (a few milliseconds per thousand names). The look-back reaches {@link #LAG} before the newest change seen, so
 * a slow transaction that committed after a later one is not missed; a record whose words did not change is not
 * written again.
 */
@ApplicationScoped
public class NameIndex {

    /** What a name belongs to. */
    public enum Kind { PERSON, COMPANY }

    /** One match: the record's id, slug and name, and the alias that matched when it was not the name. */
    public record Hit(Kind kind, long id, String slug, String name, float score) {
    }

    /** Folds case and accents; words as the standard tokenizer splits them. */
    static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer t = new StandardTokenizer();
            TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
            return new TokenStreamComponents(t, s);
        }
    };

    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String KEY = "key";
    private static final String WORDS = "words";

    @Inject
    EntityManager em;

    private final Directory directory = new ByteBuffersDirectory();
    private IndexWriter writer;
    private DirectoryReader reader;
    private final Map<Kind, Instant> seen = new HashMap<>();
    /** What each indexed record was indexed with (slug, name, aliases), by "KIND:id". */
    private final Map<String, List<String>> indexedAs = new HashMap<>();

    /** How far before the newest change seen each refresh looks again. */
    static final java.time.Duration LAG = java.time.Duration.ofMinutes(10);

    /** The best matches of {@code q} among people and companies, {@code limit} of each kind at most. */
    @Transactional
    public synchronized Map<Kind, List<Hit>> search(String q, int limit) {
        refresh();
        Map<Kind, List<Hit>> out = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            out.put(k, new ArrayList<>());
        }
        List<String> words = words(q);
        if (words.isEmpty()) {
            return out;
        }
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Kind k : Kind.values()) {
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(KIND, k.name())), BooleanClause.Occur.FILTER);
                for (String w : words) {
                    b.add(word(w), BooleanClause.Occur.MUST);
                }
                for (ScoreDoc sd : searcher.search(b.build(), limit).scoreDocs) {
                    Document d = searcher.storedFields().document(sd.doc);
                    out.get(k).add(new Hit(k, d.getField(ID).numericValue().longValue(), d.get("slug"), d.get("name"),
                            sd.score));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One query word: the word itself, a word it starts, or (5 letters or more) a word one edit away. */
    private static Query word(String w) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(WORDS, w)), 4f), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new PrefixQuery(new Term(WORDS, w)), 2f), BooleanClause.Occur.SHOULD);
        if (w.codePointCount(0, w.length()) >= 5) {
            b.add(new FuzzyQuery(new Term(WORDS, w), 1, 1), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** The words of a text as the index holds them. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        try (TokenStream ts = ANALYZER.tokenStream(WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Brings the index up to date with the tables (see the class comment). */
    private void refresh() {
        try {
            if (writer == null) {
                writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER));
            }
            boolean changed = false;
            for (Kind k : Kind.values()) {
                changed |= refresh(k);
            }
            if (reader == null) {
                writer.commit();
                reader = DirectoryReader.open(directory);
            } else if (changed) {
                writer.commit();
                DirectoryReader newer = DirectoryReader.openIfChanged(reader);
                if (newer != null) {
                    reader.close();
                    reader = newer;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean refresh(Kind k) throws IOException {
        String entity = k == Kind.PERSON ? "Person" : "Company";
        long rows = em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
        long indexed = reader == null ? -1 : new IndexSearcher(reader).count(new TermQuery(new Term(KIND, k.name())));
        Instant since = seen.get(k);
        List<Object[]> changed;
        boolean rebuild = since == null || indexed != rows;
        if (rebuild) {
            writer.deleteDocuments(new Term(KIND, k.name()));
            indexedAs.keySet().removeIf(key -> key.startsWith(k.name() + ":"));
            changed = em.createQuery("select x.id, x.slug, x.name, x.updatedAt from " + entity + " x", Object[].class)
                    .getResultList();
            seen.remove(k);
        } else {
            changed = em.createQuery("select x.id, x.slug, x.name, x.updatedAt from " + entity + " x"
                    + " where x.updatedAt >= :since", Object[].class).setParameter("since", since.minus(LAG)).getResultList();
        }
        Map<Long, List<String>> aliases = aliases(entity, changed);
        boolean written = rebuild;
        for (Object[] row : changed) {
            long id = (Long) row[0];
            Instant at = (Instant) row[3];
            if (at != null && (seen.get(k) == null || at.isAfter(seen.get(k)))) {
                seen.put(k, at);
            }
            List<String> as = new ArrayList<>(List.of((String) row[1], (String) row[2]));
            as.addAll(aliases.getOrDefault(id, List.of()));
            if (as.equals(indexedAs.put(k.name() + ":" + id, as))) {
                continue;
            }
            written = true;
            Document d = new Document();
            d.add(new StringField(KIND, k.name(), Field.Store.NO));
            d.add(new StringField(KEY, k.name() + ":" + id, Field.Store.NO));
            d.add(new StoredField(ID, id));
            d.add(new StoredField("slug", (String) row[1]));
            d.add(new StoredField("name", (String) row[2]));
            d.add(new TextField(WORDS, (String) row[2], Field.Store.NO));
            // the name counts twice as much as an alias: it is in the field twice
            d.add(new TextField(WORDS, (String) row[2], Field.Store.NO));
            for (String a : aliases.getOrDefault(id, List.of())) {
                d.add(new TextField(WORDS, a, Field.Store.NO));
            }
            writer.updateDocument(new Term(KEY, k.name() + ":" + id), d);
        }
        return written;
    }

    private Map<Long, List<String>> aliases(String entity, List<Object[]> rows) {
        Map<Long, List<String>> out = new HashMap<>();
        if (rows.isEmpty()) {
            return out;
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Object[] a : em.createQuery("select x.id, a.alias from " + entity + " x join x.aliases a where x.id in :ids",
                    Object[].class).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList()) {
                out.computeIfAbsent((Long) a[0], x -> new ArrayList<>()).add(String.valueOf(a[1]));
            }
        }
        return out;
    }
}
