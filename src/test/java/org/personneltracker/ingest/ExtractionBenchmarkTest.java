package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.personneltracker.ingest.extract.ArticleExtractor;
import org.personneltracker.ingest.extract.Extraction;

/**
 * Prints how long extraction of a 5,000-word article takes after warm-up: median and p95 of the thread CPU time
 * (ThreadMXBean, the primary figure: it does not count time the thread waits for a core on a shared machine) and of
 * the wall time. It asserts nothing about time: timings depend on the machine.
 */
@Tag("benchmark")
class ExtractionBenchmarkTest {

    @Test
    void printsExtractionTimeForAFiveThousandWordArticle() {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        while (words < 5000) {
            for (Corpus.Article a : Corpus.articles()) {
                String t = a.toArticleText().text();
                sb.append(t).append("\n\n");
                words += t.split("\\s+").length;
                if (words >= 5000) {
                    break;
                }
            }
        }
        ArticleText article = ArticleText.fromText(sb.toString()).withPublishedDate(LocalDate.of(2026, 2, 10));
        ArticleExtractor extractor = new ArticleExtractor(Corpus.gazetteer());
        // warm-up long enough for the JIT to finish compiling the hot paths (30 runs left C2 work pending)
        int warmup = 200;
        for (int i = 0; i < warmup; i++) {
            extractor.extract(article.title(), article.text(), article.publishedDate());
        }
        int runs = 100;
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Extraction last = null;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = extractor.extract(article.title(), article.text(), article.publishedDate());
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        int p95 = (int) Math.ceil(runs * 0.95) - 1;
        System.out.printf(Locale.ROOT, "%nExtraction benchmark: %d words, %d chars, %d candidates, %d runs after %d warm-up runs:"
                        + " wall median %.1f ms, p95 %.1f ms; thread CPU median %.1f ms, p95 %.1f ms (cores: %d)%n",
                words, article.text().length(), last.candidates().size(), runs, warmup, ms[runs / 2], ms[p95], cpu[runs / 2], cpu[p95],
                Runtime.getRuntime().availableProcessors());
        assertFalse(last.candidates().isEmpty());
    }

    /** A body of 1,000,000 characters (the API's limit): the time of one extraction, cold and after two warm-up runs. */
    @Test
    void printsExtractionTimeForAOneMegabyteBody() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            for (Corpus.Article a : Corpus.articles()) {
                sb.append(a.toArticleText().text()).append("\n\n");
            }
        }
        sb.setLength(1_000_000);
        ArticleText article = ArticleText.fromText(sb.toString()).withPublishedDate(LocalDate.of(2026, 2, 10));
        ArticleExtractor extractor = new ArticleExtractor(Corpus.gazetteer());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Extraction first = Corpus.read(extractor, article);
        double cold = (System.nanoTime() - t0) / 1e6;
        double coldCpu = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        Corpus.read(extractor, article);
        long c1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        Extraction warm = Corpus.read(extractor, article);
        double warmMs = (System.nanoTime() - t1) / 1e6;
        double warmCpu = (threads.getCurrentThreadCpuTime() - c1) / 1e6;
        System.out.printf(Locale.ROOT, "%nExtraction benchmark: 1,000,000-character body, %d words, %d candidates: first run %.0f ms"
                + " (thread CPU %.0f ms), third run %.0f ms (thread CPU %.0f ms) (cores: %d)%n",
                article.text().split("\\s+").length, warm.candidates().size(), cold, coldCpu, warmMs, warmCpu,
                Runtime.getRuntime().availableProcessors());
        assertFalse(first.candidates().isEmpty());
    }
}
