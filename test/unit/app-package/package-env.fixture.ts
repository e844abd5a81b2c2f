import { describePackageError, parsePackageEnv } from '../../../scripts/package-app.ts';
import type { PackageEnv } from '../../../scripts/package-app.ts';

/** A complete, valid set of app-package variables (no real ids or hosts). */
export const VALID_RAW = {
  TEAMS_APP_ID: '1b2c3d4e-0000-4000-8000-00000000abcd',
  BOT_ID: '2b2c3d4e-0000-4000-8000-00000000abcd',
  BOT_DOMAIN: 'lotsenbot-dev.example.de',
  APP_NAME_SUFFIX: ' (dev)',
  DEVELOPER_NAME: 'Städtetag Baden-Württemberg',
  WEBSITE_URL: 'https://www.example.de/lotsenbot',
  PRIVACY_URL: 'https://www.example.de/datenschutz',
  TERMS_URL: 'https://www.example.de/nutzung',
};

export function validEnv(): PackageEnv {
  const parsed = parsePackageEnv(VALID_RAW);
  if (!parsed.ok) throw new Error(describePackageError(parsed.error, 'test'));
  return parsed.value;
}
