package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventClassifierTest {

    /** For every rule row: sentences whose event word it must find (which only works when its anchors cover them). */
    static final Map<String, List<String>> EXAMPLES = Map.ofEntries(
            Map.entry("left the board", List.of("She left the board of directors.", "He stepped down from the board.",
                    "She has left the company's board of directors.")),
            Map.entry("sabbatical", List.of("He is taking a sabbatical.", "She went on extended sabbatical.")),
            Map.entry("promotion", List.of("Kestrel promoted Ana to CTO.", "She was elevated to president.",
                    "It elevated Farid Karimi, its head of infrastructure, to CTO.")),
            Map.entry("takes over as", List.of("Rao takes over as CTO.", "She will take over as chief executive.",
                    "Wang has taken over as interim CEO.", "Kleinfeld would take over the foundation models team.")),
            Map.entry("succeeded by", List.of("She will be succeeded by her deputy, Ezekiel Mora.",
                    "He was replaced by Ana Ruiz.", "Nwachukwu will be succeeded on an interim basis by Mora.")),
            Map.entry("succeeds", List.of("Tomasz Wierzbicki will succeed her.", "She succeeds Pavel Novak.",
                    "with Ngozi Eze succeeding him as CEO")),
            Map.entry("serves as interim", List.of("Leila Haddadi will serve as acting chief product officer.",
                    "Yusuf Karaca will serve as interim CEO.")),
            Map.entry("runs a team for now", List.of("Vikram Sethi will run the safeguards team until a permanent replacement is hired.",
                    "Quint would lead the preparedness team on an interim basis.", "She will oversee research in the interim.")),
            Map.entry("steps in as acting", List.of("Orrery asked Benedetta Ferro to step in as acting CTO.",
                    "Chidi Obi will take on her previous duties as acting head of research.")),
            Map.entry("remains as adviser", List.of("Piotr Zalewski will remain with us as a senior adviser.",
                    "He stays on as chairman.")),
            Map.entry("becomes a top role", List.of("Adler becomes chief executive.", "He will be the new CEO.",
                    "Clarke will become executive chair.", "He became Fernhill's chief operating officer in March.",
                    "Corvid said Ferraro would become CTO.")),
            Map.entry("moves into a role", List.of("He transitions into a new role.")),
            Map.entry("return", List.of("She rejoined the lab.", "He returns to Google.", "Lemos is back at Quillon.",
                    "He is coming back.")),
            Map.entry("rehired", List.of("OpenAI rehired him.", "The board brought back Altman.")),
            Map.entry("dismissal", List.of("The board fired him.", "She was ousted on Friday.", "He was pushed out.")),
            Map.entry("lost to a rival", List.of("Quillon has lost its general manager for Europe, Anna Rask, to Mistral AI.",
                    "The lab keeps losing researchers to Meta.")),
            Map.entry("layoff", List.of("The company laid off its robotics team.", "The layoffs hit 40 people.")),
            Map.entry("retirement", List.of("She will retire in June.", "His retirement was announced.")),
            Map.entry("death", List.of("He died on Monday.", "She passed away.")),
            Map.entry("resignation", List.of("She resigned on Monday.", "He quit.", "He stepped down as CEO.",
                    "She handed in her notice.", "He walked away.")),
            Map.entry("founding", List.of("They co-founded Juniper Labs.", "She launched a new startup.",
                    "He is starting Babuschkin Ventures.")),
            Map.entry("move to a rival", List.of("He moved to Meta.", "She defected to Anthropic.", "He jumped over to OpenAI.",
                    "Rhea Castellanos is off to Anthropic.")),
            Map.entry("starts a job", List.of("I'm starting a new position as Head of Evaluations at Fernhill AI.",
                    "Next month I'm starting at Mosaic Compute.", "She started with Quillon in May.")),
            Map.entry("join", List.of("She joined Meta.", "He is joining Anthropic.", "She signed on with xAI.")),
            Map.entry("hire by a company", List.of("Meta hired Jane.", "OpenAI poached two researchers.",
                    "The board appointed her.", "Aster welcomed Ruth.",
                    "It named chief financial officer Aisha Bello interim CEO.", "Google is bringing in Varun Mohan.",
                    "Orrery snapped up two researchers.", "The lab enlisted Ruth Adler.")),
            Map.entry("last day", List.of("Today is my last day.", "Friday was her final day.")),
            Map.entry("departure", List.of("She left OpenAI.", "He departs this week.", "They parted ways.",
                    "He is no longer with the company.", "Tobias Wren is out as head of product.")));

    @Test
    void everyRuleFindsItsExamples() {
        for (EventClassifier.Rule rule : EventClassifier.RULES) {
            List<String> examples = EXAMPLES.get(rule.name());
            assertTrue(examples != null, "examples for rule " + rule.name());
            for (String e : examples) {
                List<EventClassifier.Trigger> found = EventClassifier.find(e, 0, e.length());
                assertTrue(found.stream().anyMatch(t -> t.rule() == rule), rule.name() + " in \"" + e + "\": " + found);
            }
        }
    }

    @Test
    void anchorsAreLowerCasePrefixesOfTheRulesOwnMatches() {
        for (EventClassifier.Rule rule : EventClassifier.RULES) {
            for (String e : EXAMPLES.get(rule.name())) {
                for (EventClassifier.Trigger t : EventClassifier.find(e, 0, e.length())) {
                    if (t.rule() != rule) {
                        continue;
                    }
                    String w = e.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
                    assertTrue(List.of(rule.anchors()).stream().anyMatch(w::startsWith), rule.name() + ": " + w);
                }
            }
            for (String anchor : rule.anchors()) {
                assertEquals(anchor.toLowerCase(Locale.ROOT), anchor);
            }
        }
    }

    @Test
    void bringingInMoneyIsNotAHire() {
        for (String s : List.of("The unit brought in $40 million.", "Sales brought in revenue.")) {
            assertTrue(EventClassifier.find(s, 0, s.length()).stream().noneMatch(t -> t.rule().name().equals("hire by a company")), s);
        }
    }

    @Test
    void leaveAsANounAndExitAsACompoundAreNotEvents() {
        for (String s : List.of("She is on parental leave.", "The exit interview went well.", "He left behind a team.")) {
            assertTrue(EventClassifier.find(s, 0, s.length()).isEmpty(), s);
        }
    }
}
