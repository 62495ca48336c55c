const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/**
 * A made-up personal identity code (henkilötunnus) with a valid check character:
 * DDMMYY, century sign, individual number, check = (DDMMYYNNN mod 31).
 */
export function makeIdentityCode(
  day: number,
  month: number,
  year: number,
  individual: number,
): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const century = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
  const digits = `${two(day)}${two(month)}${two(year % 100)}${String(individual).padStart(3, '0')}`;
  const check = CHECK_CHARACTERS[Number(digits) % 31];
  return `${digits.slice(0, 6)}${century}${digits.slice(6)}${check}`;
}
