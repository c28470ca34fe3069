/** Spring Security integration: who the caller is, and filter chains that leave the Mizan path to Mizan. */
@NullMarked
package dev.mizan.spring.security;

import org.jspecify.annotations.NullMarked;
