package org.personneltracker.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MoneyParserTest {

    @Test
    void parsesAmountsToWholeUnitsWithCurrency() {
        assertEquals(350_000_000_000L, MoneyParser.parse("$350 billion").amount());
        assertEquals("USD", MoneyParser.parse("$350 billion").currency());
        assertEquals(9_000_000_000L, MoneyParser.parse("$9 Billion").amount());
        assertEquals(1_700_000_000L, MoneyParser.parse("€1.7bn").amount());
        assertEquals("EUR", MoneyParser.parse("€1.7bn").currency());
        assertEquals(6_600_000_000L, MoneyParser.parse("$6.6B").amount());
        assertEquals(13_000_000_000L, MoneyParser.parse("$13 billion").amount());
        assertEquals(2_700_000_000L, MoneyParser.parse("$2.7B").amount());
        assertEquals(600_000_000L, MoneyParser.parse("€600mn").amount());
        assertEquals("GBP", MoneyParser.parse("£20m").currency());
        assertEquals(20_000_000L, MoneyParser.parse("£20m").amount());
        assertEquals(1_250_000_000_000L, MoneyParser.parse("$1.25 trillion").amount());
        assertEquals(6_600_000_000L, MoneyParser.parse("USD 6.6 billion").amount());
    }

    @Test
    void aNumberWithAMultiplierButNoCurrencyHasNoCurrency() {
        MoneyParser.Money m = MoneyParser.parse("a 350bn valuation");
        assertEquals(350_000_000_000L, m.amount());
        assertNull(m.currency());
        assertEquals("EUR", MoneyParser.parse("5 billion euros").currency());
    }

    @Test
    void plainNumbersAreNotMoney() {
        assertNull(MoneyParser.parse("2,000 employees"));
    }
}
