/**
 * HTTP rules every adapter applies before the dispatcher, kept out of any one framework: signed
 * CSRF tokens, the {@code Origin}/{@code Sec-Fetch-Site} check, the content types a call body may
 * have, and strict query-string decoding. Adapters read the request, ask these, and translate the
 * refusal ({@link dev.mizan.core.MizanException}) into their response.
 */
@NullMarked
package dev.mizan.core.web;

import org.jspecify.annotations.NullMarked;
