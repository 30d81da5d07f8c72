package org.personneltracker.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.personneltracker.event.EventType;

/** The suggested quote is the article's sentence naming the person. */
class QuoteChoiceTest {

    private static final String TEXT = "Acme names a new chief scientist\n\n"
            + "Acme said on Tuesday that its research group would grow. Jane Roe, who built its first models, spoke at"
            + " the event. Roe resigned from Acme on Monday, the company confirmed. \"It was time,\" she wrote.\n\n"
            + "John Doe joined Acme from Initech.";

    @Test
    void theExtractorsSentenceStaysWhenItNamesThePerson() {
        assertEquals("Roe resigned from Acme on Monday, the company confirmed.", QuoteChoice.choose(TEXT,
                "Roe resigned from Acme on Monday, the company confirmed.", List.of("Jane Roe"), EventType.DEPARTURE));
    }

    @Test
    void wordsThatDoNotNameThePersonGiveWayToTheSentenceNamingThemWithTheMovesVerb() {
        // her quoted words do not name her; the first sentence naming her ("spoke") has no verb of leaving
        assertEquals("Roe resigned from Acme on Monday, the company confirmed.",
                QuoteChoice.choose(TEXT, "It was time,", List.of("Jane Roe"), EventType.DEPARTURE));
        assertEquals("John Doe joined Acme from Initech.",
                QuoteChoice.choose(TEXT, null, List.of("John Doe"), EventType.HIRE));
    }

    @Test
    void withoutTheVerbTheFirstSentenceNamingThemAndWithoutAnyTheExtractors() {
        assertEquals("Jane Roe, who built its first models, spoke at the event.",
                QuoteChoice.choose(TEXT, "It was time,", List.of("Jane Roe"), EventType.ROLE_CHANGE));
        assertEquals("It was time,", QuoteChoice.choose(TEXT, "It was time,", List.of("Mary Major"), EventType.HIRE));
        // an alias names them too
        assertEquals("John Doe joined Acme from Initech.",
                QuoteChoice.choose(TEXT, null, List.of("Jonathan Doe", "John Doe"), EventType.HIRE));
    }
}
