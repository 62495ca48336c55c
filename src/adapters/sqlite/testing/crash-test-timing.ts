/**
 * The crash test's lease timing, shared by the spec and its child process (which runs as
 * soon as it is imported, so the spec cannot import it).
 */

/** Short enough that the restarted worker need not wait long for the dead one's claims. */
export const CRASH_TEST_LEASE_MS = 500;
/** Renewed five times a lease, so the test can tell renewed leases from the first ones. */
export const CRASH_TEST_RENEW_MS = 100;
