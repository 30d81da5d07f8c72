package org.personneltracker.common;

/** How precisely a {@link PartialDate} pins its day. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
