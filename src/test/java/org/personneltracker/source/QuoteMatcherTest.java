package org.personneltracker.source;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private static final String TEXT = "In a letter posted on X, he wrote: \u201cToday is my last day at Anthropic. I resigned.\u201d\n"
            + "He added that \u2018the world is in peril\u2019 \u2014 and that \"even at Anthropic, we constantly face pressure\".";

    @Test
    void ignoresCaseSpaceQuoteAndDashStyles() {
        assertTrue(QuoteMatcher.occursIn("Today is my last day at Anthropic.  I resigned.", TEXT));
        assertTrue(QuoteMatcher.occursIn("\"The world is in peril\" - and that", TEXT));
        assertTrue(QuoteMatcher.occursIn("‘the world is in peril’ – and", TEXT));
        assertTrue(QuoteMatcher.occursIn("EVEN AT ANTHROPIC, WE CONSTANTLY\nFACE PRESSURE", TEXT));
    }

    @Test
    void acceptsAnElidedQuoteWhosePartsOccurInOrder() {
        assertTrue(QuoteMatcher.occursIn("Today is my last day ... I resigned.", TEXT));
        assertTrue(QuoteMatcher.occursIn("Today is my last day […] I resigned.", TEXT));
        assertFalse(QuoteMatcher.occursIn("I resigned ... Today is my last day", TEXT));
    }

    @Test
    void flagsWordsThatAreNotThere() {
        assertFalse(QuoteMatcher.occursIn("Today is my last day at OpenAI.", TEXT));
        assertFalse(QuoteMatcher.occursIn("the world is not in peril", TEXT));
        assertFalse(QuoteMatcher.occursIn("   ", TEXT));
    }
}
