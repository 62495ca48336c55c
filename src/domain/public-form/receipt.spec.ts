import { formatReceipt, newReceipt, normaliseReceipt, RECEIPT_ALPHABET } from './receipt';

describe('receipts', () => {
  it('are twelve characters of the alphabet, as random as the source', () => {
    let i = 0;
    const code = newReceipt((n) => i++ % n);
    expect(code).toBe(RECEIPT_ALPHABET.slice(0, 12));
    expect(newReceipt(() => 0)).toBe(RECEIPT_ALPHABET.charAt(0).repeat(12));
  });

  it('hold no look-alikes', () => {
    for (const c of '0O1IL5S2Z8B') expect(RECEIPT_ALPHABET).not.toContain(c);
  });

  it('are read back however typed, and nothing else is', () => {
    const code = newReceipt(() => 3);
    expect(normaliseReceipt(formatReceipt(code).toLowerCase())).toBe(code);
    expect(normaliseReceipt(` ${code} `)).toBe(code);
    expect(normaliseReceipt('OOOOOOOOOOOO')).toBeNull();
    expect(normaliseReceipt(code.slice(1))).toBeNull();
    expect(formatReceipt('ACDEFGHJKMNP')).toBe('ACDE-FGHJ-KMNP');
  });
});
