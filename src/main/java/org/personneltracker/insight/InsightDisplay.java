package org.personneltracker.insight;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Display values for the insight templates. */
@TemplateExtension
public class InsightDisplay {

    private InsightDisplay() {
    }

    /** A rate as people read it: "1.35", "0.4", "0" (two decimals at most, no trailing zeros). */
    static String decimal(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
