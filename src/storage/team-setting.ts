// Team mode's one settings row: the configuration, this phone's id and name, and the team keys.
// FROZEN name 'team'. Never part of a backup: it holds the password and keys of this phone.

/** The settings key of team mode (frozen). */
export const TEAM_KEY = 'team';

/** Team mode on this phone (the password and keys never leave it; the passphrase is not kept). */
export interface TeamSetting {
  enabled: boolean;
  /** The team's database on the deployment's server. */
  db: string;
  user: string;
  password: string;
  /** This phone's random id (names its hash chain and its documents). */
  device: string;
  /** This phone's name as the others see it (e.g. 「総務・田中のiPhone」). */
  deviceName: string;
  /** The team keys derived from the passphrase (non-extractable CryptoKeys). */
  keys?: { aes: CryptoKey; hmac: CryptoKey };
}
