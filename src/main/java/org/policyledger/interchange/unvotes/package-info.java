/**
 * The UN General Assembly roll-call votes (Voeten et al., as in the unvotes R package) as
 * ledger entries: states, roll calls and votes, read by
 * {@link org.policyledger.interchange.unvotes.UnVotesReader} and imported like any file.
 */
package org.policyledger.interchange.unvotes;
