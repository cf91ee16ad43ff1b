package dev.casebook.analyse;

/** How an event's time is known, from most to least precise. */
public enum Dating {
    /** A full date: 17 April 2010. */
    EXACT,
    /** A year or a month. */
    PARTIAL,
    /** Only relative to another event ("a few weeks after ..."). */
    RELATIVE,
    /** Nothing is known. */
    UNKNOWN
}
