/**
 * An in-memory integrated library system (ILS) for tests, demos and examples: the library domain a SIP2 server
 * answers for, without any SIP2 wire format.
 *
 * <p>{@link io.github.sip2kit.testkit.library.InMemoryLibrary} holds institutions, locations, patrons and items
 * and carries out the circulation operations SIP2 requests ask of a library system: checkout, checkin, renew,
 * renew all, holds, fee payment, blocking and enabling patrons, item property updates and patron summaries. Each
 * operation returns a result record (for example {@link io.github.sip2kit.testkit.library.LoanResult}) that says
 * whether it succeeded, why not ({@link io.github.sip2kit.testkit.library.RefusalReason}), a screen message, and
 * the data a SIP2 response needs. Codes that SIP2 defines (circulation status, fee type, hold type, patron status
 * flags) are enums named after the spec's values, each with its code.
 *
 * <p>A library is loaded from a documented JSON data file, from the bundled demo data set, or built in code.
 * Patrons, items and the other records are immutable snapshots; the library is the only mutable object and is
 * thread-safe. Dates come from a {@link java.time.Clock} given to the library.
 *
 * <p>Unless otherwise stated, passing {@code null} to any method in this package throws
 * {@link java.lang.NullPointerException}.
 */
package io.github.sip2kit.testkit.library;
