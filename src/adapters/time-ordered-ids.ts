import { randomFillSync } from 'node:crypto';
import type { IdGenerator } from '../ports/clock';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** Random bytes drawn ahead, as node:crypto's randomUUID does: one fill serves 512 ids. */
const POOL_IDS = 512;
/** Bytes of randomness per id: rand_b (8 bytes, 62 bits kept) and the counter's seed (2). */
const RANDOM_BYTES = 10;
const MAX_COUNTER = 0xfff;

/**
 * Ids for observations, history entries and (through the observation's id) notification keys:
 * UUID version 7 (RFC 9562, section 5.7). The first 48 bits are the Unix time in
 * milliseconds, so ids made one after another sort one after another, and a new row goes to
 * the right-hand end of every index keyed by id instead of a random page: the page is already
 * in memory and written once per commit. Random (version 4) UUIDs touch a different page of
 * each such index for every row, which costs a third of a filing's SQL time at 100,000 rows.
 *
 * Within one process the ids only ever increase: the 12 bits after the version count ids made
 * in the same millisecond (starting from a random value below 2048, RFC 9562 section 6.2
 * method 1), and a clock that steps back keeps the last millisecond until it catches up. The
 * other 62 bits are random, so ids stay unguessable enough for what they are: names, not
 * secrets; access to an observation is always checked against the signed-in user. The
 * filing time an id reveals is shown with the observation anyway.
 *
 * Node 20's crypto makes only version 4 UUIDs (the `uuid` package makes version 7 from
 * version 10 on); this is the whole algorithm.
 */
export function timeOrderedIds(now: () => number = Date.now): IdGenerator {
  const pool = Buffer.alloc(POOL_IDS * RANDOM_BYTES);
  let offset = pool.length;
  let lastMs = -1;
  let counter = 0;
  const bytes = new Uint8Array(16);

  return {
    next(): string {
      if (offset === pool.length) {
        randomFillSync(pool);
        offset = 0;
      }
      const random = pool.subarray(offset, offset + RANDOM_BYTES);
      offset += RANDOM_BYTES;

      let ms = Math.max(0, Math.trunc(now()));
      if (ms > lastMs) {
        counter = ((random[8] as number) << 3) | ((random[9] as number) >> 5); // < 2048
      } else {
        ms = lastMs;
        counter += 1;
        if (counter > MAX_COUNTER) {
          ms += 1;
          counter = 0;
        }
      }
      lastMs = ms;

      // 48-bit milliseconds, big-endian (two's-complement shifts only reach 32 bits).
      const high = Math.floor(ms / 0x1_0000_0000);
      const low = ms >>> 0;
      bytes[0] = (high >>> 8) & 0xff;
      bytes[1] = high & 0xff;
      bytes[2] = low >>> 24;
      bytes[3] = (low >>> 16) & 0xff;
      bytes[4] = (low >>> 8) & 0xff;
      bytes[5] = low & 0xff;
      bytes[6] = 0x70 | (counter >>> 8);
      bytes[7] = counter & 0xff;
      bytes[8] = 0x80 | ((random[0] as number) & 0x3f);
      for (let i = 1; i < 8; i += 1) bytes[8 + i] = random[i] as number;

      const h = (i: number): string => HEX[bytes[i] as number] as string;
      return (
        `${h(0)}${h(1)}${h(2)}${h(3)}-${h(4)}${h(5)}-${h(6)}${h(7)}-` +
        `${h(8)}${h(9)}-${h(10)}${h(11)}${h(12)}${h(13)}${h(14)}${h(15)}`
      );
    },
  };
}
