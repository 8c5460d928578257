// Answer sets shared by the engine's tests (no storage: usable in the node environment).

/** Every question answered 「いいえ」 (人数: 100人以下): nothing is owed. */
export const ALL_NO: Record<string, string> = {
  personal: 'no',
  sensitive: 'no',
  card: 'no',
  financial: 'no',
  account: 'no',
  mynumber: 'no',
  count: 'up-to-100',
  encrypted: 'no',
  exposed: 'no',
  'unauthorized-access': 'no',
  insider: 'no',
  extortion: 'no',
  malware: 'no',
  theft: 'no',
  'industry-law': 'no',
  partners: 'no',
  wide: 'no',
  'other-unlawful': 'no',
  recovered: 'no',
  'exfiltration-ruled-out': 'no',
};
