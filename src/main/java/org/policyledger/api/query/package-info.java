/**
 * Read-side messages: query records answered by the read models' query handlers, and the
 * views they answer with. Valid time is a day ({@code asOf}); recording time an instant
 * ({@code knownAt}).
 */
package org.policyledger.api.query;
