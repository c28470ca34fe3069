/**
 * The conformance suite: black-box probes over HTTP, against the Spring fixture started in-process or
 * any Mizan server named by {@code -Dmizan.conformance.url}. Each probe class is one area of the wire
 * contract; each test method is a probe id ({@code ClassName#method}) that capabilities.json names.
 */
@NullMarked
package dev.mizan.conformance.suite;

import org.jspecify.annotations.NullMarked;
